/**
 * Next's cache (public pages and data), through @fortedigital/nextjs-cache-handler (decisions 022 and 023):
 * - with REDIS_URL, in Redis or Valkey (its Redis strings handler): every instance serves the same pages, and a
 *   publish on one expires them for all. If Redis does not answer within a second, a read is a miss (the page renders
 *   from the database) and a write is dropped: readers are answered either way, and the edge in front keeps its copies.
 * - without it, in this process's memory, bounded by PAGE_CACHE_MB (./memory.mjs).
 * next.config.ts sets `cacheMaxMemorySize: 0`: Next keeps no second copy of its own.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import { redisKeyPrefix } from './key-prefix.mjs';
import { createMemoryHandler, pageCacheBytes } from './memory.mjs';

async function redisHandler(url) {
  const client = createClient({
    url,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(250 * (retries + 1), 5_000) },
  });
  // Reconnection is the client's job; an error is logged once per occurrence, without the URL (it may hold a password).
  client.on('error', (error) => console.error(`[cache] redis: ${error.message}`));
  await client.connect();
  return createRedisHandler({ client, keyPrefix: redisKeyPrefix(), timeoutMs: 1_000 });
}

CacheHandler.onCreation(async () => {
  if (process.env.REDIS_URL) return { handlers: [await redisHandler(process.env.REDIS_URL)] };
  const { handler, stats } = createMemoryHandler({ maxBytes: pageCacheBytes() });
  // Read by lib/public/page-cache-stats.ts (route bundles and this module share the process, not the module graph).
  globalThis.habarPageCacheStats = stats;
  return { handlers: [handler] };
});

export default CacheHandler;
