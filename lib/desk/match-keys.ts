import 'server-only';
import type { Locale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { KeyTable } from './glossary-match';

/** At most this many distinct words per call (a 200,000-character body has far fewer distinct words). */
const MAX_WORDS = 50_000;

/**
 * The match key of each word in a language, from the same text-search configuration that indexes the site
 * (migration 20261124221944_search): Russian and English stems, folded Turkmen. Stop words get an empty key.
 */
export async function matchKeys(locale: Locale, words: Iterable<string>): Promise<KeyTable> {
  const list = [...new Set(words)].slice(0, MAX_WORDS);
  if (!list.length) return new Map();
  const rows = await db().$queryRaw<{ word: string; key: string }[]>`
    SELECT w AS word,
      coalesce((SELECT string_agg(lexeme, ' ') FROM unnest(to_tsvector("habar_search_config"(${locale}::"Locale"), w))), '') AS key
    FROM unnest(${list}::text[]) AS w`;
  return new Map(rows.map((row) => [row.word, row.key]));
}
