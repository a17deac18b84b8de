import { plainRequest } from '@/lib/http/plain-request';
import { internalToken } from '@/lib/config/internal-token';

/**
 * Ticks the app's scheduler endpoint (scheduled publishing, trash expiry) while the server runs. A failed tick is
 * retried on the next one; the work is idempotent.
 */
export function startScheduler(baseUrl: string, authSecret: string, log: (line: string) => void): () => void {
  const seconds = Number(process.env.HABAR_SCHEDULER_SECONDS ?? 15);
  const token = internalToken(authSecret);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const response = await plainRequest(`${baseUrl}/api/internal/scheduler`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      const result = JSON.parse(response.body) as { published?: number; purged?: number };
      if (result.published) log(`scheduler: published ${result.published} scheduled translation(s)`);
      if (result.purged) log(`scheduler: purged ${result.purged} article(s) from the trash`);
    } catch {
      // The server may still be starting or restarting; the next tick tries again.
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), Math.max(1, seconds) * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
