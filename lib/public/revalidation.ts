import 'server-only';
import { revalidateTag } from 'next/cache';
import { noteRevalidated } from './tag-clock';
import { after } from 'next/server';
import type { Locale } from '@/i18n/routing';
import { env } from '@/lib/env';
import { liteTwin, publicPaths } from '@/lib/render/public/paths';
import { purgeEdge } from './edge-purge';
import { requestPages } from './request-pages';
import { articlePathOfTag, publicTags } from './tags';

/**
 * What a committed change asks of the public site: the cache tags of every page that shows it (expired), and the
 * paths worth rendering again at once so that no reader waits on the database for them (decision 013).
 */
export interface PublicRefresh {
  tags: string[];
  paths: string[];
  /**
   * Expire at once (everything about articles: publishing, withdrawing, renaming, trash): the very next request
   * gets the new state. Otherwise stale-while-revalidate (a renamed category, a media caption).
   */
  immediate: boolean;
}

/**
 * Which cached public pages a change touches, as cache tags. Publishing, unpublishing, publishing changes or renaming
 * changes: its own article URL (and old URLs that redirect to it), the same article's pages in the other languages
 * ("Also in" and the language switcher), and the home, category and tag pages of its language.
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

/**
 * The paths to render again after an article changed, most read first: its published pages in every language (full
 * and lite; a page of the site at /pages/), then, in the languages whose lists changed, the home page, its category's,
 * tags' and authors' first pages, the feeds, and the sitemap. Deeper list pages are expired too and render on their
 * first request.
 */
export function pathsForArticleChange(change: {
  kind?: 'article' | 'page';
  published: { locale: Locale; slug: string }[];
  listLocales: Locale[];
  categorySlugs: { locale: Locale; slug: string }[];
  tagSlugs: { locale: Locale; slug: string }[];
  authorSlugs?: { locale: Locale; slug: string }[];
}): string[] {
  const own = change.kind === 'page' ? publicPaths.page : publicPaths.article;
  const pages: string[] = change.published.map(({ locale, slug }) => own(locale, slug));
  const feeds: string[] = [];
  for (const locale of change.listLocales) {
    pages.push(publicPaths.home(locale));
    feeds.push(`/${locale}/feed.xml`);
    for (const { slug } of change.categorySlugs.filter((entry) => entry.locale === locale)) {
      pages.push(publicPaths.category(locale, slug));
      feeds.push(`/${locale}/categories/${slug}/feed.xml`);
    }
    for (const { slug } of change.tagSlugs.filter((entry) => entry.locale === locale)) {
      pages.push(publicPaths.tag(locale, slug));
    }
    for (const { slug } of (change.authorSlugs ?? []).filter((entry) => entry.locale === locale)) {
      pages.push(publicPaths.author(locale, slug));
    }
  }
  const sitemap = change.listLocales.length ? ['/sitemap.xml'] : [];
  return [...new Set([...pages.flatMap((path) => [path, liteTwin(path)]), ...feeds, ...sitemap])];
}

/** Tags for a renamed category, tag or author: every list and article page of the languages concerned. */
export function tagsForTaxonomyChange(locales: readonly Locale[]): string[] {
  return locales.flatMap((locale) => [publicTags.lists(locale), publicTags.articles(locale)]);
}

/**
 * Marks the pages stale. `immediate` expires them at once, so the next request, whoever sends it, gets the new
 * state and a withdrawn text is never served again; otherwise readers keep getting the old page while the new one
 * renders. Inside a server action, Next applies the expiry before the action's answer is sent.
 */
export function revalidatePublicPages(tags: string[], { immediate }: { immediate: boolean }): void {
  noteRevalidated(tags);
  for (const tag of tags) revalidateTag(tag, immediate ? { expire: 0 } : 'max');
}

/**
 * Expires what a change touched, purges the named paths from the edge caches in front (EDGE_PURGE_URLS, decision
 * 022) and, once the answer is on its way (Next's `after`), purges them again (a reader may have refilled the edge in
 * the moment before Next applied the expiry) and renders them again through this server, two at a time, so their
 * next reader gets them from the cache.
 */
export async function refreshPublicPages(refresh: PublicRefresh): Promise<void> {
  if (refresh.tags.length) revalidatePublicPages(refresh.tags, { immediate: refresh.immediate });
  const purged = edgePaths(refresh);
  if (purged.length) await purgeEdge(purged);
  if (!refresh.paths.length && !purged.length) return;
  after(async () => {
    if (purged.length) await purgeEdge(purged);
    if (refresh.paths.length) await renderAgain(refresh.paths);
  });
}

/**
 * What the edge must drop: the paths rendered again, and every article URL whose tag expired, whatever it answers now
 * (an unpublished translation is not rendered again, but its cached copy at the edge must go). Pages and articles
 * share one slug space, so both forms are named.
 */
export function edgePaths(refresh: PublicRefresh): string[] {
  const paths = new Set(refresh.paths);
  for (const tag of refresh.tags) {
    const named = articlePathOfTag(tag);
    if (!named) continue;
    for (const path of [publicPaths.article(named.locale, named.slug), publicPaths.page(named.locale, named.slug)]) {
      paths.add(path);
      paths.add(liteTwin(path));
    }
  }
  return [...paths];
}

/** This server's own address, for rendering pages into the cache from inside it. */
function ownOrigin(): string {
  return `http://127.0.0.1:${env().PORT}`;
}

export async function renderAgain(paths: readonly string[], origin = ownOrigin()): Promise<{ failed: number }> {
  const started = Date.now();
  const { failed } = await requestPages(origin, paths);
  // One line per publish (npm run bench reads it to time how soon every affected page is fresh again).
  console.log(`[publish] ${paths.length} pages rendered again in ${Date.now() - started} ms, ${failed} failed`);
  return { failed };
}
