import 'server-only';
import { routing, type Locale } from '@/i18n/routing';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { MediaKind, MediaVariant } from '@/lib/media/ingest';
import type { MediaRow, MediaText } from './types';

/**
 * How the media library reads its rows, shared by read.ts and write.ts: what is selected, how a stored row becomes a
 * `MediaRow`, and the search. No operation here: nothing queries the database or authorizes.
 */

export const mediaSelect = {
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
  translations: { select: { locale: true, alt: true, caption: true, credit: true } },
} as const;

type SelectedMedia = Prisma.MediaGetPayload<{ select: typeof mediaSelect }>;

export const mediaUrl = (storagePath: string) => `/media/${storagePath}`;

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
export function variantsOf(value: Prisma.JsonValue): MediaVariant[] {
  return Array.isArray(value) ? value.filter(isVariant) : [];
}

export function thumbnailOf(row: { kind: MediaKind; storagePath: string; variants: Prisma.JsonValue }): string | null {
  if (row.kind !== 'image') return null;
  const [smallest] = variantsOf(row.variants).sort((a, b) => a.width - b.width);
  return mediaUrl(smallest?.storagePath ?? row.storagePath);
}

function emptyTexts(): Record<Locale, MediaText> {
  return Object.fromEntries(routing.locales.map((locale) => [locale, { alt: '', caption: '', credit: '' }])) as Record<
    Locale,
    MediaText
  >;
}

export function toRow(row: SelectedMedia): MediaRow {
  const translations = emptyTexts();
  for (const { locale, alt, caption, credit } of row.translations) translations[locale] = { alt, caption, credit };
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

export function searchWhere(q: string | undefined): Prisma.MediaWhereInput {
  const text = q?.trim();
  if (!text) return {};
  const contains = { contains: text, mode: 'insensitive' } as const;
  return {
    OR: [{ originalName: contains }, { translations: { some: { OR: [{ alt: contains }, { caption: contains }] } } }],
  };
}
