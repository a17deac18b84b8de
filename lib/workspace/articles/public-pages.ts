import 'server-only';
import type { Locale } from '@/i18n/routing';
import type { Prisma } from '@/lib/generated/prisma/client';
import { tagsForArticleChange } from '@/lib/public/revalidation';
import { publicTags } from '@/lib/public/tags';

/** What a write asks the action to refresh on the public site (revalidateTag only works inside Next). */
export interface PublicRefresh {
  tags: string[];
  /** Unpublish, trash: withdrawn text must never be served again, so no stale-while-revalidate. */
  immediate: boolean;
}

export const nothingToRefresh: PublicRefresh = { tags: [], immediate: false };

/**
 * Pages touched by a change to one article: every URL of every translation (the language switcher and "also in"
 * links change too), old slugs that redirect, and the lists of the languages named.
 */
export async function articleRefresh(
  tx: Prisma.TransactionClient,
  articleId: string,
  listLocales: Locale[],
  options: { immediate?: boolean; oldSlugs?: { locale: Locale; slug: string }[] } = {},
): Promise<PublicRefresh> {
  const translations = await tx.articleTranslation.findMany({
    where: { articleId },
    select: { locale: true, slug: true },
  });
  const page = await tx.article.count({ where: { id: articleId, kind: 'page' } });
  const tags = tagsForArticleChange({ translations, oldSlugs: options.oldSlugs, listLocales });
  return {
    // A page of the site is listed in the menus of every public page (lib/public/site.ts).
    tags: page ? [...tags, publicTags.all] : tags,
    immediate: options.immediate ?? false,
  };
}
