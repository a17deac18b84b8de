import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { internalToken } from '@/lib/config/internal-token';
import { freePort } from '../scripts/db/embedded-postgres';
import { embeddedDatabaseUrl, launcherDataDir, startLauncher, stopLauncher } from './launcher-support';

/**
 * A server whose wall clock was stepped forward after it started (NTP on a virtual machine) still expires a page at
 * once. Next's own file-system cache compared an expiry taken from Date.now() with performance.timeOrigin +
 * performance.now(): on such a machine "expire now" became "serve the old page" for the rest of the process's life
 * (CI of session 4 failed that way, six freshness tests at once). The page cache is ours now (cache-handler/) and
 * reads one clock; this test reproduces the step with a preload that moves Date ten minutes ahead.
 */
const dataDir = launcherDataDir('habar-clock-e2e-');

test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('with the wall clock stepped ten minutes ahead, a revalidated article is fresh on the very next request', async () => {
  test.setTimeout(300_000);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const preload = path.resolve('e2e', 'wall-clock-ahead.mjs');
  const launcher = await startLauncher(dataDir, port, {
    HABAR_WARM_CACHE: '0',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim(),
  });
  const client = new pg.Client({ connectionString: embeddedDatabaseUrl(dataDir) });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; slug: string; title: string }>(
      `SELECT t.id, t.slug, t.title FROM "ArticleTranslation" t JOIN "Article" a ON a.id = t."articleId"
        WHERE t.status = 'published' AND t.locale = 'en' AND a.kind = 'article' ORDER BY t.slug LIMIT 1`,
    );
    const article = rows[0];
    if (!article) throw new Error('the demo has no published English article');
    const url = `${origin}/en/articles/${encodeURIComponent(article.slug)}`;
    const read = async () => (await fetch(url)).text();
    expect(await read()).toContain(article.title);

    const newTitle = `${article.title} (stepped ${Date.now()})`;
    await client.query(`UPDATE "ArticleTranslation" SET title = $1 WHERE id = $2`, [newTitle, article.id]);
    // Cached: the change behind the cache's back does not show by itself.
    expect(await read()).not.toContain(newTitle);

    const { AUTH_SECRET } = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as {
      AUTH_SECRET: string;
    };
    const revalidated = await fetch(`${origin}/api/internal/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${internalToken(AUTH_SECRET)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: [`article-path:en:${article.slug}`, 'lists:en'], immediate: true }),
    });
    expect(revalidated.status).toBe(200);
    expect(await read()).toContain(newTitle);
    expect(await (await fetch(`${origin}/en`)).text()).toContain(newTitle);
  } finally {
    await client.end();
    expect(await stopLauncher(launcher.child, port)).toEqual([]);
  }
});
