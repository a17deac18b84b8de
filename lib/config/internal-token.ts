import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The bearer token of the server's internal endpoints (revalidation, the scheduler): derived from AUTH_SECRET, so
 * the launcher, scripts and tests that hold the secret can call them and nobody else can. Pure (no server-only):
 * the launcher uses it outside the app.
 */
export function internalToken(authSecret: string): string {
  return createHmac('sha256', authSecret).update('habar:revalidate-public-pages').digest('base64url');
}

/** Whether a request carries the internal bearer token (constant-time comparison). */
export function hasInternalToken(request: Request, authSecret: string): boolean {
  const expected = Buffer.from(`Bearer ${internalToken(authSecret)}`);
  const given = Buffer.from(request.headers.get('authorization') ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The one answer of every internal endpoint to a caller without the token (no detail: it is a guess or a probe). */
export function refusedWithoutInternalToken(request: Request, authSecret: string): Response | null {
  return hasInternalToken(request, authSecret)
    ? null
    : Response.json({ ok: false, error: 'unauthorized' }, { status: 401 });
}
