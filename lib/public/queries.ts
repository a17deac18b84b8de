import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/i18n/routing';
import type { ArticleCard, ArticleData, HomeData, ListingData, Paged } from '@/lib/render/page-data';

/**
 * Reads for the public site: only published translations of articles outside the trash, each in its own language.
 * Another language's text is never returned for this language. Results are plain objects for the renderer.
 */
export const PAGE_SIZE = 10;

const publishedIn = (locale: Locale) =>
  ({ locale, status: 'published', publishedAt: { not: null }, article: { deletedAt: null } }) as const;

const cardSelect = (locale: Locale) =>
  ({
    slug: true,
    title: true,
    summary: true,
    publishedAt: true,
    article: {
      select: { category: { select: { translations: { where: { locale }, select: { name: true, slug: true } } } } },
    },
  }) as const;

type CardRow = {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  article: { category: { translations: { name: string; slug: string }[] } | null };
};

const toCard = (row: CardRow): ArticleCard => ({
  slug: row.slug,
  title: row.title,
  summary: row.summary,
  publishedAt: row.publishedAt as Date,
  category: row.article.category?.translations[0] ?? null,
});

async function pagedCards(
  locale: Locale,
  page: number,
  extra: { article?: { categoryId?: string; tags?: { some: { tagId: string } } } } = {},
): Promise<Paged<ArticleCard>> {
  const where = { ...publishedIn(locale), article: { deletedAt: null, ...extra.article } };
  const [total, rows] = await Promise.all([
    db().articleTranslation.count({ where }),
    db().articleTranslation.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: cardSelect(locale),
    }),
  ]);
  return { items: rows.map(toCard), page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), total };
}

export async function homeData(locale: Locale, page: number): Promise<HomeData> {
  const latest = await pagedCards(locale, page);
  if (page !== 1) return { ...latest, sections: [] };
  const categories = await db().category.findMany({
    orderBy: { position: 'asc' },
    select: {
      id: true,
      translations: { where: { locale }, select: { name: true, slug: true } },
    },
  });
  const sections = await Promise.all(
    categories.map(async (category) => {
      const name = category.translations[0];
      if (!name) return null;
      const rows = await db().articleTranslation.findMany({
        where: { ...publishedIn(locale), article: { deletedAt: null, categoryId: category.id } },
        orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
        take: 3,
        select: cardSelect(locale),
      });
      return rows.length > 0 ? { ...name, items: rows.map(toCard) } : null;
    }),
  );
  return { ...latest, sections: sections.filter((section) => section !== null) };
}

export type ArticleLookup =
  { kind: 'article'; article: ArticleData } | { kind: 'moved'; articleId: string; slug: string } | { kind: 'missing' };

const articleSelect = (locale: Locale) =>
  ({
    slug: true,
    title: true,
    summary: true,
    seoDescription: true,
    bodyHtml: true,
    coverAlt: true,
    publishedAt: true,
    updatedAt: true,
    article: {
      select: {
        id: true,
        category: {
          select: { id: true, translations: { where: { locale }, select: { name: true, slug: true } } },
        },
        tags: {
          select: {
            tag: { select: { id: true, translations: { where: { locale }, select: { name: true, slug: true } } } },
          },
        },
        authors: {
          orderBy: { position: 'asc' },
          select: {
            author: {
              select: { id: true, isPenName: true, translations: { where: { locale }, select: { name: true } } },
            },
          },
        },
        coverMedia: {
          select: {
            storagePath: true,
            width: true,
            height: true,
            translations: { where: { locale }, select: { alt: true } },
          },
        },
        translations: {
          where: { status: 'published', publishedAt: { not: null } },
          select: { locale: true, slug: true, title: true },
        },
      },
    },
  }) satisfies Prisma.ArticleTranslationSelect;

type ArticleRow = Prisma.ArticleTranslationGetPayload<{ select: ReturnType<typeof articleSelect> }>;

