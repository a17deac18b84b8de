import { revalidateFromRequest } from '@/lib/public/revalidation-endpoint';

/** POST only: revalidation changes state, so no GET exists. See lib/public/revalidation-endpoint.ts. */
export async function POST(request: Request) {
  return revalidateFromRequest(request);
}
