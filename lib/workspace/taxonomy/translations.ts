import 'server-only';
import { randomBytes } from 'node:crypto';
import { routing, type Locale } from '@/i18n/routing';
import { isUniqueViolation } from '@/lib/db/errors';
import { isSlug, slugOrFallback } from '@/lib/slug';
import { fieldKey, pickName, TAXONOMY_LIMITS, type TextField } from './fields';

/**
 * What categories, tags and authors share: text per language (one row per language, decision 002), checked and
 * compared here; the modules next to this one write it. Nothing here authorizes: it is not an operation.
 */

/** What a form sends for each language; a language whose fields are all blank is absent. */
export type TranslationsInput<F extends TextField> = Partial<Record<Locale, Partial<Record<F, string>>>>;

/** Checked text per language, slugs settled; only the languages that are filled in. */
export type Translations<F extends TextField> = Partial<Record<Locale, Record<F, string>>>;

export type FieldErrors = Record<string, string>;

/** One language's row as written: its locale and its fields. */
export type TranslationRow<F extends TextField> = { locale: Locale } & Record<F, string>;

/** The texts of a form, checked: settled per language, or the errors per form field. */
export type CheckedTranslations<F extends TextField> =
  { ok: true; translations: Translations<F> } | { ok: false; fieldErrors: FieldErrors };

/** The outcome of a create or update: which languages' public pages changed (for revalidation), or why not. */
export type TaxonomyWriteResult =
  | { ok: true; id: string; locales: Locale[] }
  | { ok: false; error: 'invalid'; fieldErrors: FieldErrors }
  | { ok: false; error: 'not-found' };

export type TaxonomyDeleteResult = { ok: true; id: string; locales: Locale[] } | { ok: false; error: 'not-found' };

/**
 * Trims each language's fields and checks them: a language with any field filled needs a name; texts within their
 * limits; a slug typed by hand must be lowercase ASCII words joined by single hyphens (it is lower-cased first), and
 * an empty one is proposed from the name. At least one language must be filled. Errors are codes per form field.
 */
export function checkTranslations<F extends TextField>(
  fields: readonly F[],
  input: TranslationsInput<F>,
  slugPrefix: string,
): CheckedTranslations<F> {
  const translations: Translations<F> = {};
  const fieldErrors: FieldErrors = {};
  let filled = 0;
  for (const locale of routing.locales) {
    const values = {} as Record<F, string>;
    for (const field of fields) values[field] = (input[locale]?.[field] ?? '').trim();
    const text: Partial<Record<TextField, string>> = values;
    if (fields.every((field) => values[field] === '')) continue;
    filled++;
    const name = text.name ?? '';
    if (!name) fieldErrors[fieldKey('name', locale)] = 'required';
    for (const field of fields) {
      if (field !== 'slug' && values[field].length > TAXONOMY_LIMITS[field]) {
        fieldErrors[fieldKey(field, locale)] = 'text-too-long';
      }
    }
    if (fields.includes('slug' as F)) {
      const typed = (text.slug ?? '').toLowerCase();
      const slug = typed || (name ? slugOrFallback(name, randomBytes(6).toString('hex'), slugPrefix) : '');
      if (typed && (typed.length > TAXONOMY_LIMITS.slug || !isSlug(typed))) {
        fieldErrors[fieldKey('slug', locale)] = 'slug-invalid';
      }
      text.slug = slug;
    }
    translations[locale] = values;
  }
  if (filled === 0) fieldErrors.translations = 'translation-required';
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, translations };
}

/** `slug-taken` for each language whose slug another entry of the same kind already uses in that language. */
export async function slugClashes(
  translations: Partial<Record<Locale, { slug?: string }>>,
  takenByAnother: (locale: Locale, slug: string) => Promise<boolean>,
): Promise<FieldErrors> {
  const fieldErrors: FieldErrors = {};
  for (const locale of routing.locales) {
    const slug = translations[locale]?.slug;
    if (slug && (await takenByAnother(locale, slug))) fieldErrors[fieldKey('slug', locale)] = 'slug-taken';
  }
  return fieldErrors;
}

/** Languages whose row appears, disappears or changes in any of `fields`. */
export function changedLocales<F extends TextField>(
  fields: readonly F[],
  before: readonly TranslationRow<F>[],
  after: Translations<F>,
): Locale[] {
  return routing.locales.filter((locale) => {
    const old = before.find((row) => row.locale === locale);
    const next = after[locale];
    if (!old || !next) return Boolean(old) !== Boolean(next);
    return fields.some((field) => old[field] !== next[field]);
  });
}

/** Rows to write for the filled languages, in the site's order. */
export function rowsOf<F extends TextField>(translations: Translations<F>): TranslationRow<F>[] {
  return routing.locales.flatMap((locale) => {
    const values = translations[locale];
    return values ? [{ locale, ...values }] : [];
  });
}

/** The languages of `rows`, in the site's order. */
export function localesOf(rows: readonly { locale: Locale }[]): Locale[] {
  return routing.locales.filter((locale) => rows.some((row) => row.locale === locale));
}

/** Stored rows (at most one per language) in the site's order. */
export function inSiteOrder<R extends { locale: Locale }>(rows: readonly R[]): R[] {
  return localesOf(rows).map((locale) => rows.find((row) => row.locale === locale) as R);
}

/** A label for the audit log (its `title` detail): the first name in the site's language order. */
export function auditTitle(rows: readonly { locale: Locale; name: string }[]): string {
  return pickName(rows, routing.locales[0])?.name ?? '';
}

/**
 * Runs a write whose slugs were checked just before; if a concurrent write took one of them in between, the unique
 * index refuses it and the refusal becomes the same field errors as a clash found by the check.
 */
export async function withSlugRace(
  write: () => Promise<TaxonomyWriteResult>,
  recheck: () => Promise<FieldErrors>,
): Promise<TaxonomyWriteResult> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const fieldErrors = await recheck();
    if (!Object.keys(fieldErrors).length) throw error;
    return { ok: false, error: 'invalid', fieldErrors };
  }
}

/**
 * A create or update of an entry (one without slugs, an author, never clashes): refused with the field errors if the texts do not
 * pass the check or another entry of the kind already has one of the slugs (`takenByAnother`, see `slugClashes`);
 * otherwise `write` runs with the rows of the filled languages, and a slug taken in the meantime is refused the same
 * way (see `withSlugRace`).
 */
export async function writeWithSlugs<F extends TextField>(
  checked: CheckedTranslations<F>,
  takenByAnother: (locale: Locale, slug: string) => Promise<boolean>,
  write: (translations: Translations<F>, rows: TranslationRow<F>[]) => Promise<TaxonomyWriteResult>,
): Promise<TaxonomyWriteResult> {
  if (!checked.ok) return { ok: false, error: 'invalid', fieldErrors: checked.fieldErrors };
  const { translations } = checked;
  const clashes = () => slugClashes(translations, takenByAnother);
  const taken = await clashes();
  if (Object.keys(taken).length) return { ok: false, error: 'invalid', fieldErrors: taken };
  const rows = rowsOf(translations);
  return withSlugRace(() => write(translations, rows), clashes);
}
