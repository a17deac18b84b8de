import 'server-only';
import { articlePage, homePage, listingPage, notFoundPage, searchPage } from '@/lib/render/public/pages';
import { searchArticles } from './search';
import { publicPaths } from '@/lib/render/public/paths';
import { articleData, categoryData, homeData, tagData } from './queries';
import {
  contextFor,
  notFoundFor,
  pageNumber,
  publicTags,
  serveError,
  servePublicPage,
  type RenderedPage,
} from './serve';
import { isLocale } from '@/i18n/routing';

/** The handlers behind app/[locale]/…/route.ts: each maps a URL to a cached rendered page. */

export function serveHome(request: Request, locale: string, rawPage?: string): Promise<Response> {
  const page = pageNumber(rawPage);
  if (page === null) return notFoundFor(locale, request);
  return servePublicPage(
    request,
    locale,
    ['home', String(page)],
    (l) => [publicTags.lists(l)],
    async (ctx) => {
      const data = await homeData(ctx.locale, page);
      if (page > data.pageCount) return { status: 404, html: notFoundPage(ctx) };
      return { status: 200, html: homePage(ctx, data) };
    },
  );
}

export function serveArticle(request: Request, locale: string, rawSlug: string): Promise<Response> {
  const slug = decodeURIComponent(rawSlug);
  return servePublicPage(
    request,
    locale,
    ['article', slug],
    (l) => [publicTags.articles(l), publicTags.articlePath(l, slug)],
    async (ctx): Promise<RenderedPage> => {
      const found = await articleData(ctx.locale, slug);
      if (found.kind === 'moved') return { status: 301, location: publicPaths.article(ctx.locale, found.slug) };
      if (found.kind === 'missing') return { status: 404, html: notFoundPage(ctx) };
      return { status: 200, html: articlePage(ctx, found.article) };
    },
  );
}

export function serveListing(
  request: Request,
  kind: 'category' | 'tag',
  locale: string,
  rawSlug: string,
  rawPage?: string,
): Promise<Response> {
  const page = pageNumber(rawPage);
  if (page === null) return notFoundFor(locale, request);
  const slug = decodeURIComponent(rawSlug);
  return servePublicPage(
    request,
    locale,
    [kind, slug, String(page)],
    (l) => [publicTags.lists(l)],
    async (ctx) => {
      const data =
        kind === 'category' ? await categoryData(ctx.locale, slug, page) : await tagData(ctx.locale, slug, page);
      if (!data || page > data.pageCount) return { status: 404, html: notFoundPage(ctx) };
      return { status: 200, html: listingPage(ctx, kind, data) };
    },
  );
}

/** Search is per query, so it is not cached; it needs the database, and says so politely when it is down. */
export async function serveSearch(request: Request, locale: string): Promise<Response> {
  if (!isLocale(locale)) return notFoundFor(locale, request);
  const params = new URL(request.url).searchParams;
  const page = pageNumber(params.get('page') ?? undefined) ?? 1;
  try {
    const ctx = await contextFor(locale);
    const html = searchPage(ctx, await searchArticles(locale, params.get('q'), page));
    return new Response(html, {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-language': locale,
        'cache-control': 'private, max-age=0',
      },
    });
  } catch (error) {
    return serveError(locale, `search: ${error instanceof Error ? error.message : String(error)}`);
  }
}
