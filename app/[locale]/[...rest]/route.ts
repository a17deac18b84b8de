import { serveUnclaimed } from '@/lib/public/old-addresses';

/**
 * Any path that no page claims: an old address's permanent redirect (decision 020), or the localized 404, status
 * 404, no script; in the URL's language, or for an unknown language prefix, in the reader's (cookie,
 * Accept-Language, default).
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return serveUnclaimed(request, (await params).locale);
}
