import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/i18n/routing';
import type { Feed, SitemapData } from '@/lib/render/page-data';

/** Reads for feeds and sitemaps: published translations only, like the pages. */
export const FEED_SIZE = 20;

/** The latest published translations of one language, optionally of one category (null if it has no such slug). */
export async function feedData(locale: Locale, categorySlug?: string): Promise<Feed | null> {
  let categoryId: string | undefined;
  let title: string | null = null;
  if (categorySlug) {
    const category = await db().categoryTranslation.findUnique({
      where: { locale_slug: { locale, slug: categorySlug } },
      select: { categoryId: true, name: true },
    });
    if (!category) return null;
    categoryId = category.categoryId;
    title = category.name;
  }
  const rows = await db().articleTranslation.findMany({
    where: {
      locale,
      status: 'published',
      publishedAt: { not: null },
      // Feeds carry articles only: pages (About, Contact) are not news.
      article: { deletedAt: null, kind: 'article', ...(categoryId ? { categoryId } : {}) },
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: FEED_SIZE,
    select: {
      slug: true,
      title: true,
      summary: true,
      bodyHtml: true,
      publishedAt: true,
      updatedAt: true,
      article: {
        select: {
          category: { select: { translations: { where: { locale }, select: { name: true } } } },
          authors: {
            orderBy: { position: 'asc' },
            select: { author: { select: { translations: { where: { locale }, select: { name: true } } } } },
          },
        },
      },
    },
  });
  return {
    title,
    categorySlug: categorySlug ?? null,
    items: rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      bodyHtml: row.bodyHtml,
      publishedAt: row.publishedAt as Date,
      updatedAt: row.updatedAt,
      authors: row.article.authors.flatMap(({ author }) => author.translations.map((name) => name.name)),
      category: row.article.category?.translations[0]?.name ?? null,
    })),
  };
}

export async function sitemapData(): Promise<SitemapData> {
  const ofKind = (kind: 'article' | 'page') =>
    db().articleTranslation.findMany({
      where: { status: 'published', publishedAt: { not: null }, article: { deletedAt: null, kind } },
      orderBy: [{ articleId: 'asc' }, { locale: 'asc' }],
      select: { locale: true, slug: true, updatedAt: true, articleId: true },
    });
  const [articles, pages, categories, tags, authors] = await Promise.all([
    ofKind('article'),
    ofKind('page'),
    db().categoryTranslation.findMany({ select: { locale: true, slug: true, categoryId: true } }),
    db().tagTranslation.findMany({ select: { locale: true, slug: true, tagId: true } }),
    db().authorTranslation.findMany({ select: { locale: true, slug: true, authorId: true } }),
  ]);
  return { articles, pages, categories, tags, authors };
}
