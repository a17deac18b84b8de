import { createTranslator } from 'next-intl';
import { loadMessages, type Messages } from '@/i18n/messages';
import type { Locale } from '@/i18n/routing';

const translator = (locale: Locale, messages: Messages) => createTranslator({ locale, messages });

/** What every public template needs to speak one language: messages, dates and lists formatted for it. */
export interface PageContext {
  locale: Locale;
  t: ReturnType<typeof translator>;
  date(value: Date): string;
  list(items: string[]): string;
  /** Absolute URL of a site path, from PUBLIC_BASE_URL. */
  absolute(path: string): string;
}

export async function pageContext(locale: Locale, baseUrl: string, timeZone: string): Promise<PageContext> {
  const messages = await loadMessages(locale);
  const dates = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  });
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  const base = baseUrl.replace(/\/+$/, '');
  return {
    locale,
    t: translator(locale, messages),
    date: (value) => dates.format(value),
    list: (items) => lists.format(items),
    absolute: (path) => `${base}${path}`,
  };
}
