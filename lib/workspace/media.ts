import 'server-only';
import { routing, type Locale } from '@/i18n/routing';
import { authorize, can, ForbiddenError, type Actor } from '@/lib/auth/permissions';
import { MAX_ALT_LENGTH } from '@/lib/content/media-image';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import {
  discardIngested,
  ingestUpload,
  type IngestedMedia,
  type IngestError,
  type IngestInput,
  type MediaKind,
  type MediaVariant,
} from '@/lib/media/ingest';
import { recordAudit, type AuditContext } from './audit';

/**
 * The media library. Uploading and deleting need `manage:media` (editors, admins); everyone in the workspace may see
 * the library (translators write the alt text of their languages), and alt text and captions are edited per language:
 * editors and admins in every language, translators only in theirs.
 */
type Staff = Actor & AuditContext;

export const MEDIA_PAGE_SIZE = 24;
/** The same limit as an image's alt text in an article body (lib/content/media-image.ts). */
export const MEDIA_ALT_MAX_LENGTH = MAX_ALT_LENGTH;
export const MEDIA_CAPTION_MAX_LENGTH = 2000;
/** The picker shows the newest matches only: a search narrows it down. */
export const PICKER_LIMIT = 60;

export type MediaText = { alt: string; caption: string };

export interface MediaRow {
  id: string;
  kind: MediaKind;
  /** `/media/<storagePath>`: the stored original. */
  url: string;
  /** The smallest WebP variant, else the original; null for documents. */
  thumbnailUrl: string | null;
  width: number | null;
  height: number | null;
  mimeType: string;
  sizeBytes: number;
  originalName: string;
  createdAt: Date;
  /** Every language, '' where nothing was written yet. */
  translations: Record<Locale, MediaText>;
}

/** One image for the article editor's picker, with the alt text in the article's language ('' if none yet). */
export interface PickerImage {
  id: string;
  src: string;
  thumb: string;
  alt: string;
  width: number | null;
  height: number | null;
}

const mediaSelect = {
  id: true,
  kind: true,
  storagePath: true,
  mimeType: true,
  sizeBytes: true,
  width: true,
  height: true,
  originalName: true,
  variants: true,
  createdAt: true,
  translations: { select: { locale: true, alt: true, caption: true } },
} as const;

type SelectedMedia = Prisma.MediaGetPayload<{ select: typeof mediaSelect }>;

const mediaUrl = (storagePath: string) => `/media/${storagePath}`;

function isVariant(value: unknown): value is MediaVariant {
  const v = value as Partial<MediaVariant> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.width === 'number' &&
    typeof v.height === 'number' &&
    typeof v.storagePath === 'string' &&
    typeof v.mimeType === 'string' &&
    typeof v.sizeBytes === 'number'
  );
}

/** `Media.variants` as stored (JSON), keeping only well-formed entries. */
function variantsOf(value: Prisma.JsonValue): MediaVariant[] {
  return Array.isArray(value) ? value.filter(isVariant) : [];
}

function thumbnailOf(row: { kind: MediaKind; storagePath: string; variants: Prisma.JsonValue }): string | null {
  if (row.kind !== 'image') return null;
  const [smallest] = variantsOf(row.variants).sort((a, b) => a.width - b.width);
  return mediaUrl(smallest?.storagePath ?? row.storagePath);
}

function emptyTexts(): Record<Locale, MediaText> {
  return Object.fromEntries(routing.locales.map((locale) => [locale, { alt: '', caption: '' }])) as Record<
    Locale,
    MediaText
  >;
}

function toRow(row: SelectedMedia): MediaRow {
  const translations = emptyTexts();
  for (const { locale, alt, caption } of row.translations) translations[locale] = { alt, caption };
  return {
    id: row.id,
    kind: row.kind,
    url: mediaUrl(row.storagePath),
    thumbnailUrl: thumbnailOf(row),
    width: row.width,
    height: row.height,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    originalName: row.originalName,
    createdAt: row.createdAt,
    translations,
  };
}

