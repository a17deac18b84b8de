/**
 * What the server may believe about a request: the client's address (for the per-IP sign-in limit and the audit
 * log) and whether a mutation comes from our own pages.
 */

/**
 * The rightmost X-Forwarded-For entry: the one added by the closest proxy. Next fills the header with the socket
 * address only when it is absent, so without a reverse proxy in front a client can choose it; production deployments
 * put a TLS proxy in front (docs/decisions/007-workspace-sessions.md), and the per-account lockout holds regardless.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').pop()?.trim();
  const ip = last || headers.get('x-real-ip')?.trim() || 'unknown';
  return ip.slice(0, 64);
}

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
