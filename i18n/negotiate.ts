import { isLocale, routing, type Locale } from './routing';

/** DEFAULT_LOCALE as a locale (the env module validates it at start-up; this is only the fallback). */
export function parseDefaultLocale(value: string | undefined): Locale {
  return isLocale(value) ? value : routing.defaultLocale;
}

/**
 * The reader's language for pages outside a locale (the global 404): the NEXT_LOCALE cookie, then the first
 * Accept-Language entry we speak, then the default.
 */
export function negotiateLocale(cookieLocale: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookieLocale)) return cookieLocale;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.find((param) => param.trim().startsWith('q='))?.split('=')[1] ?? 1);
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.language).find(isLocale) ?? parseDefaultLocale(process.env.DEFAULT_LOCALE);
}
