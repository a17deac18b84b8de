import { isLocale, type Locale } from '@/i18n/routing';

/** The cache tags of the public pages (decision 006). */
export const publicTags = {
  all: 'public',
  /** Home, category and tag pages of one language. */
  lists: (locale: Locale) => `lists:${locale}`,
  /** Every article page (and old-slug redirect) of one language. */
  articles: (locale: Locale) => `articles:${locale}`,
  /** One article URL in one language, whatever it currently answers (article, redirect or 404). */
  articlePath: (locale: Locale, slug: string) => `article-path:${locale}:${slug}`,
};

/** The language and slug an `articlePath` tag names (the edge is purged of those URLs too), or null for other tags. */
export function articlePathOfTag(tag: string): { locale: Locale; slug: string } | null {
  const match = /^article-path:([^:]+):(.+)$/.exec(tag);
  return match?.[1] && match[2] && isLocale(match[1]) ? { locale: match[1], slug: match[2] } : null;
}
