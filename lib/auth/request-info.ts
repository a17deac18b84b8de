/**
 * Whether a mutation comes from our own pages. (The client's address is in client-address.ts: it needs Node's
 * socket, and this module also runs in the proxy.)
 */

/**
 * Same-origin check for state-changing requests. Browsers send Origin on every cross-origin POST and on same-origin
 * POST from fetch and forms; Sec-Fetch-Site, when present, must not say cross-site. A missing Origin (old clients,
 * curl) is refused too: every mutation in the workspace comes from our own pages.
 */
export function isSameOrigin(headers: Headers, expectedOrigins: readonly string[]): boolean {
  const site = headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  return expectedOrigins.includes(origin);
}

/** Origins this server answers as: the configured public base URL and the Host the request was sent to. */
export function allowedOrigins(headers: Headers, publicBaseUrl: string): string[] {
  const origins = [new URL(publicBaseUrl).origin];
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  if (host) {
    const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http';
    origins.push(`${proto}://${host}`);
  }
  return origins;
}
