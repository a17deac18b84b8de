import 'server-only';
import {
  liteArticlePage,
  liteAuthorPage,
  liteHomePage,
  liteListingPage,
  liteSearchPage,
} from '@/lib/render/lite/pages';
import { articlePage, authorPage, homePage, listingPage, notFoundPage, searchPage } from '@/lib/render/public/pages';
import { searchArticles } from './search';
import { liteTwin, publicPaths } from '@/lib/render/public/paths';
import { articleData, authorData, categoryData, homeData, tagData } from './queries';
import {
  contextFor,
  headers,
  notFoundFor,
  pageNumber,
  publicTags,
  serveError,
  servePublicPage,
  type RenderedPage,
} from './serve';
import { isLocale } from '@/i18n/routing';
import { isSlug } from '@/lib/slug';

/**
 * The handlers behind app/[locale]/…/route.ts: each maps a URL to a cached rendered page, in the full edition or the
 * lite (text-only) one, which share the data, the cache tags and the URL scheme (`/{locale}/lite/…`).
 */
export type Edition = 'full' | 'lite';

export function serveHome(request: Request, edition: Edition, locale: string, rawPage?: string): Promise<Response> {
  const page = pageNumber(rawPage);
  if (page === null) return notFoundFor(locale, request);
  return servePublicPage(
    request,
    locale,
    [edition, 'home', String(page)],
    (l) => [publicTags.lists(l)],
    async (ctx) => {
      const data = await homeData(ctx.locale, page);
      if (page > data.pageCount) return { status: 404, html: notFoundPage(ctx) };
      return { status: 200, html: edition === 'lite' ? liteHomePage(ctx, data) : homePage(ctx, data) };
    },
  );
}

/**
 * An article (`kind` article, at /articles/…) or a page of the site (`kind` page, at /pages/…). Articles and pages
 * share one slug namespace per language, so an address of the other kind answers with a redirect to the right one.
 */
export function serveArticle(
  request: Request,
  edition: Edition,
  locale: string,
  slug: string,
  kind: 'article' | 'page' = 'article',
): Promise<Response> {
  // Not a slug (malformed escapes, odd characters, too long): no page can live there, so no database work either.
  if (!isSlug(slug)) return notFoundFor(locale, request);
  return servePublicPage(
    request,
    locale,
    [edition, kind, slug],
    // An article page lists related articles of its language: it is rebuilt when that language's lists change.
    (l) => [
      publicTags.articles(l),
      publicTags.articlePath(l, slug),
      ...(kind === 'article' ? [publicTags.lists(l)] : []),
    ],
    async (ctx): Promise<RenderedPage> => {
      const found = await articleData(ctx.locale, slug, kind);
      if (found.kind === 'moved') {
        const target = (found.articleKind === 'page' ? publicPaths.page : publicPaths.article)(ctx.locale, found.slug);
        return { status: 301, location: edition === 'lite' ? liteTwin(target) : target };
      }
      if (found.kind === 'missing') return { status: 404, html: notFoundPage(ctx) };
      return {
        status: 200,
        html: edition === 'lite' ? liteArticlePage(ctx, found.article) : articlePage(ctx, found.article),
      };
    },
  );
}

/** An author's page with their articles in this language (paged). */
export function serveAuthor(
  request: Request,
  edition: Edition,
  locale: string,
  slug: string,
  rawPage?: string,
): Promise<Response> {
  const page = pageNumber(rawPage);
  if (page === null || !isSlug(slug)) return notFoundFor(locale, request);
  return servePublicPage(
    request,
    locale,
    [edition, 'author', slug, String(page)],
    (l) => [publicTags.lists(l), publicTags.articles(l)],
    async (ctx) => {
      const data = await authorData(ctx.locale, slug, page);
      if (!data || page > data.pageCount) return { status: 404, html: notFoundPage(ctx) };
      return { status: 200, html: edition === 'lite' ? liteAuthorPage(ctx, data) : authorPage(ctx, data) };
    },
  );
}

export function serveListing(
  request: Request,
  edition: Edition,
  kind: 'category' | 'tag',
  locale: string,
  slug: string,
  rawPage?: string,
): Promise<Response> {
  const page = pageNumber(rawPage);
  if (page === null || !isSlug(slug)) return notFoundFor(locale, request);
  return servePublicPage(
    request,
    locale,
    [edition, kind, slug, String(page)],
    (l) => [publicTags.lists(l)],
    async (ctx) => {
      const data =
        kind === 'category' ? await categoryData(ctx.locale, slug, page) : await tagData(ctx.locale, slug, page);
      if (!data || page > data.pageCount) return { status: 404, html: notFoundPage(ctx) };
      return {
        status: 200,
        html: edition === 'lite' ? liteListingPage(ctx, kind, data) : listingPage(ctx, kind, data),
      };
    },
  );
}

/** Search is per query, so it is not cached; it needs the database, and says so politely when it is down. */
export async function serveSearch(request: Request, edition: Edition, locale: string): Promise<Response> {
  if (!isLocale(locale)) return notFoundFor(locale, request);
  const params = new URL(request.url).searchParams;
  const page = pageNumber(params.get('page') ?? undefined) ?? 1;
  try {
    const ctx = await contextFor(locale);
    const result = await searchArticles(locale, params.get('q'), page);
    const html = edition === 'lite' ? liteSearchPage(ctx, result) : searchPage(ctx, result);
    return new Response(html, {
      headers: headers(locale, 'private, max-age=0'),
    });
  } catch (error) {
    return serveError(locale, `search: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `/{locale}/lite/…`: the same URL scheme as the full site, one level down. */
export function serveLite(request: Request, locale: string, path: string[]): Promise<Response> {
  const [first, second, third, fourth, ...rest] = path;
  if (rest.length > 0) return notFoundFor(locale, request);
  if (first === undefined) return serveHome(request, 'lite', locale);
  if (first === 'page' && second && third === undefined) return serveHome(request, 'lite', locale, second);
  if (first === 'articles' && second && third === undefined) return serveArticle(request, 'lite', locale, second);
  if (first === 'pages' && second && third === undefined) return serveArticle(request, 'lite', locale, second, 'page');
  if (first === 'authors' && second && (third === undefined || (third === 'page' && fourth))) {
    return serveAuthor(request, 'lite', locale, second, fourth);
  }
  if ((first === 'categories' || first === 'tags') && second && (third === undefined || (third === 'page' && fourth))) {
    return serveListing(request, 'lite', first === 'categories' ? 'category' : 'tag', locale, second, fourth);
  }
  if (first === 'search' && second === undefined) return serveSearch(request, 'lite', locale);
  return notFoundFor(locale, request);
}
