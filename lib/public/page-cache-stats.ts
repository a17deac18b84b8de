import 'server-only';
import type { PageCacheStats } from '@/cache-handler/memory.mjs';
import { refusedWithoutInternalToken } from '@/lib/config/internal-token';
import { env } from '@/lib/env';

/**
 * The size of this instance's page cache, for operators and tests (GET /api/internal/page-cache with the internal
 * bearer token): entries, bytes, and the bound (PAGE_CACHE_MB). With Redis, the cache is Redis's to report.
 */
export function pageCacheStatsFromRequest(request: Request): Response {
  const refused = refusedWithoutInternalToken(request, env().AUTH_SECRET);
  if (refused) return refused;
  const read = (globalThis as { habarPageCacheStats?: () => PageCacheStats }).habarPageCacheStats;
  const headers = { 'cache-control': 'no-store' };
  if (!read) return Response.json({ ok: true, store: 'redis' }, { headers });
  return Response.json({ ok: true, store: 'memory', ...read() }, { headers });
}
