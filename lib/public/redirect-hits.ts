import 'server-only';
import { db } from '@/lib/db';

/**
 * Hit counts of redirects, counted in this process's memory and added to the database in one statement every few
 * seconds: answering a redirect never waits on a write. The map holds at most one entry per redirect that was
 * answered since the last flush; if the database is down the counts wait for the next flush (bounded: past
 * MAX_PENDING distinct redirects, new ones are not counted until a flush succeeds).
 */
const FLUSH_MS = 5_000;
const MAX_PENDING = 50_000;

const pending = new Map<string, number>();
let timer: NodeJS.Timeout | null = null;
let flushing: Promise<void> | null = null;

export function countRedirectHit(redirectId: string): void {
  const count = pending.get(redirectId);
  if (count === undefined && pending.size >= MAX_PENDING) return;
  pending.set(redirectId, (count ?? 0) + 1);
  if (!timer) {
    timer = setTimeout(() => {
      timer = null;
      void flushRedirectHits();
    }, FLUSH_MS);
    timer.unref();
  }
}

/** Writes the pending counts (one UPDATE for all of them); exported for tests and for shutdown. */
export async function flushRedirectHits(): Promise<void> {
  if (flushing) return flushing;
  if (pending.size === 0) return;
  const batch = [...pending.entries()];
  pending.clear();
  flushing = (async () => {
    try {
      await db().$executeRaw`
        UPDATE "Redirect" AS r SET "hits" = r."hits" + v.n, "lastHitAt" = now()
        FROM unnest(${batch.map(([id]) => id)}::text[], ${batch.map(([, n]) => n)}::int[]) AS v(id, n)
        WHERE r."id" = v.id`;
    } catch {
      // Database unavailable: keep the counts for the next flush.
      for (const [id, n] of batch) pending.set(id, (pending.get(id) ?? 0) + n);
      if (!timer) {
        timer = setTimeout(() => {
          timer = null;
          void flushRedirectHits();
        }, FLUSH_MS * 6);
        timer.unref();
      }
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}
