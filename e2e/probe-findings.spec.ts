import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { internalToken } from '@/lib/config/internal-token';
import { callAction, serverAction } from './server-actions';
import { sql } from './support';
import { createStaff, signedIn, signedInAsAdmin } from './workspace-support';

/**
 * What an outside probe found (issue 13), reproduced over HTTP against the real server: each must stay fixed.
 */

const bearer = () => {
  const secrets = JSON.parse(readFileSync(path.join(process.env.E2E_DATA_DIR as string, 'secrets.json'), 'utf8')) as {
    AUTH_SECRET: string;
  };
  return `Bearer ${internalToken(secrets.AUTH_SECRET)}`;
};

interface Sizes {
  entries: number;
  bytes: number;
  maxBytes: number;
}

/**
 * The server's page cache (cache-handler/memory.mjs) and its response memo (lib/public/response-memo.ts), as
 * GET /api/internal/page-cache reports them.
 */
async function cacheStats(request: APIRequestContext): Promise<Sizes & { memo: Sizes }> {
  const response = await request.get('/api/internal/page-cache', { headers: { authorization: bearer() } });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { store: string; memo?: Sizes } & Sizes;
  expect(body.store).toBe('memory');
  expect(body.memo, 'the production server keeps a response memo without REDIS_URL').toBeDefined();
  return body as Sizes & { store: string; memo: Sizes };
}

test('a search of nothing but minus signs answers 200, not 500', async ({ request }) => {
  for (const query of ['-'.repeat(40), '- '.repeat(40), `${'-'.repeat(60)}water`]) {
    for (const path of ['/en/search', '/ru/lite/search']) {
      const response = await request.get(`${path}?q=${encodeURIComponent(query)}`);
      expect(response.status(), `${path} ${query}`).toBe(200);
    }
  }
});

test('malformed percent-escapes answer the localized 404, never a bare 500', async ({ request }) => {
  const escapes = ['%25E0%25A4%25A', '%E0%A4%A', '%FF', '%', '%C0%AF..%C0%AF'];
  const paths = (escape: string) => [
    `/en/articles/${escape}`,
    `/en/lite/articles/${escape}`,
    `/tk/tags/${escape}`,
    `/ru/categories/${escape}`,
    `/ru/categories/${escape}/page/2`,
    `/en/lite/categories/${escape}`,
    `/en/categories/${escape}/feed.xml`,
    `/en/${escape}`,
    `/media/${escape}`,
    `/media/demo/${escape}.png`,
  ];
  for (const escape of escapes) {
    for (const path of paths(escape)) {
      const response = await request.get(path, { headers: { 'accept-language': 'tk' } });
      expect(response.status(), path).toBe(404);
      const body = await response.text();
      // In the URL's language; under /media/ (no language in the URL) in one of ours.
      const lang = /^\/(en|ru|tk)\//.exec(path)?.[1] ?? '(ru|tk|en)';
      expect(body, path).toMatch(new RegExp(`<html lang="${lang}"`));
      expect(response.headers()['x-request-id'], path).toMatch(/^[0-9a-f-]{36}$/);
    }
  }
});

test('a thousand requests for unknown slugs add no entry to the page cache or the memo, which stay within their bounds', async ({
  request,
}) => {
  test.setTimeout(180_000);
  // The launcher warms the cache in the background after a start: wait until it is quiet.
  let before = await cacheStats(request);
  for (let i = 0; i < 60; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await cacheStats(request);
    if (now.entries === before.entries) break;
    before = now;
  }
  expect(before.entries).toBeGreaterThan(0);
  const tag = Date.now().toString(36);
  const paths: string[] = [];
  for (let i = 0; paths.length < 1_000; i++) {
    paths.push(
      `/en/articles/unknown-${tag}-${i}`,
      `/ru/lite/articles/unknown-${tag}-${i}`,
      `/tk/tags/unknown-${tag}-${i}`,
      `/en/categories/unknown-${tag}-${i}/page/2`,
      `/ru/categories/unknown-${tag}-${i}/feed.xml`,
      `/en/page/${900 + i}`,
      `/en/categories/news/page/${500 + i}`,
      `/en/articles/NOT_A_SLUG_${tag}_${i}`,
    );
  }
  const queue = paths.slice(0, 1_000);
  const statuses = new Map<number, number>();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const status = (await request.get(next)).status();
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  expect(Object.fromEntries(statuses)).toEqual({ 404: 1_000 });
  const after = await cacheStats(request);
  expect(after.entries).toBe(before.entries);
  expect(after.bytes).toBeLessThanOrEqual(after.maxBytes);
  // Nor to the response memo (only pages that exist are kept there).
  expect(after.memo.entries).toBe(before.memo.entries);
  expect(after.memo.bytes).toBeLessThanOrEqual(after.memo.maxBytes);
});

test('the page cache report is refused without the internal token, signed in or not', async ({ browser, request }) => {
  for (const authorization of [undefined, 'Bearer nope', bearer().slice(0, -1)]) {
    const response = await request.get('/api/internal/page-cache', {
      headers: authorization ? { authorization } : {},
    });
    expect(response.status(), String(authorization)).toBe(401);
  }
  // A staff session is not the token, whatever its role.
  for (const role of ['translator', 'editor', 'admin'] as const) {
    const staff = await signedIn(browser, await createStaff(role));
    const response = await staff.page.request.get('/api/internal/page-cache');
    expect(response.status(), role).toBe(401);
    expect(await response.text(), role).not.toContain('entries');
    await staff.context.close();
  }
});

