import { refusedWithoutInternalToken } from '@/lib/config/internal-token';
import { env } from '@/lib/env';
import { refreshPublicPages } from '@/lib/public/revalidation';
import { clockTick } from '@/lib/workspace/articles/clock';

export const dynamic = 'force-dynamic';

/**
 * The server's clock: publishes scheduled translations whose time has come and purges trash older than 30 days
 * (lib/workspace/articles/clock.ts, once across instances). The launcher calls it every few seconds with the internal
 * bearer token (derived from AUTH_SECRET), so scheduled publishing happens whether or not anyone is signed in. POST
 * only: it changes state.
 */
export async function POST(request: Request): Promise<Response> {
  const refused = refusedWithoutInternalToken(request, env().AUTH_SECRET);
  if (refused) return refused;
  const tick = await clockTick();
  if (!tick.ran) return Response.json({ ok: true, skipped: true, published: 0, purged: 0 });
  // What went live is fresh for the very next reader, and rendered again right after this answer.
  await refreshPublicPages(tick.refresh);
  return Response.json({ ok: true, published: tick.published, purged: tick.purged });
}
