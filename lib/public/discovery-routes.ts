import 'server-only';
import { isLocale, routing } from '@/i18n/routing';
import { env } from '@/lib/env';
import { robotsTxt, rssFeed, sitemapDocuments, sitemapGroups } from '@/lib/render/public/feeds';
import { isSlug } from '@/lib/slug';
import { cachedFresh, cachedUnlessMissing } from './cache-found';
import { feedData, sitemapData } from './discovery';
import { contextFor, notFoundFor, notFoundResponse, publicTags, serveError } from './serve';

/** Feeds, sitemap and robots.txt: cached like the pages, under the same tags, rebuilt on publish. */

const rss = (body: string) =>
  new Response(body, {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });

export async function serveFeed(request: Request, rawLocale: string, categorySlug?: string): Promise<Response> {
  if (!isLocale(rawLocale)) return notFoundFor(rawLocale, request);
  const locale = rawLocale;
  const slug = categorySlug;
  if (slug !== undefined && !isSlug(slug)) return notFoundFor(locale, request);
  const selfPath = slug ? `/${locale}/categories/${slug}/feed.xml` : `/${locale}/feed.xml`;
  try {
    // An unknown category's feed is answered, not stored (lib/public/cache-found.ts).
    const body = await cachedUnlessMissing(
      async () => {
        const feed = await feedData(locale, slug);
        return feed ? rssFeed(await contextFor(locale), feed, selfPath) : null;
      },
      (feed) => feed === null,
      ['public-feed', locale, slug ?? ''],
      { tags: [publicTags.all, publicTags.lists(locale), publicTags.articles(locale)] },
    )();
    return body === null ? notFoundFor(locale, request) : rss(body);
  } catch (error) {
    return serveError(locale, `feed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const absolute = (path: string) => `${env().PUBLIC_BASE_URL.replace(/\/+$/, '')}${path}`;

const cachedSitemap = cachedFresh(
  async () => sitemapDocuments(absolute, sitemapGroups(await sitemapData())),
  ['public-sitemap'],
  { tags: [publicTags.all, ...routing.locales.map(publicTags.lists)] },
);

const xml = (body: string) =>
  new Response(body, {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });

/** /sitemap.xml (part 0) or /sitemaps/N.xml (parts of an index, N from 1). */
export async function serveSitemap(part = 0): Promise<Response> {
  try {
    const { main, parts } = await cachedSitemap();
    if (part === 0) return xml(main);
    const body = parts[part - 1];
    return body ? xml(body) : notFoundResponse(routing.defaultLocale);
  } catch (error) {
    return serveError(routing.defaultLocale, `sitemap: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function serveRobots(): Response {
  return new Response(robotsTxt(absolute), {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
}
