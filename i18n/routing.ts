import { notFound } from 'next/navigation';
import { defineRouting } from 'next-intl/routing';

/** The one place that knows which languages Habar speaks. */
export const routing = defineRouting({
  locales: ['ru', 'tk', 'en'],
  defaultLocale: 'ru',
  // Public URLs always carry the language; `/` alone is negotiated by the proxy.
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}

/**
 * The `[locale]` segment of a public URL as a Locale. Layouts and pages render in parallel, so each one checks it:
 * an unknown language is a 404 before any query runs.
 */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

/** Language_TERRITORY tags for Open Graph (`og:locale`). */
export const openGraphLocale: Record<Locale, string> = { ru: 'ru_RU', tk: 'tk_TM', en: 'en_US' };
