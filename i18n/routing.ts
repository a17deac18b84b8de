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

/** Language_TERRITORY tags for Open Graph (`og:locale`). */
export const openGraphLocale: Record<Locale, string> = { ru: 'ru_RU', tk: 'tk_TM', en: 'en_US' };