test.describe('request bodies to the workspace', () => {
  const nineMegabytes = 'a'.repeat(9_000_000);

  test('a signed-out server action is refused before its body is read', async ({ request, baseURL }) => {
    const action = serverAction('saveTranslationAction');
    const response = await request.post(action.page, {
      headers: { origin: baseURL ?? '', 'next-action': action.id, 'content-type': 'text/plain;charset=UTF-8' },
      data: nineMegabytes,
      maxRedirects: 0,
    });
    expect(response.status()).toBe(401);
    expect(await response.text()).toBe('unauthenticated');
  });

  test('a cross-origin or origin-less mutation is refused, whatever its size', async ({ request }) => {
    const action = serverAction('saveTranslationAction');
    for (const headers of [{ origin: 'https://evil.example' }, {}] as Record<string, string>[]) {
      const response = await request.post(action.page, {
        headers: { ...headers, 'next-action': action.id, 'content-type': 'text/plain;charset=UTF-8' },
        data: nineMegabytes,
        maxRedirects: 0,
      });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
    }
  });

  test('a signed-out body over 64 KiB is refused (sign-in), a normal one is not', async ({ request, baseURL }) => {
    const big = await request.post('/api/workspace/sign-in', {
      headers: { origin: baseURL ?? '', 'content-type': 'application/json' },
      data: JSON.stringify({ email: 'x@example.org', password: 'p'.repeat(70_000) }),
    });
    expect(big.status()).toBe(413);
    const small = await request.post('/api/workspace/sign-in', {
      headers: { origin: baseURL ?? '', 'content-type': 'application/json', 'x-forwarded-for': '10.1.2.3' },
      data: JSON.stringify({ email: 'nobody@example.org', password: 'wrong-password' }),
    });
    expect(small.status()).toBe(401);
  });

  test('a signed-in upload just under 20 MiB goes through (the proxy used to cut bodies at 10 MB)', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const admin = await signedInAsAdmin(browser);
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.4\n'),
      Buffer.alloc(20 * 1024 * 1024 - 4_096, 0x20),
      Buffer.from('\n%%EOF\n'),
    ]);
    const reply = await callAction(
      admin.context.request,
      serverAction('uploadMediaAction', 'lib/workspace/media/actions.ts'),
      { form: { file: { name: `large-report-${Date.now()}.pdf`, mimeType: 'application/pdf', buffer: pdf } } },
      { origin: baseURL ?? '' },
    );
    expect(reply.result, reply.raw.slice(0, 300)).toMatchObject({ ok: true });
    const [row] = await sql<{ sizeBytes: number }>(
      `SELECT "sizeBytes" FROM "Media" WHERE "mimeType" = 'application/pdf' ORDER BY "createdAt" DESC LIMIT 1`,
    );
    expect(Number(row?.sizeBytes)).toBe(pdf.length);
    // One byte over the whole-request limit is refused by the proxy before Next reads it.
    const tooBig = await admin.context.request.post('/admin/media', {
      headers: { origin: baseURL ?? '', 'next-action': '00', 'content-type': 'text/plain;charset=UTF-8' },
      data: Buffer.alloc(21 * 1024 * 1024 + 1, 0x61),
    });
    expect(tooBig.status()).toBe(413);
    await admin.context.close();
  });
});

test('health endpoints answer for load balancers and say nothing more', async ({ request }) => {
  const health = await request.get('/healthz');
  expect(health.status()).toBe(200);
  expect(await health.text()).toBe('ok\n');
  const ready = await request.get('/readyz');
  expect(ready.status()).toBe(200);
  expect(await ready.text()).toBe('ready\n');
  expect(ready.headers()['cache-control']).toBe('no-store');
  // The same answer whoever asks; a mutation is not a thing they do.
  const withCookie = await request.get('/readyz', { headers: { cookie: 'habar.session=forged' } });
  expect(await withCookie.text()).toBe('ready\n');
  for (const path of ['/healthz', '/readyz']) {
    expect((await request.post(path, { data: 'x' })).status(), path).toBe(405);
  }
});

test('a stored page that turns into a 404 (a renamed tag’s old URL) becomes a 404; the new URL answers', async ({
  browser,
  baseURL,
}) => {
  const admin = await signedInAsAdmin(browser);
  const origin = baseURL ?? '';
  const tag = Date.now().toString(36);
  const file = 'lib/workspace/taxonomy/actions.ts';
  const created = await callAction<{ ok: boolean; data?: { id: string } }>(
    admin.context.request,
    serverAction('createTaxonomyEntryAction', file),
    { form: { kind: 'tag', 'name.en': `Old name ${tag}`, 'slug.en': `old-${tag}` } },
    { origin },
  );
  expect(created.result, created.raw.slice(0, 300)).toMatchObject({ ok: true });
  const id = created.result?.data?.id ?? '';
  const request = admin.context.request;
  // Read twice: rendered and stored, then served from the cache.
  for (let i = 0; i < 2; i++) expect((await request.get(`/en/tags/old-${tag}`)).status()).toBe(200);
  const renamed = await callAction(
    request,
    serverAction('updateTaxonomyEntryAction', file),
    { form: { kind: 'tag', id, 'name.en': `New name ${tag}`, 'slug.en': `new-${tag}` } },
    { origin },
  );
  expect(renamed.result, renamed.raw.slice(0, 300)).toMatchObject({ ok: true });
  // Edits refresh in the background (stale first): the old URL must end as a 404, not keep its stale page for ever.
  let status = 0;
  for (let attempt = 0; attempt < 40 && status !== 404; attempt++) {
    status = (await request.get(`/en/tags/old-${tag}`)).status();
    if (status !== 404) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(status).toBe(404);
  expect((await request.get(`/en/tags/new-${tag}`)).status()).toBe(200);
  await admin.context.close();
});
