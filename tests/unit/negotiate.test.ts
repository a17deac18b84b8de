import { afterEach, describe, expect, it } from 'vitest';
import { negotiateLocale } from '@/i18n/negotiate';

describe('locale negotiation for pages outside a language', () => {
  afterEach(() => {
    delete process.env.DEFAULT_LOCALE;
  });

  it('prefers the NEXT_LOCALE cookie', () => {
    expect(negotiateLocale('tk', 'en-US,en;q=0.9')).toBe('tk');
  });

  it('then the best Accept-Language entry we speak, by quality', () => {
    expect(negotiateLocale(undefined, 'de-DE,de;q=0.9,en;q=0.5,ru;q=0.8')).toBe('ru');
    expect(negotiateLocale(undefined, 'tk-TM')).toBe('tk');
    expect(negotiateLocale('xx', 'en-GB')).toBe('en');
  });

  it('then DEFAULT_LOCALE, then Russian', () => {
    expect(negotiateLocale(undefined, 'de, fr;q=0.5')).toBe('ru');
    process.env.DEFAULT_LOCALE = 'en';
    expect(negotiateLocale(undefined, null)).toBe('en');
  });
});
