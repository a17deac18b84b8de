import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { env } from '@/lib/env';
import { formats } from './formats';
import { loadMessages } from './messages';
import { routing } from './routing';

/**
 * Public pages name their language in the URL. The workspace (`/admin`) has none: its language is the user's
 * preference, then the cookie, then Accept-Language, and its time zone the user's own, else the site's
 * (lib/workspace/locale.ts, decision 011).
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  if (hasLocale(routing.locales, requested)) {
    return { locale: requested, messages: await loadMessages(requested), timeZone: env().SITE_TIME_ZONE, formats };
  }
  const { workspaceLocale, workspaceTimeZone } = await import('@/lib/workspace/locale');
  const [locale, timeZone] = await Promise.all([workspaceLocale(), workspaceTimeZone()]);
  return { locale, messages: await loadMessages(locale), timeZone, formats };
});
