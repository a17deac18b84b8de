import type { Locale } from '@/i18n/routing';

/** Every public URL is built here, so pages, feeds, sitemaps and the export agree. */
export const publicPaths = {
  home: (locale: Locale, page = 1) => (page > 1 ? `/${locale}/page/${page}` : `/${locale}`),
  article: (locale: Locale, slug: string) => `/${locale}/articles/${slug}`,
  category: (locale: Locale, slug: string, page = 1) =>
    page > 1 ? `/${locale}/categories/${slug}/page/${page}` : `/${locale}/categories/${slug}`,
  tag: (locale: Locale, slug: string, page = 1) =>
    page > 1 ? `/${locale}/tags/${slug}/page/${page}` : `/${locale}/tags/${slug}`,
  page: (locale: Locale, slug: string) => `/${locale}/pages/${slug}`,
  author: (locale: Locale, slug: string, page = 1) =>
    page > 1 ? `/${locale}/authors/${slug}/page/${page}` : `/${locale}/authors/${slug}`,
  media: (storagePath: string) => `/media/${storagePath.split('/').map(encodeURIComponent).join('/')}`,
};

/** The text-only twin of a public path: the same path with `/lite` after the language. */
export function liteTwin(path: string): string {
  return path.replace(/^\/([a-z]{2})(?=\/|$|\?)/, '/$1/lite');
}

/** The full page of a lite path. */
export function fullTwin(path: string): string {
  return path.replace(/^\/([a-z]{2})\/lite(?=\/|$|\?)/, '/$1');
}
