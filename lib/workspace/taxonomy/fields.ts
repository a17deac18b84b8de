/**
 * Categories, tags and authors as forms see them: the per-language fields, their limits and the names of their form
 * fields (`name.ru`, `slug.tk`, …). No server code here: the client forms import it too.
 */
import { routing, type Locale } from '@/i18n/routing';
import { MAX_SLUG_LENGTH } from '@/lib/slug';

export type TextField = 'name' | 'slug' | 'description' | 'bio';

export const categoryFields = ['name', 'slug', 'description'] as const;
export const tagFields = ['name', 'slug'] as const;
export const authorFields = ['name', 'slug', 'bio'] as const;

/** Longest accepted text per field, in characters; `position` is the largest category position. */
export const TAXONOMY_LIMITS = {
  name: 120,
  slug: MAX_SLUG_LENGTH,
  description: 1000,
  bio: 2000,
  position: 9999,
} as const;

/** One entry of a picker (the article editor's category, tag and author choices). */
export interface PickerOption {
  id: string;
  name: string;
  /** The language `name` is written in: another one when the requested language has no name. */
  locale: Locale;
}

/** The form field (and field-error key) of one language's field: `slug.ru`. */
export function fieldKey(field: TextField, locale: Locale): string {
  return `${field}.${locale}`;
}

/**
 * The name to show in `locale`, or in another language when that one has none (the first of ru, tk, en that has
 * one): with the language it is written in, so a page can mark it with `lang`.
 */
export function pickName(
  translations: readonly { locale: Locale; name: string }[],
  locale: Locale,
): { name: string; locale: Locale } | null {
  for (const candidate of [locale, ...routing.locales.filter((other) => other !== locale)]) {
    const found = translations.find((translation) => translation.locale === candidate && translation.name);
    if (found) return { name: found.name, locale: candidate };
  }
  return null;
}

/** Stored rows as a form's defaults, by language. */
export function defaultsOf<R extends { locale: Locale }>(
  rows: readonly R[],
): Partial<Record<Locale, Omit<R, 'locale'>>> {
  return Object.fromEntries(rows.map(({ locale, ...values }) => [locale, values]));
}
