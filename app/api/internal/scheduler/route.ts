import { hasInternalToken } from '@/lib/config/internal-token';
import { env } from '@/lib/env';
import { revalidatePublicPages } from '@/lib/public/revalidation';
import { emptyTrash } from '@/lib/workspace/articles/trash';
import { publishDue } from '@/lib/workspace/articles/workflow';

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
  const { published, refresh } = await publishDue();
  if (refresh.tags.length) revalidatePublicPages(refresh.tags, { immediate: false });
  const purged = await emptyTrash('system', { onlyExpired: true });
  return Response.json({ ok: true, published, purged });
}
