import 'server-only';
import { findRedirect } from './redirects';
import { notFoundFor } from './serve';

/**
 * Any public URL no page claims: a permanent redirect when it is a known old address (an imported WordPress
 * permalink, a mapped address of another system), else the localized 404. A database that is down means no
 * redirect was found: the reader gets the 404 page, never an error.
 */
export async function serveUnclaimed(request: Request, rawLocale: string): Promise<Response> {
  const answer = await findRedirect(request).catch(() => null);
  if (answer) {
    return new Response(null, {
      status: 301,
      headers: { location: answer.location, 'cache-control': 'public, max-age=3600' },
    });
  }
  return notFoundFor(rawLocale, request);
}
