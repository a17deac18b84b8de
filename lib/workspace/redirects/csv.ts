/**
 * Reads a CSV file of redirects: `old path,new path` per line, comma- or semicolon-separated, fields optionally in
 * double quotes (RFC 4180, `""` for a quote), an optional header line, blank lines and `#` comments ignored. Pure.
 */
import { CSV_MAX_LINES } from './types';

export type CsvLine = { line: number; from: string; to: string } | { line: number; error: 'bad-line' };

function fields(text: string): string[] | null {
  const out: string[] = [];
  let at = 0;
  while (at <= text.length) {
    if (text[at] === '"') {
      let value = '';
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) return null;
        value += text.slice(at, quote);
        at = quote + 1;
        if (text[at] === '"') {
          value += '"';
          at++;
        } else break;
      }
      out.push(value);
      while (text[at] === ' ') at++;
      if (at < text.length && text[at] !== ',' && text[at] !== ';') return null;
      at++;
    } else {
      const next = text.slice(at).search(/[,;]/);
      const end = next < 0 ? text.length : at + next;
      out.push(text.slice(at, end).trim());
      at = end + 1;
    }
  }
  return out;
}

export function parseRedirectCsv(text: string): CsvLine[] | 'too-many-lines' {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  if (lines.length > CSV_MAX_LINES + 1) return 'too-many-lines';
  const result: CsvLine[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const parts = fields(trimmed);
    if (!parts || parts.length !== 2 || !parts[0] || !parts[1]) {
      result.push({ line, error: 'bad-line' });
      return;
    }
    const [from, to] = parts as [string, string];
    // A header ("old path,new path", "from;to"): its first field is not an address.
    if (index === 0 && !/^(?:\/|https?:\/\/)/i.test(from)) return;
    result.push({ line, from, to });
  });
  return result;
}
