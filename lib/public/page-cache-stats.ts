import 'server-only';
import { hasInternalToken } from '@/lib/config/internal-token';
import { env } from '@/lib/env';

/** What cache-handler/memory.mjs reports (its types are in cache-handler/memory.d.mts). */
interface PageCacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
}

/**
 * The size of this instance's page cache, for operators and tests (GET /api/internal/page-cache with the internal
 * bearer token): entries, bytes, and the bound (PAGE_CACHE_MB). With Redis, the cache is Redis's to report.
 */
export function pageCacheStatsFromRequest(request: Request): Response {
  if (!hasInternalToken(request, env().AUTH_SECRET)) {
    return Response.json({ ok: false, error: 'unauthorized' }, { status: 401 });
  }
  const read = (globalThis as { habarPageCacheStats?: () => PageCacheStats }).habarPageCacheStats;
  const headers = { 'cache-control': 'no-store' };
  if (!read) return Response.json({ ok: true, store: 'redis' }, { headers });
  return Response.json({ ok: true, store: 'memory', ...read() }, { headers });
}
