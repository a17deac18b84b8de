import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, can, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { changedFields, emptyFields, toDraft, translatedFieldSelect, type StoredFields } from './fields';
import { translatedFields, type FieldChange, type TranslationView } from './types';

const translationSelect = {
  id: true,
  locale: true,
  status: true,
  version: true,
  ...translatedFieldSelect,
  bodyHtml: true,
  scheduledAt: true,
  publishedAt: true,
  updatedAt: true,
  contentFingerprint: true,
  sourceFingerprint: true,
  updatedBy: { select: { displayName: true } },
} as const;

export interface ArticleForEditing {
  id: string;
  kind: 'article' | 'page';
  sourceLocale: Locale;
  categoryId: string | null;
  coverMediaId: string | null;
  coverSrc: string | null;
  tagIds: string[];
  authorIds: string[];
  translations: Partial<Record<Locale, TranslationView>>;
  /** For an outdated translation: what changed in the source since it was translated (field by field). */
  sourceChanges: Partial<Record<Locale, FieldChange[]>>;
  canEditSettings: boolean;
  canPublish: boolean;
}

/** Everything the article page and the side-by-side editor need, for any signed-in member of staff. */
export async function articleForEditing(actor: Actor, id: string): Promise<ArticleForEditing | null> {
  authorize(actor, 'read:workspace');
  const article = await db().article.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      kind: true,
      sourceLocale: true,
      categoryId: true,
      coverMediaId: true,
      coverMedia: { select: { storagePath: true } },
      tags: { select: { tagId: true } },
      authors: { select: { authorId: true }, orderBy: { position: 'asc' } },
      translations: { select: translationSelect },
    },
  });
  if (!article) return null;
  const source = article.translations.find((translation) => translation.locale === article.sourceLocale);
  const translations: Partial<Record<Locale, TranslationView>> = {};
  const sourceChanges: Partial<Record<Locale, FieldChange[]>> = {};
  for (const row of article.translations) {
    const outdated = Boolean(source && row.id !== source.id && row.sourceFingerprint !== source.contentFingerprint);
    translations[row.locale] = {
      ...toDraft(row),
      id: row.id,
      locale: row.locale,
      status: row.status,
      version: row.version,
      bodyHtml: row.bodyHtml,
      scheduledAt: row.scheduledAt?.toISOString() ?? null,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: row.updatedBy?.displayName ?? null,
      outdated,
    };
    if (outdated && source) sourceChanges[row.locale] = await sourceChangesSince(source, row.sourceFingerprint);
  }
  return {
    id: article.id,
    kind: article.kind,
    sourceLocale: article.sourceLocale,
    categoryId: article.categoryId,
    coverMediaId: article.coverMediaId,
    coverSrc: article.coverMedia ? `/media/${article.coverMedia.storagePath}` : null,
    tagIds: article.tags.map((tag) => tag.tagId),
    authorIds: article.authors.map((author) => author.authorId),
    translations,
    sourceChanges,
    canEditSettings: can(actor, 'edit:article:any'),
    canPublish: can(actor, 'publish:translation:any'),
  };
}

/**
 * The source's changes since the version a translation was made from: that version is the latest source revision
 * carrying the fingerprint the translation remembers. Unknown (older data) means everything counts as changed.
 */
async function sourceChangesSince(
  source: StoredFields & { id: string },
  fingerprint: string | null,
): Promise<FieldChange[]> {
  const then = fingerprint
    ? await db().revision.findFirst({
        where: { translationId: source.id, contentFingerprint: fingerprint },
        orderBy: { version: 'desc' },
        select: translatedFieldSelect,
      })
    : null;
  // The slug is this language's own address, not something a translation follows.
  const followed = translatedFields.filter((field) => field !== 'slug');
  return changedFields(then ?? emptyFields, source, followed);
}
