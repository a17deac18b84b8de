import { hasInternalToken } from '@/lib/config/internal-token';
import { env } from '@/lib/env';
import { refreshPublicPages } from '@/lib/public/revalidation';
import { mergeRefreshes } from '@/lib/workspace/articles/public-pages';
import { publishDue } from '@/lib/workspace/articles/scheduler';
import { emptyTrash } from '@/lib/workspace/articles/trash';

export const dynamic = 'force-dynamic';

/**
 * The server's clock: publishes scheduled translations whose time has come and purges trash older than 30 days.
 * The launcher calls it every few seconds with the internal bearer token (derived from AUTH_SECRET), so scheduled
 * publishing happens whether or not anyone is signed in. POST only: it changes state.
 */
export async function POST(request: Request): Promise<Response> {
  if (!hasInternalToken(request, env().AUTH_SECRET)) {
    return Response.json({ ok: false, error: 'unauthorized' }, { status: 401 });
  }
  const { published, refreshes } = await publishDue();
  // What went live is fresh for the very next reader, and rendered again right after this answer.
  refreshPublicPages(mergeRefreshes(refreshes));
  const purged = await emptyTrash('system', { onlyExpired: true });
  return Response.json({ ok: true, published, purged });
}
