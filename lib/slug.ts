/**
 * ASCII slugs for every language. Russian Cyrillic follows ICAO Doc 9303 (the table used in Russian passports since
 * 2013, pure ASCII, no apostrophes); Turkmen Latin letters are folded to their base letter (ç→c, ä→a, ž→z, ň→n, ö→o,
 * ş→s, ü→u, ý→y) and the Turkmen Cyrillic letters map the same way through their Latin counterparts
 * (җ→j, ң→n, ө→o, ү→u, ә→a). Anything else loses its diacritics; what is left outside [a-z0-9] becomes a hyphen.
 */
// prettier-ignore
const cyrillic: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
  // Turkmen Cyrillic (pre-1993 orthography, still found in names and quotes)
  җ: 'j', ң: 'n', ө: 'o', ү: 'u', ә: 'a',
  // Neighbouring Cyrillic alphabets that appear in regional reporting
  і: 'i', ї: 'i', є: 'e', ґ: 'g', ў: 'u', қ: 'q', ғ: 'g', ҳ: 'h', ұ: 'u', һ: 'h',
};

// prettier-ignore
const latinFolds: Record<string, string> = { ç: 'c', ä: 'a', ž: 'z', ň: 'n', ö: 'o', ş: 's', ü: 'u', ý: 'y', ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ı: 'i' };

export const MAX_SLUG_LENGTH = 80;

/** Transliterates and folds text to lowercase ASCII words joined by hyphens; may be empty. */
export function slugify(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').toLowerCase()) {
    out += cyrillic[char] ?? latinFolds[char] ?? char;
  }
  out = out
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (out.length > MAX_SLUG_LENGTH) {
    const cut = out.slice(0, MAX_SLUG_LENGTH + 1);
    const lastHyphen = cut.lastIndexOf('-');
    out = (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/g, '');
  }
  return out;
}

/** Whether `value` is a slug as `slugify` makes them: lowercase ASCII words joined by single hyphens, not too long. */
export function isSlug(value: string): boolean {
  return value.length > 0 && value.length <= MAX_SLUG_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/** A slug that is never empty: falls back to `fallbackPrefix-<short id>` when the text has no letters or digits. */
export function slugOrFallback(text: string, id: string, fallbackPrefix = 'article'): string {
  return slugify(text) || `${fallbackPrefix}-${slugify(id).slice(-8) || 'x'}`;
}

/** Makes `slug` unique against `taken` by adding -2, -3, …  */
export function uniqueSlug(slug: string, taken: (candidate: string) => boolean): string {
  if (!taken(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug.slice(0, MAX_SLUG_LENGTH - String(n).length - 1)}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
