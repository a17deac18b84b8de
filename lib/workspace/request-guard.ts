/**
 * What the proxy decides about a state-changing request to the workspace before Next reads its body: a
 * cross-origin request, a body over the limit, or a server action from someone without a session is refused from its
 * headers alone, so a stranger cannot make the server buffer and parse megabytes per request. The full session check
 * (revocation, idle time, role) still happens next to the data (lib/auth, lib/workspace/action.ts).
 */
import { decode } from 'next-auth/jwt';
import { SIGNED_IN_BODY_LIMIT, SIGNED_OUT_BODY_LIMIT } from '@/lib/config/body-limits';

/** The session cookie's names: plain over HTTP, `__Host-` prefixed over HTTPS (lib/auth/authjs.ts). */
const sessionCookieNames = ['__Host-habar.session', 'habar.session'];

/** Pages whose server actions serve people without a session: the sign-in page and the set-password link. */
const signedOutActionPages = /^\/admin\/(?:login|set-password\/[^/]+)\/?$/;

/**
 * Whether the request carries a session cookie that this server issued and that has not expired (decrypting it
 * costs microseconds, no database). Whether the session is still valid is checked later, by the data layer.
 */
export async function hasSessionCookie(cookies: { get(name: string): { value: string } | undefined }, secret: string) {
  for (const name of sessionCookieNames) {
    const token = cookies.get(name)?.value;
    if (!token) continue;
    try {
      const claims = await decode({ token, secret, salt: name });
      if (claims && typeof claims.sub === 'string') return true;
    } catch {
      // Not ours, tampered with or expired: as if absent.
    }
  }
  return false;
}

export type Refusal = { status: 401 | 411 | 413; reason: string } | null;

/**
 * The refusal for a same-origin mutation, from its headers: 401 for a server action without a session (outside the
 * signed-out pages), 411 for a body of unknown length, 413 for a body over the caller's limit.
 */
export function refuseMutation(request: { pathname: string; headers: Headers; signedIn: boolean }): Refusal {
  const { pathname, headers, signedIn } = request;
  if (!signedIn && headers.has('next-action') && !signedOutActionPages.test(pathname)) {
    return { status: 401, reason: 'unauthenticated' };
  }
  const length = headers.get('content-length');
  if (length === null) {
    return headers.has('transfer-encoding') ? { status: 411, reason: 'length-required' } : null;
  }
  const bytes = Number(length);
  const limit = signedIn ? SIGNED_IN_BODY_LIMIT : SIGNED_OUT_BODY_LIMIT;
  if (!Number.isSafeInteger(bytes) || bytes < 0 || bytes > limit) return { status: 413, reason: 'too-large' };
  return null;
}
