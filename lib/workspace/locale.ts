import 'server-only';
import { cookies, headers } from 'next/headers';
import { negotiateLocale } from '@/i18n/negotiate';
import type { Locale } from '@/i18n/routing';
import { currentUser } from '@/lib/auth/current-session';
import { env } from '@/lib/env';

/** The workspace's time zone: the user's own choice, else the site's. */
export async function workspaceTimeZone(): Promise<string> {
  const user = await currentUser().catch(() => null);
  return user?.timeZone ?? env().SITE_TIME_ZONE;
}

/** The workspace's language: the user's own choice, then the NEXT_LOCALE cookie, then Accept-Language. */
export async function workspaceLocale(): Promise<Locale> {
  const user = await currentUser().catch(() => null);
  if (user?.interfaceLocale) return user.interfaceLocale;
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return negotiateLocale(cookieStore.get('NEXT_LOCALE')?.value, headerList.get('accept-language'));
}
