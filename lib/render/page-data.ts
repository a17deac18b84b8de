/**
 * What the public templates render: the data the public site's queries (lib/public/) produce and the templates
 * (lib/render/) take, and the limits both sides share. Types and constants only, so either side imports it and
 * neither imports the other's types.
 */
import type { Locale } from '@/i18n/routing';
import type { StoredIdentity } from '@/lib/site/identity';

/** An image with its WebP variants (lib/media/variants.ts), for `srcset`; alt text in the page's language. */
export interface Picture {
  path: string;
  width: number | null;
  height: number | null;
  alt: string;
  variants: { path: string; width: number; height: number }[];
}

export interface ArticleCard {
  articleId: string;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  category: { name: string; slug: string } | null;
  cover: Picture | null;
}

/** Around every page: the site's identity and the pages listed in its masthead and footer, all languages. */
export interface SiteData {
  identity: StoredIdentity;
  socialImage: { path: string; width: number | null; height: number | null; alt: Record<Locale, string> } | null;
  pages: { locale: Locale; slug: string; title: string; placement: 'masthead' | 'footer' }[];
  /** The categories in the editors' order, named per language: the masthead's sections. */
  sections: { locale: Locale; slug: string; name: string }[];
  /** Changes whenever any of the above does. */
  stamp: string;
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export interface HomeData extends Paged<ArticleCard> {
  /** First page only: the story pinned to this language's home page, else the newest one (then not in `items`). */
  lead: ArticleCard | null;
  pinned: boolean;
  /** Newest articles per category not shown above (first page only), categories in their editorial order. */
  sections: { name: string; slug: string; items: ArticleCard[] }[];
}

export interface ArticleData {
  articleId: string;
  /** A page (About, Contact) has no date, category, byline or feed entry and lives at /{locale}/pages/{slug}. */
  kind: 'article' | 'page';
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
  authors: { id: string; name: string; slug: string; isPenName: boolean }[];
  cover: (Picture & { caption: string; credit: string }) | null;
  /** Every language where this article is published, this one included. */
  published: { locale: Locale; slug: string; title: string }[];
  /** Other articles in this language on the same subject (shared tags, then the same category). */
  related: ArticleCard[];
}

export interface AuthorData extends Paged<ArticleCard> {
  id: string;
  name: string;
  bio: string;
  isPenName: boolean;
  /** This author's page in every language that names them. */
  slugs: { locale: Locale; slug: string }[];
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
  pages: { locale: Locale; slug: string; updatedAt: Date; articleId: string }[];
  authors: { locale: Locale; slug: string; authorId: string }[];
  categories: { locale: Locale; slug: string; categoryId: string }[];
  tags: { locale: Locale; slug: string; tagId: string }[];
}

export interface SearchHit {
  kind: 'article' | 'page';
  slug: string;
  title: string;
  publishedAt: Date;
  cover: Picture | null;
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
