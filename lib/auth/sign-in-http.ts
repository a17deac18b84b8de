import 'server-only';
import { allowedOrigins, isSameOrigin } from './request-info';
import { env } from '@/lib/env';
import type { SignInFailure } from './sign-in';

/**
 * The sign-in routes' answers, one status per outcome: 200 signed in, 401 refused (one generic answer for every
 * failure; `code-required` after a right password on an account with a second factor; `locked` when failures from
 * many addresses lock the account and a password alone is not checked), 429 too many failures from this address
 * (`rate-limited`, an hour) or for this account from this address (`delayed`, Retry-After says how long), 403 for a
 * cross-origin request.
 */
export function refusal(failure: SignInFailure): Response {
  switch (failure.reason) {
    case 'rateLimited':
      return Response.json({ ok: false, error: 'rate-limited' }, { status: 429, headers: { 'retry-after': '3600' } });
    case 'delayed':
      return Response.json(
        { ok: false, error: 'delayed', retryAfter: failure.retryAfterSeconds },
        { status: 429, headers: { 'retry-after': String(failure.retryAfterSeconds) } },
      );
    case 'secondFactorRequired':
      return Response.json({ ok: false, error: 'code-required', methods: failure.methods }, { status: 401 });
    case 'locked':
      return Response.json({ ok: false, error: 'locked' }, { status: 401 });
    default:
      return Response.json({ ok: false, error: 'invalid' }, { status: 401 });
  }
}

/** Sign-in requests come from our own pages only (the proxy refuses most others earlier). */
export function crossOriginRefusal(request: Request): Response | null {
  const headers = request.headers;
  if (isSameOrigin(headers, allowedOrigins(headers, env().PUBLIC_BASE_URL))) return null;
  return Response.json({ ok: false, error: 'cross-origin' }, { status: 403 });
}
