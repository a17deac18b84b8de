import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { recordAudit, type AuditContext } from '../audit';
import { pickName, tagFields, type PickerOption } from './fields';
import { deleteEntry } from './entries';
import {
  auditTitle,
  changedLocales,
  checkTranslations,
  inSiteOrder,
  localesOf,
  writeWithSlugs,
  type TaxonomyDeleteResult,
  type TaxonomyWriteResult,
  type TranslationsInput,
} from './translations';

/** Tags: every function authorizes itself; writes need `manage:taxonomy` (editors and admins). */
type Editor = Actor & AuditContext;
type Field = (typeof tagFields)[number];

export interface TagTranslationRow {
  locale: Locale;
  name: string;
  slug: string;
}

export interface TagRow {
  id: string;
  /** Only the languages that have a row, in ru, tk, en order. */
  translations: TagTranslationRow[];
  /** Articles carrying it, those in the trash included. */
  articleCount: number;
}

export interface TagInput {
  translations: TranslationsInput<Field>;
}

const tagSelect = {
  id: true,
  translations: { select: { locale: true, name: true, slug: true } },
  _count: { select: { articles: true } },
} as const;

function toRow(tag: { id: string; translations: TagTranslationRow[]; _count: { articles: number } }): TagRow {
  return { id: tag.id, translations: inSiteOrder(tag.translations), articleCount: tag._count.articles };
}

export async function listTags(actor: Actor): Promise<TagRow[]> {
  authorize(actor, 'manage:taxonomy');
  const tags = await db().tag.findMany({ orderBy: { createdAt: 'asc' }, select: tagSelect });
  return tags.map(toRow);
}

export async function getTag(actor: Actor, id: string): Promise<TagRow | null> {
  authorize(actor, 'manage:taxonomy');
  const tag = await db().tag.findUnique({ where: { id }, select: tagSelect });
  return tag ? toRow(tag) : null;
}

/** For the article editor's tag choice: every tag, named in `locale` where it can be, in that language's order. */
export async function listTagsForPicker(actor: Actor, locale: Locale): Promise<PickerOption[]> {
  authorize(actor, 'read:workspace');
  const tags = await db().tag.findMany({
    select: { id: true, translations: { select: { locale: true, name: true } } },
  });
  const collator = new Intl.Collator(locale);
  return tags
    .flatMap((tag) => {
      const name = pickName(tag.translations, locale);
      return name ? [{ id: tag.id, ...name }] : [];
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Whether a tag other than `id` (null: a new one) has `slug` in `locale`. */
function takenByAnother(id: string | null) {
  return async (locale: Locale, slug: string) => {
    const owner = await db().tagTranslation.findUnique({
      where: { locale_slug: { locale, slug } },
      select: { tagId: true },
    });
    return Boolean(owner && owner.tagId !== id);
  };
}

export async function createTag(actor: Editor, input: TagInput): Promise<TaxonomyWriteResult> {
  authorize(actor, 'manage:taxonomy');
  return writeWithSlugs(checkTranslations(tagFields, input.translations, 'tag'), takenByAnother(null), (_, rows) =>
    db().$transaction(async (tx): Promise<TaxonomyWriteResult> => {
      const tag = await tx.tag.create({ data: { translations: { create: rows } }, select: { id: true } });
      await recordAudit(
        tx,
        actor,
        'tag.created',
        { type: 'tag', id: tag.id },
        { title: auditTitle(rows), locales: localesOf(rows) },
      );
      return { ok: true, id: tag.id, locales: localesOf(rows) };
    }),
  );
}

/** Saves every language at once: a language left blank loses its row; the languages whose text changed are stale. */
export async function updateTag(actor: Editor, id: string, input: TagInput): Promise<TaxonomyWriteResult> {
  authorize(actor, 'manage:taxonomy');
  return writeWithSlugs(
    checkTranslations(tagFields, input.translations, 'tag'),
    takenByAnother(id),
    (translations, rows) =>
      db().$transaction(async (tx): Promise<TaxonomyWriteResult> => {
        const before = await tx.tag.findUnique({ where: { id }, select: tagSelect });
        if (!before) return { ok: false, error: 'not-found' };
        const changed = changedLocales(tagFields, before.translations, translations);
        if (!changed.length) return { ok: true, id, locales: [] };
        await tx.tagTranslation.deleteMany({ where: { tagId: id, locale: { notIn: localesOf(rows) } } });
        for (const { locale, ...values } of rows.filter((row) => changed.includes(row.locale))) {
          await tx.tagTranslation.upsert({
            where: { tagId_locale: { tagId: id, locale } },
            create: { tagId: id, locale, ...values },
            update: values,
          });
        }
        await tx.tag.update({ where: { id }, data: { updatedAt: new Date() }, select: { id: true } });
        await recordAudit(tx, actor, 'tag.updated', { type: 'tag', id }, { title: auditTitle(rows), locales: changed });
        return { ok: true, id, locales: changed };
      }),
  );
}

/** Removes the tag from its articles (the links cascade); its pages disappear in every language. */
export async function deleteTag(actor: Editor, id: string): Promise<TaxonomyDeleteResult> {
  authorize(actor, 'manage:taxonomy');
  return deleteEntry(
    actor,
    { type: 'tag', id },
    (tx) => tx.tag.findUnique({ where: { id }, select: tagSelect }),
    (tx) => tx.tag.deleteMany({ where: { id } }),
  );
}
