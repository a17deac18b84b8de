import 'server-only';
import { routing } from '@/i18n/routing';
import { authorize, can, ForbiddenError, type Actor } from '@/lib/auth/permissions';
import { MAX_ALT_LENGTH } from '@/lib/content/media-image';
import { db } from '@/lib/db';
import { discardIngested, ingestUpload, type IngestedMedia, type IngestInput } from '@/lib/media/ingest';
import { recordAudit, type AuditContext } from '../audit';
import { mediaSelect, mediaUrl, toRow, variantsOf } from './rows';
import type { DeleteMediaResult, MediaTextInput, MediaTextResult, UploadResult } from './types';
import { errorFields, logger } from '@/lib/log';

/**
 * Changing the media library. Uploading and deleting need `manage:media` (editors, admins); alt text and captions are
 * edited per language: editors and admins in every language, translators only in theirs.
 */
type Staff = Actor & AuditContext;

/** The same limit as an image's alt text in an article body (lib/content/media-image.ts). */
export const MEDIA_ALT_MAX_LENGTH = MAX_ALT_LENGTH;
export const MEDIA_CAPTION_MAX_LENGTH = 2000;
export const MEDIA_CREDIT_MAX_LENGTH = 200;

/**
 * Stores an upload (see lib/media/ingest.ts: type by content, metadata stripped from images, variants) and records it.
 * Refused uploads write nothing; if the row cannot be created, the stored files are removed again.
 */
export async function uploadMedia(actor: Staff, input: IngestInput, uploadsDir: string): Promise<UploadResult> {
  authorize(actor, 'manage:media');
  const ingested = await ingestUpload(input, { uploadsDir });
  if (!ingested.ok) return ingested;
  const media: IngestedMedia = ingested.media;
  try {
    const row = await db().$transaction(async (tx) => {
      const created = await tx.media.create({
        data: { ...media, uploadedById: actor.id },
        select: mediaSelect,
      });
      await recordAudit(
        tx,
        actor,
        'media.uploaded',
        { type: 'media', id: created.id },
        { title: media.originalName, kind: media.kind, mimeType: media.mimeType, sizeBytes: media.sizeBytes },
      );
      return created;
    });
    return { ok: true, media: toRow(row) };
  } catch (error) {
    // The database error is the one to report; a failure to clean up is only logged.
    await discardIngested(uploadsDir, media).catch((cleanup: unknown) =>
      logger('media').error(errorFields(cleanup), 'files of a failed upload not removed'),
    );
    throw error;
  }
}

/**
 * Alt text and caption per language. Editors and admins (`manage:media`) may write every language; anyone else only
 * the languages they may translate: one language outside them refuses the whole change (ForbiddenError).
 */
export async function updateMediaText(actor: Staff, id: string, input: MediaTextInput): Promise<MediaTextResult> {
  const locales = routing.locales.filter((locale) => input[locale] !== undefined);
  if (!can(actor, 'manage:media')) {
    authorize(actor, 'read:workspace');
    for (const locale of locales) {
      if (!can(actor, 'edit:translation:own-languages', { locale })) {
        throw new ForbiddenError('edit:translation:own-languages');
      }
    }
  }
  const submitted = locales.map((locale) => ({
    locale,
    alt: input[locale]?.alt?.trim(),
    caption: input[locale]?.caption?.trim(),
    credit: input[locale]?.credit?.trim(),
  }));
  if (
    submitted.some(
      (text) =>
        (text.alt?.length ?? 0) > MEDIA_ALT_MAX_LENGTH ||
        (text.caption?.length ?? 0) > MEDIA_CAPTION_MAX_LENGTH ||
        (text.credit?.length ?? 0) > MEDIA_CREDIT_MAX_LENGTH,
    )
  ) {
    return { ok: false, error: 'text-too-long' };
  }
  return db().$transaction(async (tx) => {
    const media = await tx.media.findUnique({
      where: { id },
      select: {
        originalName: true,
        translations: { select: { locale: true, alt: true, caption: true, credit: true } },
        _count: { select: { coverOf: true } },
      },
    });
    if (!media) return { ok: false, error: 'not-found' } as const;
    const current = new Map(media.translations.map((row) => [row.locale, row]));
    const changed = submitted
      .map(({ locale, alt, caption, credit }) => {
        const before = current.get(locale);
        return {
          locale,
          before: { alt: before?.alt ?? '', caption: before?.caption ?? '', credit: before?.credit ?? '' },
          alt: alt ?? before?.alt ?? '',
          caption: caption ?? before?.caption ?? '',
          credit: credit ?? before?.credit ?? '',
        };
      })
      .filter(
        (text) =>
          text.alt !== text.before.alt || text.caption !== text.before.caption || text.credit !== text.before.credit,
      );
    for (const { locale, alt, caption, credit } of changed) {
      await tx.mediaTranslation.upsert({
        where: { mediaId_locale: { mediaId: id, locale } },
        create: { mediaId: id, locale, alt, caption, credit },
        update: { alt, caption, credit },
      });
    }
    const changedLocales = changed.map((text) => text.locale);
    if (changedLocales.length > 0) {
      await recordAudit(
        tx,
        actor,
        'media.text-updated',
        { type: 'media', id },
        { title: media.originalName, locales: changedLocales },
      );
    }
    return { ok: true, changedLocales, usedAsCover: media._count.coverOf > 0 } as const;
  });
}

/**
 * Deletes a media item and its files, unless an article uses it: as its cover or as an image in the body of any of
 * its translations (articles in the trash included, since they can be restored). Body images carry the media id
 * and its `/media/…` path (lib/content/media-image.ts); both are looked for.
 */
export async function deleteMedia(actor: Staff, id: string, uploadsDir: string): Promise<DeleteMediaResult> {
  authorize(actor, 'manage:media');
  const result = await db().$transaction(async (tx) => {
    // Locks the row: an article setting it as its cover meanwhile (a foreign-key check) waits for this transaction.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Media" WHERE "id" = ${id} FOR UPDATE`;
    if (!locked) return { ok: false, error: 'not-found' } as const;
    const media = await tx.media.findUniqueOrThrow({
      where: { id },
      select: { storagePath: true, originalName: true, variants: true },
    });
    const covers = await tx.article.count({ where: { coverMediaId: id } });
    // Bodies are JSONB, whose text form is `"mediaId": "…"` (with a space): a JSON path, not a text match.
    const [bodies] = await tx.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS "count" FROM "ArticleTranslation"
      WHERE jsonb_path_exists("body", 'strict $.**.mediaId ? (@ == $id)', jsonb_build_object('id', ${id}::text))
         OR jsonb_path_exists("body", 'strict $.**.src ? (@ == $src)',
                              jsonb_build_object('src', ${mediaUrl(media.storagePath)}::text))`;
    if (covers > 0 || (bodies?.count ?? 0) > 0) return { ok: false, error: 'in-use' } as const;
    await tx.media.delete({ where: { id } });
    await recordAudit(tx, actor, 'media.deleted', { type: 'media', id }, { title: media.originalName });
    return { ok: true, media } as const;
  });
  if (!result.ok) return result;
  // Only after the commit, so a refused or failed delete keeps its files. The row is gone either way: a file that
  // cannot be removed (permissions) is logged and left behind, unlinked from anything.
  try {
    await discardIngested(uploadsDir, {
      storagePath: result.media.storagePath,
      variants: variantsOf(result.media.variants),
    });
  } catch (error) {
    logger('media').error(errorFields(error), 'files of a deleted media item not removed');
  }
  return { ok: true };
}
