import { notFoundFor } from '@/lib/public/serve';

/**
 * Any path that no page claims: the localized 404, status 404, no script; in the URL's language, or for an unknown
 * language prefix, in the reader's (cookie, Accept-Language, default).
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return notFoundFor((await params).locale, request);
}
