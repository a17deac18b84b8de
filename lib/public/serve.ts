import 'server-only';
import { negotiateLocale } from '@/i18n/negotiate';
import { isLocale, type Locale } from '@/i18n/routing';
import { env } from '@/lib/env';
import { pageContext, type PageContext } from '@/lib/render/public/context';
import { errorPage, notFoundPage } from '@/lib/render/public/pages';
import { publicContentSecurityPolicy } from '@/lib/render/security';
import { cachedUnlessMissing } from './cache-found';
import { clip, logger } from '@/lib/log';
import {
  bodyFor,
  canSendEncodedHeader,
  chooseEncoding,
  encodePage,
  etagOf,
  notModified,
  precompressedHeader,
  type Encoded,
} from './representation';
import { memoHeader, memoHeaderValue } from './response-memo';
import { siteData } from './site';
import { clockNow } from './tag-clock';
import { publicTags } from './tags';

export { publicTags } from './tags';

/**
 * Serving the public pages. A page is rendered once to HTML and kept in Next's data cache under tags; readers get the
 * cached HTML without touching the database, and keep getting it while the database is down. Publishing revalidates
 * the tags of every page that shows the change (lib/public/revalidation.ts).
 */
export type RenderedPage = { status: 200 | 404; html: string } | { status: 301; location: string };
/**
 * A rendered page as the cache keeps it: with its compressed bodies and validators (lib/public/representation.ts), and
 * when its render began by this process's tag clock (lib/public/tag-clock.ts; read by the response memo only).
 */
export type StoredPage = RenderedPage & { encoded?: Encoded; renderedAt?: number };

/**
 * Browsers revalidate a page on every visit (`max-age=0`: a 304 of a few hundred bytes when it has not changed, so a
 * reader never sees a page older than the last publish); edge caches (nginx, a CDN) keep it a minute, are purged of
 * the URLs a publish names (lib/public/edge-purge.ts), revalidate the rest by ETag, may serve a stale copy for a
 * minute while refreshing and for a day while the app is down or failing (decision 022).
 */
export const publicCacheControl = 'public, max-age=0, s-maxage=60, stale-while-revalidate=60, stale-if-error=86400';

export const headers = (locale: Locale, cacheControl: string) => ({
  'content-type': 'text/html; charset=utf-8',
  'content-language': locale,
  'cache-control': cacheControl,
  'content-security-policy': publicContentSecurityPolicy(),
});

/** Adds the compressed bodies and validators to a freshly rendered page, once, before it is stored. */
export function storable(page: RenderedPage, renderedAt?: number): StoredPage {
  return page.status === 301 ? page : { ...page, encoded: encodePage(page.html), renderedAt };
}

/**
 * The answer for a stored page: 304 when the reader's copy is current, otherwise the body in the reader's preferred
 * encoding, precompressed when the production server can send it (scripts/server.ts), plain HTML otherwise.
 */
export function toResponse(locale: Locale, page: StoredPage, request?: Request, tags?: readonly string[]): Response {
  if (page.status === 301) {
    return new Response(null, {
      status: 301,
      headers: { location: page.location, 'cache-control': 'public, max-age=300' },
    });
  }
  const encoded = page.encoded ?? encodePage(page.html);
  const canEncode = request?.headers.get(canSendEncodedHeader) === '1';
  const encoding = canEncode ? chooseEncoding(request.headers.get('accept-encoding')) : 'identity';
  const validators = { etag: etagOf(encoded, encoding), 'last-modified': encoded.modified, vary: 'accept-encoding' };
  if (page.status === 200 && request && notModified(request, encoded)) {
    return new Response(null, { status: 304, headers: { ...validators, 'cache-control': publicCacheControl } });
  }
  // The production server may answer this page from its memo until one of its tags changes (response-memo.ts).
  const memo: Record<string, string> =
    canEncode && page.status === 200 && tags && page.renderedAt !== undefined
      ? { [memoHeader]: memoHeaderValue(tags, page.renderedAt) }
      : {};
  return new Response(bodyFor(encoded, page.html, encoding), {
    status: page.status,
    headers: {
      ...headers(locale, publicCacheControl),
      ...validators,
      ...(encoding === 'identity' ? {} : { [precompressedHeader]: encoding }),
      ...memo,
    },
  });
}

export async function contextFor(locale: Locale): Promise<PageContext> {
  const settings = env();
  return pageContext(locale, settings.PUBLIC_BASE_URL, settings.SITE_TIME_ZONE, await siteData());
}

const notFoundPages = new Map<Locale, { stamp: string; page: StoredPage }>();

/** The 404 page of a language changes only with the site's identity and pages: rendered and compressed once per version. */
export async function notFoundResponse(locale: Locale, request?: Request): Promise<Response> {
  const ctx = await contextFor(locale);
  let memo = notFoundPages.get(locale);
  if (memo?.stamp !== ctx.site.stamp) {
    memo = { stamp: ctx.site.stamp, page: storable({ status: 404, html: notFoundPage(ctx) }) };
    notFoundPages.set(locale, memo);
  }
  return toResponse(locale, memo.page, request);
}

/** The language of a public URL, or for a URL without one of ours, the reader's (cookie, Accept-Language, default). */
export function localeOf(rawLocale: string, request: Request): { locale: Locale; known: boolean } {
  if (isLocale(rawLocale)) return { locale: rawLocale, known: true };
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
  return { locale: negotiateLocale(cookie, request.headers.get('accept-language')), known: false };
}

/** The localized 404: in the URL's language, or for an unknown language prefix, in the reader's. */
export async function notFoundFor(rawLocale: string, request: Request): Promise<Response> {
  const { locale, known } = localeOf(rawLocale, request);
  const response = await notFoundResponse(locale, request);
  if (!known) {
    response.headers.set('cache-control', 'private, no-store');
    response.headers.append('vary', 'accept-language, cookie');
  }
  return response;
}

/** Parses a `page/N` segment: whole numbers from 2 up; anything else is not a page. */
export function pageNumber(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  if (!/^[1-9]\d{0,4}$/.test(raw)) return null;
  const page = Number(raw);
  return page >= 2 ? page : null;
}

/**
 * Answers a public URL from the cache, rendering it on a miss. A failure (e.g. the database is down and the page was
 * never cached) gives the localized error page with status 500 and no detail.
 */
export async function servePublicPage(
  request: Request,
  rawLocale: string,
  key: string[],
  tags: (locale: Locale) => string[],
  render: (ctx: PageContext) => Promise<RenderedPage>,
): Promise<Response> {
  if (!isLocale(rawLocale)) return notFoundFor(rawLocale, request);
  const locale = rawLocale;
  try {
    const pageTags = [publicTags.all, ...tags(locale)];
    // A 404 is answered but not stored (lib/public/cache-found.ts): unknown URLs must not grow the cache.
    const cached = cachedUnlessMissing(
      async (): Promise<StoredPage> => {
        const renderedAt = clockNow();
        return storable(await render(await contextFor(locale)), renderedAt);
      },
      (page) => page.status === 404,
      ['public-page', locale, ...key],
      { tags: pageTags },
    );
    return toResponse(locale, await cached(), request, pageTags);
  } catch (error) {
    return serveError(locale, `${key.join('/')}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The localized error page, status 500, never cached; the cause goes to the server log only. */
export async function serveError(locale: Locale, cause: string): Promise<Response> {
  logger('public').error({ locale, cause: clip(cause) }, 'page failed');
  const html = errorPage(await contextFor(locale));
  return new Response(html, { status: 500, headers: headers(locale, 'no-store') });
}
