import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugOrFallback, slugify, uniqueSlug } from '@/lib/slug';

describe('slugify', () => {
  it.each([
    ['Реакция Туркменистана на демонстрации', 'reaktsiia-turkmenistana-na-demonstratsii'],
    ['Объявление: съезд, подъезд', 'obieiavlenie-sieezd-podieezd'],
    ['Мать и дочь', 'mat-i-doch'],
    ['Йошкар-Ола', 'ioshkar-ola'],
    ['Щедрость', 'shchedrost'],
    ['Ёлка и ещё', 'elka-i-eshche'],
    ['Юрий и Яна', 'iurii-i-iana'],
    ['Хлопок, цены', 'khlopok-tseny'],
    ['Türkmenistandan çykyp bildi', 'turkmenistandan-cykyp-bildi'],
    ['ýaşlar žurnalist ňöş ä', 'yaslar-zurnalist-nos-a'],
    ['ÇÄŽŇÖŞÜÝ', 'caznosuy'],
    ['җаң өмүр әлем', 'jan-omur-alem'],
    ['Гурбанов/Gurbanow: RU/TK', 'gurbanov-gurbanow-ru-tk'],
    ['  Many   spaces -- and dashes  ', 'many-spaces-and-dashes'],
    ['Crème brûlée in Zürich', 'creme-brulee-in-zurich'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('is pure ASCII whatever the input', () => {
    for (const text of ['Ашхабад 2021!', 'Aşgabat — ýyl', '«Кавычки» и “quotes”', '東京']) {
      expect(slugify(text)).toMatch(/^[a-z0-9-]*$/);
    }
  });

  it('gives an empty slug for punctuation only, and the fallback is never empty', () => {
    expect(slugify('!!! — ??? «»')).toBe('');
    expect(slugOrFallback('!!! — ???', 'clx9abcdef123456')).toBe('article-ef123456');
    expect(slugOrFallback('', '###')).toBe('article-x');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('очень '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((word) => word === 'ochen')).toBe(true);
  });

  it('uniqueSlug appends the first free number', () => {
    const taken = new Set(['news', 'news-2']);
    expect(uniqueSlug('news', (slug) => taken.has(slug))).toBe('news-3');
    expect(uniqueSlug('other', (slug) => taken.has(slug))).toBe('other');
  });
});
