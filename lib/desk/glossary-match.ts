/**
 * Finding glossary terms in text, whatever form they take there. Words are compared by match key: PostgreSQL's
 * stemmers give the keys of Russian and English words ("Хельсинкского фонда" and "Хельсинкский фонд" both become
 * хельсинкск + фонд); Turkmen, which PostgreSQL cannot stem, is folded (ç ä ž ň ö ş ü ý, the `habar_turkmen`
 * configuration) and a text word matches a term word it begins with, since Turkmen inflects by suffixes
 * ("Aşgabatda", "ÝHHG-niň"). Stress marks and ё are ignored before any of that ("ОБСЕ́" is "ОБСЕ").
 * Pure: the keys themselves come from the database (lib/desk/match-keys.ts).
 */
import type { Locale } from '@/i18n/routing';

export interface Token {
  word: string;
  start: number;
  end: number;
}

/** Letters, digits and combining marks (a stress mark stays inside its word). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const STRESS = /[\u0300\u0301]/g;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** What is sent to the stemmer: without stress marks, ё as е (Russian texts use both). */
export function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(STRESS, '').normalize('NFC').replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/** word (normalized) → match key; an empty key is a stop word (skipped on both sides). */
export type KeyTable = ReadonlyMap<string, string>;

export interface TermForm {
  entryId: string;
  /** The keys of the form's words, stop words left out. */
  keys: string[];
}

export interface TermMatch {
  entryId: string;
  start: number;
  end: number;
}

/** The normalized words a set of texts needs keys for. */
export function wordsOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const token of tokenize(text)) words.add(normalizeWord(token.word));
  return words;
}

const keyOf = (table: KeyTable, word: string) => table.get(normalizeWord(word)) ?? normalizeWord(word).toLowerCase();

/** A term or variant as the sequence of its words' keys. */
export function formKeys(text: string, table: KeyTable): string[] {
  return tokenize(text)
    .map((token) => keyOf(table, token.word))
    .filter(Boolean);
}

/** Whether a word of the text is the term's word: equal keys, or for Turkmen a suffixed form of it. */
function sameWord(textKey: string, termKey: string, locale: Locale): boolean {
  if (textKey === termKey) return true;
  return locale === 'tk' && termKey.length >= 4 && textKey.startsWith(termKey);
}

/**
 * The occurrences of the forms in a text: left to right, the longest form at each place, never overlapping. Offsets
 * are in the text as given.
 */
export function findTerms(text: string, forms: readonly TermForm[], table: KeyTable, locale: Locale): TermMatch[] {
  const tokens = tokenize(text)
    .map((token) => ({ ...token, key: keyOf(table, token.word) }))
    .filter((token) => token.key);
  const matches: TermMatch[] = [];
  let index = 0;
  while (index < tokens.length) {
    let best: { form: TermForm; length: number } | null = null;
    for (const form of forms) {
      const length = form.keys.length;
      if (length === 0 || index + length > tokens.length || (best && best.length >= length)) continue;
      let all = true;
      for (let offset = 0; offset < length && all; offset++) {
        all = sameWord(tokens[index + offset]?.key ?? '', form.keys[offset] ?? '', locale);
      }
      if (all) best = { form, length };
    }
    if (best) {
      const first = tokens[index] as (typeof tokens)[number];
      const last = tokens[index + best.length - 1] as (typeof tokens)[number];
      matches.push({ entryId: best.form.entryId, start: first.start, end: last.end });
      index += best.length;
    } else index++;
  }
  return matches;
}
