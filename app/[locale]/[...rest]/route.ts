import { isLocale, routing } from '@/i18n/routing';
import { notFoundDocument } from '@/lib/public/not-found-document';

/**
 * Any path under a language that no page claims: the localized 404 with status 404. (The proxy sends paths with an
 * unknown language here too, under the reader's negotiated language.) A route handler rather than notFound(): Next 16
 * serves an empty body for notFound() thrown during a page render (vercel/next.js#62228).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  const html = await notFoundDocument(isLocale(locale) ? locale : routing.defaultLocale);
  return new Response(html, {
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
}
