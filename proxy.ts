/**
 * Cheap routing and headers only, never authorization (the data layer checks every request):
 * - the bare `/` is negotiated (NEXT_LOCALE cookie, then Accept-Language, then DEFAULT_LOCALE) and redirected to
 *   `/{locale}`; it runs on no other public URL (a proxy hop on cached pages costs a third of their throughput);
 * - the workspace gets a fresh CSP nonce per request (Next reads it from the request's policy header and puts it on
 *   its scripts), and cross-origin mutations, oversized bodies and server actions without a session are refused
 *   before their body is read.
 */
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { parseDefaultLocale } from '@/i18n/negotiate';
import { routing } from '@/i18n/routing';
import { allowedOrigins, isSameOrigin } from '@/lib/auth/request-info';
import { workspaceContentSecurityPolicy } from '@/lib/workspace/csp';
import { hasSessionCookie, refuseMutation } from '@/lib/workspace/request-guard';

const negotiate = createMiddleware({ ...routing, defaultLocale: parseDefaultLocale(process.env.DEFAULT_LOCALE) });

/** WordPress's query addresses (`/?p=12`, `/?page_id=3`): answered like `/index.php?…` by the old-address lookup. */
const wordPressQuery = /(?:^\?|&)(?:p|page_id|attachment_id)=\d/;

export default async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/') {
    if (wordPressQuery.test(request.nextUrl.search)) {
      return NextResponse.rewrite(new URL(`/index.php${request.nextUrl.search}`, request.url));
    }
    return negotiate(request);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    // Refused from the headers alone, before Next reads the body (lib/workspace/request-guard.ts). Without an Origin
    // (curl, old clients) a mutation is refused too, as the handlers' own checks would.
    const origins = allowedOrigins(request.headers, process.env.PUBLIC_BASE_URL || 'http://localhost');
    if (!isSameOrigin(request.headers, origins)) return new NextResponse(null, { status: 403 });
    const signedIn = await hasSessionCookie(request.cookies, process.env.AUTH_SECRET ?? '');
    const refusal = refuseMutation({ pathname: request.nextUrl.pathname, headers: request.headers, signedIn });
    // text/plain: the workspace's action client shows such a body as the error's message ('unauthenticated').
    if (refusal) {
      return new NextResponse(refusal.reason, {
        status: refusal.status,
        headers: { 'content-type': 'text/plain', 'cache-control': 'private, no-store', connection: 'close' },
      });
    }
  }
  // Previews are rendered by the public renderer and carry the public pages' own (stricter) policy.
  if (request.nextUrl.pathname.startsWith('/admin/preview/')) {
    const response = NextResponse.next();
    response.headers.set('cache-control', 'private, no-store');
    return response;
  }
  const nonce = btoa(crypto.randomUUID());
  const policy = workspaceContentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  response.headers.set('cache-control', 'private, no-store');
  return response;
}

export const config = { matcher: ['/', '/admin', '/admin/:path*', '/api/workspace/:path*'] };
