import type { Locale } from '@/i18n/routing';
import type { IngestError, MediaKind } from '@/lib/media/ingest';

/** The shapes the media library's operations (read.ts, write.ts) take and return. */

export type MediaText = { alt: string; caption: string; credit: string };

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

export type UploadResult = { ok: true; media: MediaRow } | { ok: false; error: IngestError };

export interface MediaFilter {
  page?: number;
  kind?: MediaKind;
  q?: string;
}

/** Per language, the texts to set; a missing language, or a missing field of one, is left as it is. */
export type MediaTextInput = Partial<Record<Locale, Partial<MediaText>>>;

export type MediaTextResult =
  | {
      ok: true;
      /** Languages whose alt text, caption or credit actually changed. */
      changedLocales: Locale[];
      /** Whether an article uses the media as its cover (its public pages show the alt text). */
      usedAsCover: boolean;
    }
  | { ok: false; error: 'not-found' | 'text-too-long' };

export type DeleteMediaResult = { ok: true } | { ok: false; error: 'not-found' | 'in-use' };