function toArticleData(locale: Locale, row: ArticleRow): { kind: 'article'; article: ArticleData } {
  const { article } = row;
  const categoryName = article.category?.translations[0];
  const cover = article.coverMedia;
  return {
    kind: 'article',
    article: {
      articleId: article.id,
      locale,
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      seoDescription: row.seoDescription,
      bodyHtml: row.bodyHtml,
      publishedAt: row.publishedAt as Date,
      updatedAt: row.updatedAt,
      category: article.category && categoryName ? { id: article.category.id, ...categoryName } : null,
      tags: article.tags.flatMap(({ tag }) => tag.translations.map((name) => ({ id: tag.id, ...name }))),
      authors: article.authors.flatMap(({ author }) =>
        author.translations.map((name) => ({ id: author.id, name: name.name, isPenName: author.isPenName })),
      ),
      cover: cover
        ? {
            path: cover.storagePath,
            alt: row.coverAlt ?? cover.translations[0]?.alt ?? '',
            width: cover.width,
            height: cover.height,
          }
        : null,
      published: article.translations,
    },
  };
}

export async function articleData(locale: Locale, slug: string): Promise<ArticleLookup> {
  const row = await db().articleTranslation.findFirst({
    where: { ...publishedIn(locale), slug },
    select: articleSelect(locale),
  });
  if (!row) {
    // An old slug of a translation that is still published here answers with a permanent redirect.
    const moved = await db().slugRedirect.findUnique({
      where: { locale_oldSlug: { locale, oldSlug: slug } },
      select: {
        translation: {
          select: { slug: true, status: true, articleId: true, article: { select: { deletedAt: true } } },
        },
      },
    });
    const target = moved?.translation;
    return target && target.status === 'published' && !target.article.deletedAt
      ? { kind: 'moved', articleId: target.articleId, slug: target.slug }
      : { kind: 'missing' };
  }
  return toArticleData(locale, row);
}

/**
 * A translation in any status, exactly as readers would see it once published: its working text (its unpublished
 * changes when it has any, decision 012), for the workspace's preview (which checks the session; readers cannot reach
 * it). Its publication date is "now" until it has one.
 */
export async function previewArticleData(
  articleId: string,
  locale: Locale,
): Promise<{ data: ArticleData; changes: boolean } | null> {
  const row = await db().articleTranslation.findFirst({
    where: { articleId, locale, article: { deletedAt: null } },
    select: {
      ...articleSelect(locale),
      workingCopy: {
        select: { slug: true, title: true, summary: true, seoDescription: true, bodyHtml: true, coverAlt: true },
      },
    },
  });
  if (!row) return null;
  const { workingCopy, ...live } = row;
  const { article } = toArticleData(locale, { ...live, ...workingCopy, publishedAt: row.publishedAt ?? new Date() });
  return { data: article, changes: Boolean(workingCopy) };
}

export async function categoryData(locale: Locale, slug: string, page: number): Promise<ListingData | null> {
  const found = await db().categoryTranslation.findUnique({
    where: { locale_slug: { locale, slug } },
    select: { name: true, category: { select: { id: true, translations: { select: { locale: true, slug: true } } } } },
  });
  if (!found) return null;
  const cards = await pagedCards(locale, page, { article: { categoryId: found.category.id } });
  return { ...cards, id: found.category.id, name: found.name, slugs: found.category.translations };
}

export async function tagData(locale: Locale, slug: string, page: number): Promise<ListingData | null> {
  const found = await db().tagTranslation.findUnique({
    where: { locale_slug: { locale, slug } },
    select: { name: true, tag: { select: { id: true, translations: { select: { locale: true, slug: true } } } } },
  });
  if (!found) return null;
  const cards = await pagedCards(locale, page, { article: { tags: { some: { tagId: found.tag.id } } } });
  return { ...cards, id: found.tag.id, name: found.name, slugs: found.tag.translations };
}
