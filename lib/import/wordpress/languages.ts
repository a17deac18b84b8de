/**
 * Which language each post is in and which posts are translations of each other: Polylang's taxonomies, WPML's
 * import meta, or the options for a site without either. Pure functions over the first pass's index.
 */
import { isLocale, type Locale } from '@/i18n/routing';
import { isPhpArray, phpUnserialize, PhpUnserializeError } from '../php-unserialize';

/** A WordPress language code (`en`, `en_US`, `ru-RU`, `tk`) as a Habar language, or null for any other language. */
export function habarLocale(code: string): Locale | null {
  const base = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(base) ? base : null;
}

export type TranslationGroupMap = { ok: true; members: Map<string, string> } | { ok: false; error: string };

/**
 * Polylang's `post_translations` term description: a PHP-serialized array `language code => post ID`. Strict: any
 * other shape (objects, references, nested arrays, IDs that are not positive integers) is an error, never guessed at.
 */
export function parseTranslationGroup(description: string): TranslationGroupMap {
  let value;
  try {
    value = phpUnserialize(description);
  } catch (error) {
    if (error instanceof PhpUnserializeError) return { ok: false, error: `malformed serialization (${error.message})` };
    throw error;
  }
  if (!isPhpArray(value)) return { ok: false, error: 'not a serialized array' };
  const members = new Map<string, string>();
  for (const [key, id] of value.entries) {
    if (typeof key !== 'string' || !/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?$/i.test(key)) {
      return { ok: false, error: `a key is not a language code (${String(key).slice(0, 20)})` };
    }
    const numeric = typeof id === 'number' ? id : typeof id === 'string' && /^\d{1,12}$/.test(id) ? Number(id) : NaN;
    if (!Number.isSafeInteger(numeric) || numeric <= 0) {
      return { ok: false, error: `the post ID for ${key} is not a positive integer` };
    }
    members.set(key, String(numeric));
  }
  return { ok: true, members };
}

/** `--category-language Русский=ru,English=en`: category name or slug → language. */
export function parseCategoryLanguages(option: string): Map<string, Locale> | string {
  const map = new Map<string, Locale>();
  for (const pair of option.split(',')) {
    if (!pair.trim()) continue;
    const at = pair.lastIndexOf('=');
    const name = pair.slice(0, at).trim().toLowerCase();
    const locale = pair.slice(at + 1).trim();
    if (at <= 0 || !name || !isLocale(locale)) return `--category-language: "${pair.trim()}" is not name=ru|tk|en`;
    map.set(name, locale);
  }
  return map;
}
