import 'server-only';
import { db } from '@/lib/db';
import { onceAcrossInstances } from '@/lib/db/once-across-instances';
import type { PublicRefresh } from '@/lib/public/revalidation';
import { mergeRefreshes } from './public-pages';
import { publishDue } from './scheduler';
import { emptyTrash } from './trash';

/**
 * One tick of the server's clock: publishes scheduled translations whose time has come and purges trash older than
 * 30 days, on one instance at a time however many run (decision 022); an instance that finds the work taken skips
 * the tick. The caller refreshes the public pages named in `refresh`.
 */
export async function clockTick(): Promise<
  { ran: true; published: number; purged: number; refresh: PublicRefresh } | { ran: false }
> {
  const outcome = await onceAcrossInstances(db(), 'scheduler', async () => {
    const { published, refreshes } = await publishDue();
    const purged = await emptyTrash('system', { onlyExpired: true });
    return { published, purged, refresh: mergeRefreshes(refreshes) };
  });
  return outcome.ran ? { ran: true, ...outcome.value } : { ran: false };
}
