/** Shapes the redirects page shares between server and browser (no server imports here). */
import type { Locale } from '@/i18n/routing';

export type RedirectSource = 'manual' | 'csv' | 'wordpress';

export interface RedirectRow {
  id: string;
  fromPath: string;
  /** Where it answers now: a path, an article in a language, or a media file. */
  target:
    | { kind: 'path'; path: string }
    | { kind: 'article'; locale: Locale; title: string; articleId: string; live: boolean }
    | { kind: 'media'; name: string };
  source: RedirectSource;
  hits: number;
  lastHitAt: Date | null;
  createdAt: Date;
}

/** Why an old address or a line of a CSV file was refused. */
export type RedirectRefusal =
  'bad-from' | 'reserved-from' | 'bad-to' | 'exists' | 'loop' | 'chain-to-redirect' | 'chain-from-target';

export interface CsvImportResult {
  added: number;
  refused: { line: number; error: RedirectRefusal | 'bad-line' }[];
}

export const REDIRECTS_PAGE_SIZE = 50;
/** A CSV file of redirects: at most this many lines and bytes. */
export const CSV_MAX_LINES = 20_000;
export const CSV_MAX_BYTES = 2 * 1024 * 1024;
