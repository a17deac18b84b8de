import 'server-only';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { failed, type ActionResult } from '../action-result';
import { fieldKey, TAXONOMY_LIMITS, type TextField } from './fields';
import type { TaxonomyDeleteResult, TaxonomyWriteResult, TranslationsInput } from './translations';

/**
 * The server actions' side of the taxonomy forms: one flat form field per language and field (`name.ru`), checked
 * for shape and length by zod (codes as messages), then regrouped per language for the data layer, which checks
 * the rest (a name per filled language, slugs, at least one language).
 */
export function translationShape<F extends TextField>(fields: readonly F[]) {
  return Object.fromEntries(
    routing.locales.flatMap((locale) =>
      fields.map((field) => [
        fieldKey(field, locale),
        z
          .string({ error: 'invalid' })
          .trim()
          .max(TAXONOMY_LIMITS[field], field === 'slug' ? 'slug-invalid' : 'text-too-long')
          .default(''),
      ]),
    ),
  ) as Record<string, z.ZodDefault<z.ZodString>>;
}

/** The parsed form fields regrouped per language, as the data layer takes them. */
export function translationsFrom<F extends TextField>(
  fields: readonly F[],
  data: Record<string, unknown>,
): TranslationsInput<F> {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return Object.fromEntries(
    routing.locales.map((locale) => [
      locale,
      Object.fromEntries(fields.map((field) => [field, text(data[fieldKey(field, locale)])])),
    ]),
  );
}

/** A refused write as the action's typed result (field errors are codes, keyed by form field). */
export function refusal(
  result: Exclude<TaxonomyWriteResult | TaxonomyDeleteResult, { ok: true }>,
): ActionResult<never> {
  return result.error === 'invalid' ? failed('invalid', result.fieldErrors) : failed(result.error);
}
