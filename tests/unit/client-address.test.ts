/**
 * The client address that the sign-in limits and the audit log use: the socket's, unless the socket is a trusted
 * proxy (TRUSTED_PROXIES); the socket address itself comes from Node's request diagnostics channel, under a token
 * the client cannot know.
 */
import { request as httpRequest, createServer, type IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { normalizeAddress, resolveClientAddress, UNKNOWN_ADDRESS } from '@/lib/auth/client-address';
import { parseEnv } from '@/lib/config/env-schema';
import { PEER_HEADER, peerAddress, recordPeerAddresses } from '@/lib/net/peer-address';

describe('resolving the client address', () => {
  it('believes no header when no proxy is trusted (the default)', () => {
    expect(resolveClientAddress('203.0.113.9', '10.0.0.1, 1.2.3.4', [])).toBe('203.0.113.9');
    expect(resolveClientAddress('::ffff:203.0.113.9', '1.2.3.4', [])).toBe('203.0.113.9');
  });

  it('reads X-Forwarded-For from the right behind a trusted proxy, never the entries the client wrote', () => {
    expect(resolveClientAddress('127.0.0.1', '198.51.100.7', ['127.0.0.1'])).toBe('198.51.100.7');
    // The client prepended an address of its choosing; the proxy appended the real one.
    expect(resolveClientAddress('127.0.0.1', '6.6.6.6, 198.51.100.7', ['127.0.0.1'])).toBe('198.51.100.7');
    // Two proxies of ours (a CIDR block), then the client.
    expect(resolveClientAddress('10.0.0.1', '6.6.6.6, 198.51.100.7, 10.0.0.5', ['10.0.0.0/8'])).toBe('198.51.100.7');
    // IPv6 proxies and clients.
    expect(resolveClientAddress('::1', '2001:db8::7', ['::1'])).toBe('2001:db8::7');
    expect(resolveClientAddress('fd00::2', '2001:db8::8', ['fd00::/8'])).toBe('2001:db8::8');
  });

  it('ignores the header from a socket that is not a trusted proxy', () => {
    expect(resolveClientAddress('127.0.0.2', '198.51.100.7', ['127.0.0.1'])).toBe('127.0.0.2');
  });

  it('stops at the last trusted hop when an entry is not an address', () => {
    expect(resolveClientAddress('127.0.0.1', 'not-an-ip', ['127.0.0.1'])).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', '', ['127.0.0.1'])).toBe('127.0.0.1');
  });

  it('says unknown when the socket address was not recorded', () => {
    expect(resolveClientAddress(null, '198.51.100.7', ['127.0.0.1'])).toBe(UNKNOWN_ADDRESS);
  });

  it('normalizes IPv4 clients of dual-stack sockets', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('::1')).toBe('::1');
  });
});

describe('TRUSTED_PROXIES', () => {
  const base = {
    DATABASE_URL: 'postgresql://app:secret@127.0.0.1:5432/habar',
    AUTH_SECRET: 'x'.repeat(32),
    TOTP_ENCRYPTION_KEY: 'ab'.repeat(32),
  };

  it('is empty by default and takes addresses and CIDR blocks, comma- or space-separated', () => {
    expect(parseEnv(base).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ ...base, TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8 ::1 fd00::/8' }).TRUSTED_PROXIES).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
    ]);
  });

  it.each(['localhost', '10.0.0.0/33', '1.2.3.4/x', '::1/129', '1.2.3.4/8/8'])('refuses %s in one line', (value) => {
    expect(() => parseEnv({ ...base, TRUSTED_PROXIES: value })).toThrow(
      /^Configuration error: TRUSTED_PROXIES must list IP addresses or CIDR blocks/,
    );
  });
});

describe('the recorded socket address', () => {
  it('is believed only with this process token', () => {
    const forged = new Headers({ [PEER_HEADER]: 'guess 6.6.6.6' });
    expect(peerAddress(forged)).toBeNull();
  });

  it('is written by the server for every request, over whatever the client sent', async () => {
    recordPeerAddresses();
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((request, response) => {
      seen.push(request.headers);
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    for (const localAddress of ['127.0.0.2', '127.0.0.3']) {
      await new Promise<void>((resolve, reject) => {
        const request = httpRequest(
          {
            host: '127.0.0.1',
            port,
            localAddress,
            headers: { [PEER_HEADER]: 'forged 6.6.6.6', 'x-forwarded-for': '6.6.6.6' },
          },
          (response) => response.resume().on('end', resolve),
        );
        request.on('error', reject);
        request.end();
      });
    }
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const addresses = seen.map((headers) => {
      const web = new Headers(headers as Record<string, string>);
      return resolveClientAddress(peerAddress(web), web.get('x-forwarded-for'), []);
    });
    expect(addresses).toEqual(['127.0.0.2', '127.0.0.3']);
  });
});
