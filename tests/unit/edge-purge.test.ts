import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/config/env-schema';
import { purgeEdge } from '@/lib/public/edge-purge';

const required = {
  DATABASE_URL: 'postgresql://app:secret@127.0.0.1:5432/habar',
  AUTH_SECRET: 'x'.repeat(32),
  TOTP_ENCRYPTION_KEY: 'ab'.repeat(32),
};

describe('the edge purge setting', () => {
  it('is a list of origins, empty by default, and refuses anything else', () => {
    expect(parseEnv(required).EDGE_PURGE_URLS).toEqual([]);
    expect(
      parseEnv({ ...required, EDGE_PURGE_URLS: ' http://127.0.0.1:8081/ , https://edge.example ' }).EDGE_PURGE_URLS,
    ).toEqual(['http://127.0.0.1:8081', 'https://edge.example']);
    expect(() => parseEnv({ ...required, EDGE_PURGE_URLS: 'ftp://edge' })).toThrow(/EDGE_PURGE_URLS/);
    expect(() => parseEnv({ ...required, EDGE_PURGE_URLS: 'not a url' })).toThrow(/EDGE_PURGE_URLS/);
  });
});

describe('purging the edge', () => {
  const seen: { method?: string; url?: string; encoding?: string | string[] }[] = [];
  let status = 200;
  const edge = createServer((request: IncomingMessage, response) => {
    seen.push({ method: request.method, url: request.url, encoding: request.headers['x-habar-encoding'] });
    response.statusCode = request.url === '/never-cached' ? 404 : status;
    response.end();
  });
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => edge.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(edge.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => edge.close(() => resolve())));

  it('drops every encoding of every named URL at every edge; a copy that was not cached is not a failure', async () => {
    seen.length = 0;
    const result = await purgeEdge(['/en', '/en/articles/a', '/never-cached'], [origin, origin]);
    expect(result.failed).toBe(0);
    expect(seen).toHaveLength(18);
    expect(seen.every((request) => request.method === 'PURGE')).toBe(true);
    expect(
      seen
        .filter((request) => request.url === '/en/articles/a')
        .map((request) => request.encoding)
        .sort(),
    ).toEqual(['br', 'br', 'gzip', 'gzip', 'identity', 'identity']);
  });

  it('counts refusals and unreachable edges as failures without throwing', async () => {
    status = 403;
    expect((await purgeEdge(['/en'], [origin])).failed).toBe(3);
    status = 200;
    expect((await purgeEdge(['/en'], ['http://127.0.0.1:9'])).failed).toBe(3);
    expect((await purgeEdge([], [origin])).failed).toBe(0);
  });
});
