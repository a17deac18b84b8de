/**
 * The TCP peer's address of each request, for code that only sees Web `Request` headers (route handlers, server
 * actions). Next 16 exposes no socket to them: it only fills `X-Forwarded-For` with the socket address when the
 * client sent none, so a client-chosen header is indistinguishable from a real one. Node's `http.server.request.start`
 * diagnostics channel, however, fires for every request before any handler, with the socket at hand: the subscriber
 * below writes the socket's address into a header of its own, overwriting whatever the client sent.
 *
 * The header carries a random token of this process, and the reader believes it only with that token: a request that
 * arrived before the subscriber was installed (the first moments of a start), or any process without it, gets no
 * address rather than one the client chose. Not `server-only`: `instrumentation.ts` installs it outside React's
 * server graph. Node built-ins only, so instrumentation can load it early. See
 * docs/decisions/015-sign-in-lockout-and-client-addresses.md.
 */
import { randomBytes } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

export const PEER_HEADER = 'x-habar-peer';

/** The process-wide token, on globalThis: Next bundles instrumentation and each route separately. */
const TOKEN_KEY = Symbol.for('habar.peer-address-token');
type Global = typeof globalThis & { [TOKEN_KEY]?: string };

/** Installs the subscriber once per process (later calls do nothing). */
export function recordPeerAddresses(): void {
  const global = globalThis as Global;
  if (global[TOKEN_KEY]) return;
  const token = randomBytes(16).toString('hex');
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = `${token} ${socket.remoteAddress ?? ''}`;
  });
  global[TOKEN_KEY] = token;
}

/** The socket address this process recorded for the request, or null when it recorded none. */
export function peerAddress(headers: Headers): string | null {
  const token = (globalThis as Global)[TOKEN_KEY];
  const value = headers.get(PEER_HEADER);
  if (!token || !value) return null;
  const space = value.indexOf(' ');
  if (space < 0 || value.slice(0, space) !== token) return null;
  return value.slice(space + 1) || null;
}
