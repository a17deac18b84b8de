import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/i18n/routing';
import { Prisma } from '@/lib/generated/prisma/client';
import { escapeHtml } from '@/lib/render/html';
import { MAX_QUERY_LENGTH, type SearchResult } from '@/lib/render/page-data';
import { PAGE_SIZE } from './queries';

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

function snippetToHtml(snippet: string): string {
  return escapeHtml(snippet).replaceAll(START, '<mark>').replaceAll(STOP, '</mark>');
}

/**
 * Full-text search over the published translations of one language, ranked (title over summary over body), with
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
  const rows = await db().$queryRaw<{ slug: string; title: string; publishedAt: Date; snippet: string }[]>`
    SELECT t.slug, t.title, t."publishedAt",
      ts_headline(habar_search_config(${locale}::"Locale"), t.summary || ' ' || habar_body_text(t.body), ${tsquery}, ${options}) AS snippet
    FROM "ArticleTranslation" t JOIN "Article" a ON a.id = t."articleId"
    WHERE ${where}
    ORDER BY ts_rank(t."searchVector", ${tsquery}) DESC, t."publishedAt" DESC, t.id
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  return {
    query,
    truncated,
    otherScript,
    items: rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      publishedAt: row.publishedAt,
      snippetHtml: snippetToHtml(row.snippet),
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
