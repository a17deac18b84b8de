import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { mediaSelect, mediaUrl, searchWhere, thumbnailOf, toRow } from './rows';
import type { MediaFilter, MediaRow, PickerImage } from './types';

/** Reading the media library: everyone in the workspace may (translators write the alt text of their languages). */

export const MEDIA_PAGE_SIZE = 24;
/** The picker shows the newest matches only: a search narrows it down. */
export const PICKER_LIMIT = 60;

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
