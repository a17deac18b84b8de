import 'server-only';
import type { PageCacheStats } from '@/cache-handler/memory.mjs';
import { refusedWithoutInternalToken } from '@/lib/config/internal-token';
import { env } from '@/lib/env';
import type { ResponseMemoStats } from './response-memo';

/**
 * The size of this instance's page cache, for operators and tests (GET /api/internal/page-cache with the internal
 * bearer token): entries, bytes, and the bound (PAGE_CACHE_MB), and the same of the production server's response memo
 * (`memo`, lib/public/response-memo.ts). With Redis, the cache is Redis's to report and there is no memo.
 */
export function pageCacheStatsFromRequest(request: Request): Response {
  const refused = refusedWithoutInternalToken(request, env().AUTH_SECRET);
  if (refused) return refused;
  const read = (globalThis as { habarPageCacheStats?: () => PageCacheStats }).habarPageCacheStats;
  const headers = { 'cache-control': 'no-store' };
  if (!read) return Response.json({ ok: true, store: 'redis' }, { headers });
  const memo = (globalThis as { habarResponseMemoStats?: () => ResponseMemoStats }).habarResponseMemoStats;
  return Response.json({ ok: true, store: 'memory', ...read(), ...(memo ? { memo: memo() } : {}) }, { headers });
}
