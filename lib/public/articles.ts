import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/i18n/routing';

/**
 * Reads for the public site. Only published translations of articles outside the trash, in the page's own language:
 * another language's text is never returned under this language.
 */
const publishedIn = (locale: Locale) =>
  ({ locale, status: 'published', publishedAt: { not: null }, article: { deletedAt: null } }) as const;

export const PAGE_SIZE = 10;

export interface ArticleSummary {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
}

export interface ArticlePage {
  items: ArticleSummary[];
  page: number;
  pageCount: number;
  total: number;
}

export async function listPublishedArticles(locale: Locale, page: number): Promise<ArticlePage> {
  const where = publishedIn(locale);
  const [total, rows] = await Promise.all([
    db().articleTranslation.count({ where }),
    db().articleTranslation.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { slug: true, title: true, summary: true, publishedAt: true },
    }),
  ]);
  return {
    items: rows.map((row) => ({ ...row, publishedAt: row.publishedAt as Date })),
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    total,
  };
}

export interface PublishedArticle {
  title: string;
  summary: string;
  bodyHtml: string;
  publishedAt: Date;
  category: { name: string; slug: string } | null;
  tags: { name: string; slug: string }[];
  authors: { name: string; isPenName: boolean }[];
  /** The same article in the other languages where it is published. */
  otherLanguages: { locale: Locale; slug: string; title: string }[];
}

export async function getPublishedArticle(locale: Locale, slug: string): Promise<PublishedArticle | null> {
  const row = await db().articleTranslation.findFirst({
    where: { ...publishedIn(locale), slug },
    select: {
      title: true,
      summary: true,
      bodyHtml: true,
      publishedAt: true,
      article: {
        select: {
          category: { select: { translations: { where: { locale }, select: { name: true, slug: true } } } },
          tags: {
            select: { tag: { select: { translations: { where: { locale }, select: { name: true, slug: true } } } } },
          },
          authors: {
            orderBy: { position: 'asc' },
            select: {
              author: {
                select: { isPenName: true, translations: { where: { locale }, select: { name: true } } },
              },
            },
          },
          translations: {
            where: { status: 'published', publishedAt: { not: null }, locale: { not: locale } },
            orderBy: { locale: 'asc' },
            select: { locale: true, slug: true, title: true },
          },
        },
      },
    },
  });
  if (!row) return null;
  const { article } = row;
  return {
    title: row.title,
    summary: row.summary,
    bodyHtml: row.bodyHtml,
    publishedAt: row.publishedAt as Date,
    category: article.category?.translations[0] ?? null,
    tags: article.tags.flatMap(({ tag }) => tag.translations),
    authors: article.authors.flatMap(({ author }) =>
      author.translations.map((translation) => ({ name: translation.name, isPenName: author.isPenName })),
    ),
    otherLanguages: article.translations,
  };
}
