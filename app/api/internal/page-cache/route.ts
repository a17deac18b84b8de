import { pageCacheStatsFromRequest } from '@/lib/public/page-cache-stats';

/** GET only, with the internal bearer token. See lib/public/page-cache-stats.ts. */
export function GET(request: Request) {
  return pageCacheStatsFromRequest(request);
}

export const dynamic = 'force-dynamic';
