import { notFoundFor } from '@/lib/public/serve';

/**
 * Any path under a language that no page claims: the localized 404, status 404, no script. The proxy sends paths with
 * an unknown language here too, under the reader's negotiated language.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return notFoundFor((await params).locale);
}
