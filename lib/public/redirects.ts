import 'server-only';
import { cachedUnlessMissing } from './cache-found';
import { routing } from '@/i18n/routing';
import { db } from '@/lib/db';
import { publicPaths } from '@/lib/render/public/paths';
import { countRedirectHit } from './redirect-hits';
import { isReservedPath, normalizeOldPath, uploadFallbacks } from './redirect-paths';

/**
 * Old addresses (decision 020): a URL no page claims is looked up among the redirects before it gets the 404. The
 * answer for each normalized path (a target or "none") is kept in Next's data cache like the pages, so a redirect,
 * or a miss, costs one database query per path until the cache tag is revalidated, not one per request.
 */
export const REDIRECTS_TAG = 'redirects';

/**
 * Tags of every cached answer: the public site's, the redirects' own (the redirects page and the import revalidate
 * it) and each language's lists, which every publish, unpublish and rename revalidates: a redirect to an article
 * follows its current slug and answers only while it is published.
 */
const lookupTags = ['public', REDIRECTS_TAG, ...routing.locales.map((locale) => `lists:${locale}`)];

export type RedirectAnswer = { id: string; location: string } | null;

async function lookUp(fromPath: string): Promise<RedirectAnswer> {
  const row = await db().redirect.findUnique({
    where: { fromPath },
    select: {
      id: true,
      toPath: true,
      media: { select: { storagePath: true } },
      translation: {
        select: { locale: true, slug: true, status: true, article: { select: { deletedAt: true, kind: true } } },
      },
    },
  });
  if (!row) return null;
  if (row.toPath) return { id: row.id, location: row.toPath };
  if (row.media) return { id: row.id, location: publicPaths.media(row.media.storagePath) };
  const translation = row.translation;
  if (translation && translation.status === 'published' && !translation.article.deletedAt) {
    const path = translation.article.kind === 'page' ? publicPaths.page : publicPaths.article;
    return { id: row.id, location: path(translation.locale, translation.slug) };
  }
  return null;
}

// Found redirects are cached; a path with none is answered from the database and not stored, so visitors inventing
// old addresses cannot grow the page cache (the same rule as unknown slugs, lib/public/cache-found.ts).
const cachedLookUp = (fromPath: string) =>
  cachedUnlessMissing(
    () => lookUp(fromPath),
    (answer) => answer === null,
    ['redirect', fromPath],
    {
      tags: lookupTags,
    },
  )();

/** The redirect answering this request's address, if there is one (its hit is counted). */
export async function findRedirect(request: Request): Promise<RedirectAnswer> {
  const url = new URL(request.url);
  const key = normalizeOldPath(`${url.pathname}${url.search}`);
  if (!key || isReservedPath(key)) return null;
  for (const candidate of [key, ...uploadFallbacks(key)]) {
    const answer = await cachedLookUp(candidate);
    if (answer) {
      countRedirectHit(answer.id);
      return answer;
    }
  }
  return null;
}
