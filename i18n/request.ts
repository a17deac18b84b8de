import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { env } from '@/lib/env';
import { loadMessages } from './messages';
import { routing } from './routing';

/**
 * Public pages name their language in the URL. The workspace (`/admin`) has none: its language is the user's
 * preference, then the cookie, then Accept-Language (lib/workspace/locale.ts).
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested)
    ? requested
    : await import('@/lib/workspace/locale').then((module) => module.workspaceLocale());
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: env().SITE_TIME_ZONE,
  };
});
