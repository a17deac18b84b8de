import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { contentFingerprint } from '@/lib/content/fingerprint';
import { validateBody } from '@/lib/content/validate';
import { db } from '@/lib/db';
import { recordAudit, type AuditContext } from '../audit';
import { articleRefresh, nothingToRefresh, type PublicRefresh } from './public-pages';
import { storableFields, storedText } from './fields';
import { chooseSlug, slugTaken } from './slugs';
import type { TranslationDraft } from './types';

export interface ArticleSettings {
  categoryId: string | null;
  tagIds: string[];
  authorIds: string[];
  coverMediaId: string | null;
}

export type CreateResult =
  { ok: true; articleId: string } | { ok: false; error: 'invalid'; fieldErrors: Record<string, string> };

/**
 * A new article (or a page of the site, `kind: 'page'`: no category, tags or byline): its source language, written
 * first, as a draft (revision 1). Editors and admins only.
 */
export async function createArticle(
  actor: Actor & AuditContext,
  input: TranslationDraft & ArticleSettings & { sourceLocale: Locale; kind?: 'article' | 'page' },
): Promise<CreateResult> {
  authorize(actor, 'create:article');
  const kind = input.kind ?? 'article';
  input = { ...input, ...storableFields(input) };
  if (kind === 'page') input = { ...input, categoryId: null, tagIds: [], authorIds: [] };
  const body = validateBody(input.body);
  if (!body.ok) return { ok: false, error: 'invalid', fieldErrors: { body: `body-${body.error}` } };
  const chosen = chooseSlug(input.slug, input.title);
  if ('error' in chosen) return { ok: false, error: 'invalid', fieldErrors: { slug: chosen.error } };
  return db().$transaction(async (tx) => {
    if (await slugTaken(tx, input.sourceLocale, chosen.slug, null)) {
      return { ok: false, error: 'invalid', fieldErrors: { slug: 'slug-taken' } } as const;
    }
    const fingerprint = contentFingerprint({ ...input, body: body.doc });
    const text = storedText({ ...input, slug: chosen.slug }, body.doc);
    const article = await tx.article.create({
      data: {
        kind,
        sourceLocale: input.sourceLocale,
        categoryId: input.categoryId,
        coverMediaId: input.coverMediaId,
        createdById: actor.id,
        tags: { create: input.tagIds.map((tagId) => ({ tagId })) },
        authors: { create: input.authorIds.map((authorId, position) => ({ authorId, position })) },
        translations: {
          create: {
            locale: input.sourceLocale,
            ...text,
            bodyHtml: body.html,
            contentFingerprint: fingerprint,
            updatedById: actor.id,
            revisions: {
              create: {
                version: 1,
                ...text,
                status: 'draft',
                authorId: actor.id,
                contentFingerprint: fingerprint,
              },
            },
          },
        },
      },
      select: { id: true },
    });
    await recordAudit(
      tx,
      actor,
      'article.created',
      { type: 'article', id: article.id },
      {
        locale: input.sourceLocale,
        title: input.title,
        ...(kind === 'page' ? { kind } : {}),
      },
    );
    return { ok: true, articleId: article.id } as const;
  });
}

/** Category, tags, authors and cover: shared by all languages, so editors and admins only. */
export async function updateArticleSettings(
  actor: Actor & AuditContext,
  articleId: string,
  settings: ArticleSettings,
): Promise<{ ok: boolean; refresh: PublicRefresh }> {
  authorize(actor, 'edit:article:any');
  return db().$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: articleId, deletedAt: null },
      select: { translations: { where: { status: 'published' }, select: { locale: true } } },
    });
    if (!article) return { ok: false, refresh: nothingToRefresh };
    await tx.article.update({
      where: { id: articleId },
      data: { categoryId: settings.categoryId, coverMediaId: settings.coverMediaId },
    });
    await tx.articleTag.deleteMany({ where: { articleId } });
    await tx.articleTag.createMany({ data: settings.tagIds.map((tagId) => ({ articleId, tagId })) });
    await tx.articleAuthor.deleteMany({ where: { articleId } });
    await tx.articleAuthor.createMany({
      data: settings.authorIds.map((authorId, position) => ({ articleId, authorId, position })),
    });
    await recordAudit(tx, actor, 'article.settings-changed', { type: 'article', id: articleId }, { ...settings });
    const published = article.translations.map((translation) => translation.locale);
    return { ok: true, refresh: published.length ? await articleRefresh(tx, articleId, published) : nothingToRefresh };
  });
}

/** The language this person last wrote in (their latest revision), for the new-article form's default; null at first. */
export async function lastWrittenLocale(actor: Actor & { id: string }): Promise<Locale | null> {
  authorize(actor, 'create:article');
  const latest = await db().revision.findFirst({
    where: { authorId: actor.id },
    orderBy: { createdAt: 'desc' },
    select: { translation: { select: { locale: true } } },
  });
  return latest?.translation.locale ?? null;
}
