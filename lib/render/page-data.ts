/**
 * What the public templates render: the data the public site's queries (lib/public/) produce and the templates
 * (lib/render/) take, and the limits both sides share. Types and constants only, so either side imports it and
 * neither imports the other's types.
 */
import type { Locale } from '@/i18n/routing';

export interface ArticleCard {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  category: { name: string; slug: string } | null;
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export interface HomeData extends Paged<ArticleCard> {
  /** Newest articles per category (first page only), categories in their editorial order. */
  sections: { name: string; slug: string; items: ArticleCard[] }[];
}

export interface ArticleData {
  articleId: string;
  locale: Locale;
  slug: string;
  title: string;
  summary: string;
  seoDescription: string;
  bodyHtml: string;
  publishedAt: Date;
  updatedAt: Date;
  category: { id: string; name: string; slug: string } | null;
  tags: { id: string; name: string; slug: string }[];
  authors: { id: string; name: string; isPenName: boolean }[];
  cover: { path: string; alt: string; width: number | null; height: number | null } | null;
  /** Every language where this article is published, this one included. */
  published: { locale: Locale; slug: string; title: string }[];
}

export interface ListingData extends Paged<ArticleCard> {
  id: string;
  name: string;
  /** The same category or tag in every language that names it. */
  slugs: { locale: Locale; slug: string }[];
}

export interface FeedItem {
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  publishedAt: Date;
  updatedAt: Date;
  authors: string[];
  category: string | null;
}

export interface Feed {
  title: string | null;
  categorySlug: string | null;
  items: FeedItem[];
}

export interface SitemapData {
  articles: { locale: Locale; slug: string; updatedAt: Date; articleId: string }[];
  categories: { locale: Locale; slug: string; categoryId: string }[];
  tags: { locale: Locale; slug: string; tagId: string }[];
}

export interface SearchHit {
  slug: string;
  title: string;
  publishedAt: Date;
  /** Escaped snippet with <mark> around the matched words. */
  snippetHtml: string;
}

export interface SearchResult {
  query: string;
  truncated: boolean;
  /** The query is written in another script than this language's texts (e.g. Latin on the Russian site). */
  otherScript: boolean;
  items: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
}

/** Longer queries are cut: nobody types more, and a huge tsquery only costs the database. */
export const MAX_QUERY_LENGTH = 200;
