/**
 * Cheap routing only, never authorization: the bare `/` is negotiated (NEXT_LOCALE cookie, then Accept-Language, then
 * DEFAULT_LOCALE) and redirected to `/{locale}`. It runs nowhere else: every other public URL names its language,
 * and a proxy hop on every cached page would cost a third of its throughput (docs/benchmarks.md). URLs with an
 * unknown language are answered by the route handlers (a 404 in the reader's language).
 */
import createMiddleware from 'next-intl/middleware';
import { parseDefaultLocale } from '@/i18n/negotiate';
import { routing } from '@/i18n/routing';

export default createMiddleware({ ...routing, defaultLocale: parseDefaultLocale(process.env.DEFAULT_LOCALE) });

export const config = { matcher: ['/'] };
