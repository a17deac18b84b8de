import 'server-only';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { REDIRECTS_PAGE_SIZE, type RedirectRow } from './types';

export interface RedirectFilter {
  q?: string;
  page?: number;
}

/** The redirects, most used first (then newest), filtered by a part of the old or new path. */
export async function listRedirects(
  actor: Actor,
  filter: RedirectFilter,
): Promise<{ rows: RedirectRow[]; total: number }> {
  authorize(actor, 'manage:redirects');
  const q = filter.q?.trim().slice(0, 200);
  const where: Prisma.RedirectWhereInput = q
    ? {
        OR: [
          { fromPath: { contains: q.toLowerCase() } },
          { toPath: { contains: q, mode: 'insensitive' } },
          { translation: { title: { contains: q, mode: 'insensitive' } } },
        ],
      }
    : {};
  const page = Math.min(100_000, Math.max(1, Math.floor(filter.page ?? 1)));
  const [rows, total] = await Promise.all([
    db().redirect.findMany({
      where,
      orderBy: [{ hits: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * REDIRECTS_PAGE_SIZE,
      take: REDIRECTS_PAGE_SIZE,
      select: {
        id: true,
        fromPath: true,
        toPath: true,
        source: true,
        hits: true,
        lastHitAt: true,
        createdAt: true,
        media: { select: { originalName: true } },
        translation: {
          select: {
            locale: true,
            title: true,
            articleId: true,
            status: true,
            article: { select: { deletedAt: true } },
          },
        },
      },
    }),
    db().redirect.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      fromPath: row.fromPath,
      source: row.source,
      hits: row.hits,
      lastHitAt: row.lastHitAt,
      createdAt: row.createdAt,
      target: row.translation
        ? {
            kind: 'article',
            locale: row.translation.locale,
            title: row.translation.title,
            articleId: row.translation.articleId,
            live: row.translation.status === 'published' && !row.translation.article.deletedAt,
          }
        : row.media
          ? { kind: 'media', name: row.media.originalName }
          : { kind: 'path', path: row.toPath ?? '' },
    })),
  };
}
