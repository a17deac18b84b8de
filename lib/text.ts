/**
 * Text as PostgreSQL can store it: no NUL characters (text and jsonb refuse them) and no unpaired surrogates
 * (not valid UTF-8), whatever a paste or a hostile client sends.
 */
export function storableText(text: string): string {
  return text.replace(/\u0000/g, '').toWellFormed();
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
