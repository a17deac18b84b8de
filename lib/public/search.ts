import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/i18n/routing';
import { Prisma } from '@/lib/generated/prisma/client';
import { escapeHtml } from '@/lib/render/html';
import { MAX_QUERY_LENGTH, type SearchResult } from '@/lib/render/page-data';
import { coversOf, PAGE_SIZE } from './queries';

const START = '\u0002';
const STOP = '\u0003';

export function normalizeQuery(raw: string | null): { query: string; truncated: boolean } {
  // Control characters (our snippet markers among them) never reach the database.
  // Runs of minus signs (negations) overflow websearch_to_tsquery's parser ("tsquery stack too small"): a run before
  // a word negates it once, a minus before nothing negates nothing.
  const cleaned = (raw ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/-+(?=[\p{L}\p{N}"])/gu, '-')
    .replace(/-+(?![\p{L}\p{N}"])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > MAX_QUERY_LENGTH
    ? { query: cleaned.slice(0, MAX_QUERY_LENGTH), truncated: true }
    : { query: cleaned, truncated: false };
}

function isOtherScript(locale: Locale, query: string): boolean {
  const cyrillic = /\p{Script=Cyrillic}/u.test(query);
  const latin = /\p{Script=Latin}/u.test(query);
  return locale === 'ru' ? latin && !cyrillic : cyrillic && !latin;
}

/**
 * The snippet as HTML: matches marked, and an ellipsis where the text goes on before or after it (ts_headline cuts
 * at word boundaries but says nothing about it), without a dangling comma or colon before the ellipsis.
 */
export function snippetToHtml(snippet: string, text: { head: string; tail: string }): string {
  const plain = (value: string) =>
    value
      .replace(/[\u0002\u0003]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const body = snippet.trim();
  const clean = plain(body);
  const startsText = plain(text.head).startsWith(clean.slice(0, Math.min(clean.length, 24)));
  const endsText = plain(text.tail).endsWith(clean.slice(-Math.min(clean.length, 24)));
  const trimmed = endsText ? body : body.replace(/[\s,;:\u2013\u2014-]+$/u, '');
  const marked = escapeHtml(trimmed).replaceAll(START, '<mark>').replaceAll(STOP, '</mark>');
  return `${startsText ? '' : '… '}${marked}${endsText ? '' : ' …'}`;
}

/**
 * Full-text search over the published translations of one language (articles and the site's pages: a reader
 * looking for "contact" or "Signal" should find the Contact page), ranked (title over summary over body), with
 * highlighted snippets. The query goes through websearch_to_tsquery, which accepts any input without syntax errors.
 */
export async function searchArticles(locale: Locale, rawQuery: string | null, page: number): Promise<SearchResult> {
  const { query, truncated } = normalizeQuery(rawQuery);
  const empty = { query, truncated, otherScript: false, items: [], total: 0, page, pageCount: 1 };
  if (!query) return empty;
  const otherScript = isOtherScript(locale, query);
  const tsquery = Prisma.sql`websearch_to_tsquery(habar_search_config(${locale}::"Locale"), ${query})`;
  const where = Prisma.sql`t.locale = ${locale}::"Locale" AND t.status = 'published' AND t."publishedAt" IS NOT NULL
    AND a."deletedAt" IS NULL AND t."searchVector" @@ ${tsquery}`;
  const [countRow] = await db().$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM "ArticleTranslation" t JOIN "Article" a ON a.id = t."articleId" WHERE ${where}`;
  const total = Number(countRow?.total ?? 0);
  if (total === 0) return { ...empty, otherScript };
  const options = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … "`;
  const rows = await db().$queryRaw<
    {
      articleId: string;
      kind: 'article' | 'page';
      slug: string;
      title: string;
      publishedAt: Date;
      snippet: string;
      head: string;
      tail: string;
    }[]
  >`
    SELECT t."articleId", a.kind::text AS kind, t.slug, t.title, t."publishedAt",
      ts_headline(habar_search_config(${locale}::"Locale"), t.summary || ' ' || habar_body_text(t.body), ${tsquery}, ${options}) AS snippet,
      left(t.summary || ' ' || habar_body_text(t.body), 200) AS head,
      right(t.summary || ' ' || habar_body_text(t.body), 200) AS tail
    FROM "ArticleTranslation" t JOIN "Article" a ON a.id = t."articleId"
    WHERE ${where}
    ORDER BY ts_rank(t."searchVector", ${tsquery}) DESC, t."publishedAt" DESC, t.id
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  const covers = await coversOf(
    locale,
    rows.map((row) => row.articleId),
  );
  return {
    query,
    truncated,
    otherScript,
    items: rows.map((row) => ({
      kind: row.kind,
      slug: row.slug,
      title: row.title,
      publishedAt: row.publishedAt,
      cover: covers.get(row.articleId) ?? null,
      snippetHtml: snippetToHtml(row.snippet, row),
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
