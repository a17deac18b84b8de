import 'server-only';
import type { Locale } from '@/i18n/routing';
import type { Prisma } from '@/lib/generated/prisma/client';
import { pathsForArticleChange, tagsForArticleChange, type PublicRefresh } from '@/lib/public/revalidation';

export type { PublicRefresh } from '@/lib/public/revalidation';

export const nothingToRefresh: PublicRefresh = { tags: [], paths: [], immediate: false };

/**
 * Pages touched by a change to one article: every URL of every translation (the language switcher and "also in"
 * links change too), old slugs that redirect, and the lists, feeds and sitemap of the languages named. Always
 * immediate: what readers see changes only when someone publishes, and then at once (decision 013).
 */
export async function articleRefresh(
  tx: Prisma.TransactionClient,
  articleId: string,
  listLocales: Locale[],
  options: { oldSlugs?: { locale: Locale; slug: string }[] } = {},
): Promise<PublicRefresh> {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: {
      deletedAt: true,
      translations: { select: { locale: true, slug: true, status: true } },
      category: { select: { translations: { select: { locale: true, slug: true } } } },
      tags: { select: { tag: { select: { translations: { select: { locale: true, slug: true } } } } } },
    },
  });
  if (!article) return nothingToRefresh;
  const translations = article.translations.map(({ locale, slug }) => ({ locale, slug }));
  return {
    tags: tagsForArticleChange({ translations, oldSlugs: options.oldSlugs, listLocales }),
    paths: pathsForArticleChange({
      published: article.deletedAt ? [] : article.translations.filter((t) => t.status === 'published'),
      listLocales,
      categorySlugs: article.category?.translations ?? [],
      tagSlugs: article.tags.flatMap(({ tag }) => tag.translations),
    }),
    immediate: true,
  };
}

/** Several changes' refreshes as one (the scheduler publishes many at once). */
export function mergeRefreshes(refreshes: PublicRefresh[]): PublicRefresh {
  return {
    tags: [...new Set(refreshes.flatMap((refresh) => refresh.tags))],
    paths: [...new Set(refreshes.flatMap((refresh) => refresh.paths))],
    immediate: refreshes.some((refresh) => refresh.immediate),
  };
}