function searchWhere(q: string | undefined): Prisma.MediaWhereInput {
  const text = q?.trim();
  if (!text) return {};
  const contains = { contains: text, mode: 'insensitive' } as const;
  return {
    OR: [{ originalName: contains }, { translations: { some: { OR: [{ alt: contains }, { caption: contains }] } } }],
  };
}

export type UploadResult = { ok: true; media: MediaRow } | { ok: false; error: IngestError };

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
      console.error(
        '[media] files of a failed upload not removed:',
        cleanup instanceof Error ? cleanup.message : cleanup,
      ),
    );
    throw error;
  }
}

export interface MediaFilter {
  page?: number;
  kind?: MediaKind;
  q?: string;
}

/** The library, newest first: by kind and by a search in the file name, alt texts and captions. */
export async function listMedia(actor: Actor, filter: MediaFilter): Promise<{ rows: MediaRow[]; total: number }> {
  authorize(actor, 'read:workspace');
  const where: Prisma.MediaWhereInput = {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...searchWhere(filter.q),
  };
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const [rows, total] = await Promise.all([
    db().media.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * MEDIA_PAGE_SIZE,
      take: MEDIA_PAGE_SIZE,
      select: mediaSelect,
    }),
    db().media.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** Per language, the texts to set; a missing language, or a missing field of one, is left as it is. */
export type MediaTextInput = Partial<Record<Locale, Partial<MediaText>>>;

export type MediaTextResult =
  | {
      ok: true;
      /** Languages whose alt text or caption actually changed. */
      changedLocales: Locale[];
      /** Whether an article uses the media as its cover (its public pages show the alt text). */
      usedAsCover: boolean;
    }
  | { ok: false; error: 'not-found' | 'text-too-long' };

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
  }));
  if (
    submitted.some(
      (text) =>
        (text.alt?.length ?? 0) > MEDIA_ALT_MAX_LENGTH || (text.caption?.length ?? 0) > MEDIA_CAPTION_MAX_LENGTH,
    )
  ) {
    return { ok: false, error: 'text-too-long' };
  }
  return db().$transaction(async (tx) => {
    const media = await tx.media.findUnique({
      where: { id },
      select: {
        originalName: true,
        translations: { select: { locale: true, alt: true, caption: true } },
        _count: { select: { coverOf: true } },
      },
    });
    if (!media) return { ok: false, error: 'not-found' } as const;
    const current = new Map(media.translations.map((row) => [row.locale, row]));
    const changed = submitted
      .map(({ locale, alt, caption }) => {
        const before = current.get(locale);
        return {
          locale,
          before: { alt: before?.alt ?? '', caption: before?.caption ?? '' },
          alt: alt ?? before?.alt ?? '',
          caption: caption ?? before?.caption ?? '',
        };
      })
      .filter((text) => text.alt !== text.before.alt || text.caption !== text.before.caption);
    for (const { locale, alt, caption } of changed) {
      await tx.mediaTranslation.upsert({
        where: { mediaId_locale: { mediaId: id, locale } },
        create: { mediaId: id, locale, alt, caption },
        update: { alt, caption },
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

export type DeleteMediaResult = { ok: true } | { ok: false; error: 'not-found' | 'in-use' };

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
    console.error('[media] files of a deleted media item not removed:', error instanceof Error ? error.message : error);
  }
  return { ok: true };
}

/** Images for the article editor's picker, newest first, with the alt text in `locale` ('' where none yet). */
export async function mediaForPicker(actor: Actor, locale: Locale, q?: string): Promise<PickerImage[]> {
  authorize(actor, 'read:workspace');
  const rows = await db().media.findMany({
    where: { kind: 'image', ...searchWhere(q) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: PICKER_LIMIT,
    select: {
      id: true,
      kind: true,
      storagePath: true,
      width: true,
      height: true,
      variants: true,
      translations: { where: { locale }, select: { alt: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    src: mediaUrl(row.storagePath),
    thumb: thumbnailOf(row) ?? mediaUrl(row.storagePath),
    alt: row.translations[0]?.alt ?? '',
    width: row.width,
    height: row.height,
  }));
}
