/**
 * The production server's response memo (lib/public/response-memo.ts, decision 025) in front of a real HTTP server whose
 * handler plays Next: it marks public pages as scripts/server.ts's header hook does, and counts what reaches it.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createResponseMemo, memoHeader, memoHeaderValue, type ResponseMemo } from '@/lib/public/response-memo';
import { clockNow, noteRevalidated } from '@/lib/public/tag-clock';

interface Page {
  body: string;
  tags: string[];
  renderedAt: number;
  status?: number;
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server with a memo; `pages` is what "Next" answers, `reached` counts the requests that got past the memo. */
async function start(pages: Map<string, Page>, memo: ResponseMemo = createResponseMemo({ maxBytes: 1024 * 1024 })) {
  const counter = { reached: 0 };
  server = createServer((request, response) => {
    if (memo.answer(request, response)) return;
    const page = pages.get(request.url?.split('?')[0] ?? '');
    // The private header, read and removed before sending as scripts/server.ts does.
    const mark = page ? memoHeaderValue(page.tags, page.renderedAt) : undefined;
    memo.collect(request, response, () => mark);
    counter.reached++;
    if (!page) {
      response.writeHead(404).end('not found');
      return;
    }
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.setHeader('x-request-id', String(counter.reached));
    response.statusCode = page.status ?? 200;
    response.write(page.body.slice(0, 3));
    response.end(page.body.slice(3));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const port = (server?.address() as AddressInfo).port;
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; body: string; headers: IncomingHttpHeaders }>((resolve, reject) => {
      const sent = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
      });
      sent.on('error', reject);
      sent.end();
    });
  return { get, counter, memo };
}

describe('response memo', () => {
  it('answers a marked page from memory with its headers and body, without the private header', async () => {
    const pages = new Map([
      ['/en/articles/a', { body: '<p>first</p>', tags: ['public', 'article-path:en:a'], renderedAt: clockNow() }],
    ]);
    const { get, counter } = await start(pages);
    const first = await get('/en/articles/a');
    const second = await get('/en/articles/a');
    expect(first.body).toBe('<p>first</p>');
    expect(second.body).toBe('<p>first</p>');
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(second.headers['content-length']).toBe(String(Buffer.byteLength('<p>first</p>')));
    expect(second.headers[memoHeader]).toBeUndefined();
    // One request reached "Next"; the per-exchange id of that exchange is not replayed.
    expect(counter.reached).toBe(1);
    expect(second.headers['x-request-id']).toBeUndefined();
    const head = await get('/en/articles/a', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(counter.reached).toBe(1);
  });

  it('stops answering a page once one of its tags is revalidated, and keeps the new render', async () => {
    const tag = `article-path:en:b-${Math.random()}`;
    const pages = new Map([['/en/articles/b', { body: 'old', tags: ['public', tag], renderedAt: clockNow() }]]);
    const { get, counter } = await start(pages);
    await get('/en/articles/b');
    expect((await get('/en/articles/b')).body).toBe('old');
    noteRevalidated([tag]);
    // A render beginning in the same millisecond as the change is not kept (the order is unknown).
    await new Promise((resolve) => setTimeout(resolve, 3));
    pages.set('/en/articles/b', { body: 'new', tags: ['public', tag], renderedAt: clockNow() });
    expect((await get('/en/articles/b')).body).toBe('new');
    expect((await get('/en/articles/b')).body).toBe('new');
    expect(counter.reached).toBe(2);
  });

  it('never keeps a page rendered before its tags last changed (Next serving a stale copy)', async () => {
    const tag = `lists:en-${Math.random()}`;
    const renderedAt = clockNow();
    noteRevalidated([tag]);
    const pages = new Map([['/en', { body: 'stale', tags: ['public', tag], renderedAt }]]);
    const { get, counter, memo } = await start(pages);
    await get('/en');
    await get('/en');
    expect(counter.reached).toBe(2);
    expect(memo.stats().entries).toBe(0);
  });

  it('keeps nothing unmarked, nothing but 200, nothing with a query, and answers no conditional request', async () => {
    const pages = new Map([
      ['/en/gone', { body: 'missing', tags: ['public'], renderedAt: clockNow(), status: 404 }],
      ['/en/page', { body: 'page', tags: ['public'], renderedAt: clockNow() }],
    ]);
    const { get, counter, memo } = await start(pages);
    await get('/en/unknown');
    await get('/en/unknown');
    await get('/en/gone');
    await get('/en/gone');
    await get('/en/page?utm=1');
    await get('/en/page?utm=2');
    expect(counter.reached).toBe(6);
    expect(memo.stats().entries).toBe(0);
    await get('/en/page');
    await get('/en/page', { 'if-none-match': '"x"' });
    await get('/en/page', { 'if-modified-since': new Date().toUTCString() });
    await get('/admin/page');
    expect(counter.reached).toBe(10);
    await get('/en/page');
    expect(counter.reached).toBe(10);
  });

  it('keeps one copy per encoding a reader asked for', async () => {
    const pages = new Map([['/en/c', { body: 'c', tags: ['public'], renderedAt: clockNow() }]]);
    const { get, counter } = await start(pages);
    await get('/en/c', { 'accept-encoding': 'gzip' });
    await get('/en/c', { 'accept-encoding': 'br, gzip' });
    await get('/en/c', { 'accept-encoding': 'gzip' });
    await get('/en/c', { 'accept-encoding': 'br' });
    await get('/en/c');
    expect(counter.reached).toBe(3);
  });

  it('never holds more than its bound', async () => {
    const memo = createResponseMemo({ maxBytes: 64 * 1024 });
    const pages = new Map<string, Page>();
    for (let i = 0; i < 200; i++)
      pages.set(`/en/p${i}`, { body: 'x'.repeat(2000), tags: ['public'], renderedAt: clockNow() });
    const { get } = await start(pages, memo);
    for (let i = 0; i < 200; i++) await get(`/en/p${i}`);
    expect(memo.stats().bytes).toBeLessThanOrEqual(64 * 1024);
    expect(memo.stats().entries).toBeGreaterThan(10);
    expect(memo.stats().entries).toBeLessThan(40);
  });
});

describe('tag clock', () => {
  it('never goes backwards when the wall clock does', () => {
    const first = clockNow();
    const realNow = Date.now;
    try {
      Date.now = () => realNow() - 600_000;
      expect(clockNow()).toBeGreaterThanOrEqual(first);
    } finally {
      Date.now = realNow;
    }
  });
});
