import 'server-only';
import { revalidateTag } from 'next/cache';
import type { Locale } from '@/i18n/routing';
import { publicTags } from './serve';

/**
 * Which cached public pages a change touches, as cache tags. Publishing, unpublishing, editing a published
 * translation or renaming it changes: its own article URL (and old URLs that redirect to it), the same article's
 * pages in the other languages ("Also in" and the language switcher), and the home, category and tag pages of its
 * language.
 */
export function tagsForArticleChange(change: {
  /** Every translation of the article that is or was public: language and slug. */
  translations: { locale: Locale; slug: string }[];
  /** Old slugs now redirecting to a translation. */
  oldSlugs?: { locale: Locale; slug: string }[];
  /** Languages whose lists change (the language published or unpublished, or edited while published). */
  listLocales: Locale[];
}): string[] {
  const tags = new Set<string>();
  for (const { locale, slug } of [...change.translations, ...(change.oldSlugs ?? [])]) {
    tags.add(publicTags.articlePath(locale, slug));
  }
  for (const locale of change.listLocales) tags.add(publicTags.lists(locale));
  return [...tags];
}

/** Tags for a renamed category, tag or author: every list and article page of the languages concerned. */
export function tagsForTaxonomyChange(locales: readonly Locale[]): string[] {
  return locales.flatMap((locale) => [publicTags.lists(locale), publicTags.articles(locale)]);
}

/**
 * Marks the pages stale. `immediate` (unpublish, delete) expires them at once so a withdrawn text is never served
 * again; otherwise readers keep getting the old page while the new one renders (no reader waits on the database).
 */
export function revalidatePublicPages(tags: string[], { immediate }: { immediate: boolean }): void {
  for (const tag of tags) revalidateTag(tag, immediate ? { expire: 0 } : 'max');
}
