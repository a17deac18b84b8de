/**
 * Text as we store it: no control characters other than tab and newline (NUL cannot be stored by PostgreSQL at all;
 * the others are invisible, break feeds' XML and once surfaced as search-snippet markers), and no unpaired surrogates
 * (not valid UTF-8), whatever a paste or a hostile client sends. A carriage return goes too: lines end in \n.
 */
const unstorable = /[\u0000-\u0008\u000b-\u001f]/g;

export function storableText(text: string): string {
  return text.replace(unstorable, '').toWellFormed();
}

/** The same for every string inside a JSON value (the depth is already bounded by the caller's checks). */
export function storableJson(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storableJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), storableJson(item)]));
  }
  return value;
}
