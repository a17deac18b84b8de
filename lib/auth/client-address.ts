import 'server-only';
import { BlockList, isIP } from 'node:net';
import { env } from '@/lib/env';
import { peerAddress } from '@/lib/net/peer-address';

/**
 * The client's address, for the per-address sign-in limit, the audit log and the session list. It is the socket's
 * address, unless that socket belongs to a proxy listed in TRUSTED_PROXIES: then X-Forwarded-For is read from the
 * right, skipping trusted proxies, and the first address not in the list is the client. Entries left of it were
 * written by the client and are never read. With TRUSTED_PROXIES empty (the default) no header is believed.
 * See docs/decisions/015-sign-in-lockout-and-client-addresses.md.
 */

/** Shown when no socket address was recorded (the first moments of a start, or a server without instrumentation). */
export const UNKNOWN_ADDRESS = 'unknown';

let trusted: { list: BlockList; source: readonly string[] } | undefined;

function trustedProxies(source: readonly string[]): BlockList {
  if (trusted?.source === source) return trusted.list;
  const list = new BlockList();
  for (const entry of source) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  trusted = { list, source };
  return list;
}

/** `::ffff:10.1.2.3` (an IPv4 client of a dual-stack socket) is `10.1.2.3`; anything else is kept as it is. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** The client address given the socket's address, the X-Forwarded-For header and the trusted proxies (pure). */
export function resolveClientAddress(
  socket: string | null,
  forwardedFor: string | null,
  trustedList: readonly string[],
): string {
  if (!socket) return UNKNOWN_ADDRESS;
  let client = normalizeAddress(socket);
  if (trustedList.length === 0 || !forwardedFor) return client.slice(0, 64);
  const list = trustedProxies(trustedList);
  const hops = forwardedFor.split(',').map(normalizeAddress);
  while (isTrusted(list, client)) {
    const next = hops.pop();
    // A hop that is not an address was not written by a proxy we trust: the last trusted hop is all we know.
    if (next === undefined || isIP(next) === 0) break;
    client = next;
  }
  return client.slice(0, 64);
}

/** The client address of a request, from its headers (the recorded socket address and X-Forwarded-For). */
export function clientAddress(headers: Headers): string {
  return resolveClientAddress(peerAddress(headers), headers.get('x-forwarded-for'), env().TRUSTED_PROXIES);
}
