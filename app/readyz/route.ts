import { readinessResponse } from '@/lib/health';

export const dynamic = 'force-dynamic';

/** Readiness for load balancers: database reachable and migrated; 503 otherwise, with no detail (lib/health.ts). */
export function GET(): Promise<Response> {
  return readinessResponse();
}
