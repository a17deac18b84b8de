/**
 * Cheap routing only, never authorization:
 * - `/` is negotiated (NEXT_LOCALE cookie, then Accept-Language, then DEFAULT_LOCALE) and redirected to `/{locale}`;
 * - a path whose first segment is not one of our languages is rewritten under the negotiated language, where the
 *   catch-all answers with a localized 404;
 * - everything else passes untouched.
 */
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { negotiateLocale, parseDefaultLocale } from '@/i18n/negotiate';
import { isLocale, routing } from '@/i18n/routing';

const negotiateRoot = createMiddleware({ ...routing, defaultLocale: parseDefaultLocale(process.env.DEFAULT_LOCALE) });

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/') return negotiateRoot(request);
  if (isLocale(pathname.split('/')[1])) return NextResponse.next();
  const locale = negotiateLocale(request.cookies.get('NEXT_LOCALE')?.value, request.headers.get('accept-language'));
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${pathname}`;
  return NextResponse.rewrite(url);
}

export const config = { matcher: ['/((?!_next/|api/|admin(?:/|$)|.*\\..*).*)'] };
