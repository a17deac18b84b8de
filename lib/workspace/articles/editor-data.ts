import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, can, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { publicPaths } from '@/lib/render/public/paths';
import { changedFields, emptyFields, toDraft, translatedFieldSelect, type StoredFields } from './fields';
import { translatedFields, type FieldChange, type ReadOnlyReason, type TranslationView } from './types';
import { isOutdated, versionSelect, workingSourceFingerprint } from './working-text';

const translationSelect = {
  id: true,
  locale: true,
  status: true,
  ...translatedFieldSelect,
  ...versionSelect,
  bodyHtml: true,
  scheduledAt: true,
  publishedAt: true,
  updatedAt: true,
  updatedBy: { select: { displayName: true } },
  workingCopy: {
    select: {
      ...versionSelect.workingCopy.select,
      ...translatedFieldSelect,
      bodyHtml: true,
      state: true,
      scheduledAt: true,
      updatedAt: true,
      updatedBy: { select: { displayName: true } },
    },
  },
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

/**
 * Everything the article page and the side-by-side editor need, for any signed-in member of staff. Each language
 * shows its working text (its unpublished changes when it has any), what differs from the live text, and whether this
 * user may change it now, so the editor can say so before anyone types.
 */
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
    const copy = row.workingCopy;
    const working = copy ?? row;
    const outdated = row.id !== source?.id && isOutdated(row, source);
    // Changes approved for a time are out of a translator's hands until an editor cancels the schedule.
    const readOnly: ReadOnlyReason | null =
      copy?.state === 'scheduled' && !can(actor, 'publish:translation:any') ? 'changes-scheduled' : null;
    translations[row.locale] = {
      ...toDraft(working),
      id: row.id,
      locale: row.locale,
      status: row.status,
      version: working.version,
      bodyHtml: working.bodyHtml,
      scheduledAt: row.scheduledAt?.toISOString() ?? null,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      updatedAt: working.updatedAt.toISOString(),
      updatedBy: working.updatedBy?.displayName ?? null,
      outdated,
      changes: copy
        ? {
            state: copy.state,
            scheduledAt: copy.scheduledAt?.toISOString() ?? null,
            updatedAt: copy.updatedAt.toISOString(),
            updatedBy: copy.updatedBy?.displayName ?? null,
          }
        : null,
      liveDiff: copy ? changedFields(row, copy) : [],
      path: (article.kind === 'page' ? publicPaths.page : publicPaths.article)(row.locale, row.slug),
      readOnly,
    };
    if (outdated && source) {
      sourceChanges[row.locale] = await sourceChangesSince(
        { ...(source.workingCopy ?? source), id: source.id },
        workingSourceFingerprint(row),
      );
    }
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
 * carrying the fingerprint the translation remembers (revisions of the source's working copy included). Unknown
 * (older data) means everything counts as changed.
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
