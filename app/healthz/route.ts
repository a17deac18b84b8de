import { healthResponse } from '@/lib/health';

export const dynamic = 'force-dynamic';

/** Liveness for load balancers and supervisors: the process answers (lib/health.ts). */
export function GET(): Response {
  return healthResponse();
}
