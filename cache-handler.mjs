/**
 * Next's cache (public pages and data) in Redis or Valkey, for several instances (decision 022): every instance serves
 * the same pages, and a publish on one expires them for all. next.config.ts uses this file only when REDIS_URL is set;
 * without it, Next keeps its own cache on disk as before.
 *
 * The handler is @fortedigital/nextjs-cache-handler's Redis strings handler; tags expired on one instance are shared
 * through Redis. If Redis does not answer within a second, a read is a miss (the page renders from the database) and
 * a write is dropped: readers are answered either way, and the edge in front keeps its copies.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';

CacheHandler.onCreation(async () => {
  const client = createClient({
    url: process.env.REDIS_URL,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(250 * (retries + 1), 5_000) },
  });
  // Reconnection is the client's job; an error is logged once per occurrence, without the URL (it may hold a password).
  client.on('error', (error) => console.error(`[cache] redis: ${error.message}`));
  await client.connect();
  return {
    handlers: [
      createRedisHandler({
        client,
        keyPrefix: `${process.env.REDIS_KEY_PREFIX ?? 'habar'}:`,
        timeoutMs: 1_000,
      }),
    ],
  };
});

export default CacheHandler;
