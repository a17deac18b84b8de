import 'server-only';
import type { Locale } from '@/i18n/routing';
import type { Prisma } from '@/lib/generated/prisma/client';
import { pathsForArticleChange, tagsForArticleChange, type PublicRefresh } from '@/lib/public/revalidation';
import { publicTags } from '@/lib/public/tags';

export type { PublicRefresh } from '@/lib/public/revalidation';

export const nothingToRefresh: PublicRefresh = { tags: [], paths: [], immediate: false };

/**
 * Pages touched by a change to one article: every URL of every translation (the language switcher and "also in"
 * links change too), old slugs that redirect, and the lists (home, category, tag and author pages), feeds and sitemap
 * of the languages named. A page of the site (`kind` page) is also listed in the masthead or footer of every public
 * page, so its change expires them all. Always immediate: what readers see changes only when someone publishes, and
 * then at once (decision 013).
 */
export async function articleRefresh(
  tx: Prisma.TransactionClient,
  articleId: string,
  listLocales: Locale[],
  options: { oldSlugs?: { locale: Locale; slug: string }[] } = {},
): Promise<PublicRefresh> {
  const slugs = { select: { translations: { select: { locale: true, slug: true } } } };
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: {
      kind: true,
      deletedAt: true,
      translations: { select: { locale: true, slug: true, status: true } },
      category: slugs,
      tags: { select: { tag: slugs } },
      authors: { select: { author: slugs } },
    },
  });
  if (!article) return nothingToRefresh;
  const translations = article.translations.map(({ locale, slug }) => ({ locale, slug }));
  const tags = tagsForArticleChange({ translations, oldSlugs: options.oldSlugs, listLocales });
  return {
    tags: article.kind === 'page' ? [...tags, publicTags.all] : tags,
    paths: pathsForArticleChange({
      kind: article.kind,
      published: article.deletedAt ? [] : article.translations.filter((t) => t.status === 'published'),
      listLocales,
      categorySlugs: article.category?.translations ?? [],
      tagSlugs: article.tags.flatMap(({ tag }) => tag.translations),
      authorSlugs: article.authors.flatMap(({ author }) => author.translations),
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
