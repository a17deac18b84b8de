import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { recordAudit, type AuditContext } from '@/lib/workspace/audit';
import { normalizeSegment, sentences } from './blocks';
import { rememberArticle } from './memory';
import type { MemoryMatch } from './types';

/** Matches below this trigram similarity are not offered (pg_trgm's scale, 0–1). */
export const FUZZY_THRESHOLD = 0.5;
/** The longest segment looked up (a block longer than this is matched by its sentences only). */
export const MAX_QUERY_CHARS = 5000;
const MAX_SENTENCES = 12;
const MAX_MATCHES = 8;

interface Row {
  source: string;
  target: string;
  score: number;
  articleTitle: string | null;
}

/**
 * Exact and fuzzy matches from the memory for one source segment (a block) and for each of its sentences, from other
 * articles and imported units: trigram similarity (pg_trgm) on the GIN index, best first. An exact match is the
 * same text (whitespace aside) and scores 100; the others show their similarity in percent.
 */
export async function memoryMatches(
  actor: Actor,
  input: { articleId: string; sourceLocale: Locale; targetLocale: Locale; text: string },
): Promise<MemoryMatch[]> {
  authorize(actor, 'edit:translation:own-languages', { locale: input.targetLocale });
  const block = normalizeSegment(input.text);
  if (!block || input.sourceLocale === input.targetLocale) return [];
  const parts = sentences(block, input.sourceLocale);
  const queries = [
    ...(block.length <= MAX_QUERY_CHARS ? [block] : []),
    ...(parts.length > 1 ? parts.slice(0, MAX_SENTENCES).filter((part) => part.length <= MAX_QUERY_CHARS) : []),
  ];
  const found = new Map<string, MemoryMatch>();
  await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(FUZZY_THRESHOLD)}, true)`;
    for (const query of queries) {
      const rows = await tx.$queryRaw<Row[]>`
        SELECT s.text AS source, t.text AS target, similarity(s.text, ${query})::float8 AS score,
          (SELECT x.title FROM "ArticleTranslation" x
            WHERE x."articleId" = u."articleId" AND x.locale = ${input.sourceLocale}::"Locale") AS "articleTitle"
        FROM "MemoryVariant" s
        JOIN "MemoryVariant" t ON t."unitId" = s."unitId" AND t.locale = ${input.targetLocale}::"Locale"
        JOIN "MemoryUnit" u ON u.id = s."unitId"
        LEFT JOIN "Article" a ON a.id = u."articleId"
        WHERE s.locale = ${input.sourceLocale}::"Locale" AND s.text % ${query}
          AND (u."articleId" IS NULL OR (u."articleId" <> ${input.articleId} AND a."deletedAt" IS NULL))
        ORDER BY score DESC, length(t.text)
        LIMIT ${MAX_MATCHES}`;
      for (const row of rows) {
        const exact = row.source === query;
        // Punctuation alone can give a similarity of 1: only the same text is called exact.
        const score = exact ? 100 : Math.min(99, Math.round(row.score * 100));
        const key = `${row.source}\u0000${row.target}`;
        const known = found.get(key);
        if (!known || known.score < score) found.set(key, { ...row, score, exact });
      }
    }
  });
  return [...found.values()].sort((a, b) => b.score - a.score).slice(0, MAX_MATCHES);
}

/** How many units the memory holds, by origin and language pair. */
export async function memoryStats(actor: Actor): Promise<{
  units: number;
  imported: number;
  pairs: { source: Locale; target: Locale; count: number }[];
}> {
  authorize(actor, 'read:workspace');
  const [units, imported, pairs] = await Promise.all([
    db().memoryUnit.count(),
    db().memoryUnit.count({ where: { origin: 'imported' } }),
    db().$queryRaw<{ source: Locale; target: Locale; count: bigint }[]>`
      SELECT a.locale AS source, b.locale AS target, count(*) AS count
      FROM "MemoryVariant" a JOIN "MemoryVariant" b ON b."unitId" = a."unitId" AND a.locale < b.locale
      GROUP BY a.locale, b.locale ORDER BY a.locale, b.locale`,
  ]);
  return { units, imported, pairs: pairs.map((pair) => ({ ...pair, count: Number(pair.count) })) };
}

/**
 * Aligns every article again from its published languages (after an upgrade, or to undo a mistaken import of article
 * pairs); imported units stay. Audited; each article in its own transaction.
 */
export async function rebuildMemory(actor: Actor & AuditContext): Promise<{ articles: number; units: number }> {
  authorize(actor, 'manage:translation-memory');
  const articles = await db().article.findMany({ where: { deletedAt: null }, select: { id: true } });
  let units = 0;
  for (const { id } of articles) {
    units += await db().$transaction((tx) => rememberArticle(tx, id), { maxWait: 15_000, timeout: 60_000 });
  }
  await db().$transaction((tx) =>
    recordAudit(tx, actor, 'memory.rebuilt', { type: 'memory', id: '' }, { articles: articles.length, units }),
  );
  return { articles: articles.length, units };
}
