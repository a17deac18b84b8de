/**
 * The one spelling of an old address, shared by the importer, the redirects page and the public lookup, so that
 * `/2019/05/%D0%BF%D1%80%D0%B8/`, `/2019/05/при` and `https://old.org/2019/05/При/` are the same key. Pure: no
 * server imports (the import script and the browser-free tests use it too).
 */
import { isLocale } from '@/i18n/routing';

export const MAX_OLD_PATH_LENGTH = 1000;

/** Query parameters WordPress answers on any path: a post, a page, an attachment page. */
const ID_PARAMETERS = ['p', 'page_id', 'attachment_id'] as const;

/** First path segments that belong to Habar itself: an old address there would never be reached. */
const RESERVED_FIRST = new Set(['admin', 'api', 'media', '_next', 'sitemap.xml', 'sitemaps', 'robots.txt']);
/** Second segments under a language that Habar serves (a language's home is reserved too). */
const RESERVED_UNDER_LOCALE = new Set([
  'articles',
  'categories',
  'tags',
  'pages',
  'page',
  'lite',
  'search',
  'feed.xml',
]);

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Normalizes an old address (a path with an optional query, or a full URL whose host is ignored): percent-decoded
 * per segment, NFC, lower-case (WordPress matches slugs without regard to case), `//` collapsed, no trailing slash,
 * `/index.php` as its folder, and of the query only a WordPress id parameter (`?p=12`, `?page_id=3`,
 * `?attachment_id=9`). Null for what cannot be an address: empty, too long, control characters, not a path.
 */
export function normalizeOldPath(raw: string): string | null {
  // `//a//b` is a path here (a request's path can start so), not a URL without a scheme.
  const input = raw.trim().replace(/^\/{2,}/, '/');
  if (!input || input.length > MAX_OLD_PATH_LENGTH * 3) return null;
  let url: URL;
  try {
    url = new URL(input, 'http://old.invalid');
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  if (!/^(?:https?:\/\/|\/)/i.test(input)) return null;
  const segments = url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decodeSegment(segment).normalize('NFC').toLowerCase());
  if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes('/'))) return null;
  if (segments[segments.length - 1] === 'index.php') segments.pop();
  let path = `/${segments.join('/')}`;
  for (const name of ID_PARAMETERS) {
    const value = url.searchParams.get(name);
    if (value !== null && /^\d{1,12}$/.test(value)) {
      path = `${path === '/' ? '/' : path}?${name}=${Number(value)}`;
      break;
    }
  }
  if (path.length > MAX_OLD_PATH_LENGTH || /[\u0000-\u001f\u007f-\u009f\s]/.test(path.replace(/ /g, ''))) return null;
  return path;
}

/** Whether Habar itself serves this (normalized) path, so a redirect from it could never answer. */
export function isReservedPath(path: string): boolean {
  const [pathname = '', query] = path.split('?');
  const [first, second] = pathname.split('/').filter(Boolean);
  if (first === undefined) return query === undefined;
  if (RESERVED_FIRST.has(first)) return true;
  if (isLocale(first)) return second === undefined ? query === undefined : RESERVED_UNDER_LOCALE.has(second);
  return false;
}

/**
 * A redirect target typed by an admin: a path on this site (`/en/articles/report`), kept as typed apart from
 * surrounding spaces; a full URL of this site may be given and becomes its path. Null for anything else.
 */
export function normalizeTargetPath(raw: string, ownOrigin?: string): string | null {
  let input = raw.trim();
  if (ownOrigin && input.toLowerCase().startsWith(ownOrigin.toLowerCase() + '/')) input = input.slice(ownOrigin.length);
  if (!input.startsWith('/') || input.startsWith('//') || input.length > MAX_OLD_PATH_LENGTH) return null;
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(input)) return null;
  try {
    const url = new URL(input, 'http://self.invalid');
    if (url.host !== 'self.invalid') return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/**
 * WordPress serves resized copies of an upload as `name-300x200.jpg` and big originals as `name-scaled.jpg`: the
 * keys to try when such a copy has no redirect of its own.
 */
export function uploadFallbacks(path: string): string[] {
  if (!path.startsWith('/wp-content/uploads/')) return [];
  const resized = /^(.*?)-(?:\d{1,5}x\d{1,5}|scaled)(\.[a-z0-9]{2,5})$/.exec(path);
  return resized ? [`${resized[1]}${resized[2]}`, `${resized[1]}-scaled${resized[2]}`] : [];
}
