import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { isRunning } from '../scripts/db/embedded-postgres';
import { sql } from './support';

/**
 * Published pages are served from the cache: with PostgreSQL stopped, pages read before still answer 200 with their
 * text; a page never read answers the localized error page (status 500, no detail); after the database is back,
 * everything works again. Meanwhile /readyz says 503 (for load balancers) and says 200 again once it is back.
 */
const dataDir = process.env.E2E_PG_DATA_DIR;

/**
 * Starts the database again in a detached helper process, so that it outlives this test worker (Playwright replaces a
 * worker after a failure); the test runner stops it at the end.
 */
async function restartDatabase(): Promise<void> {
  const helper = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'tests/fixtures/hold-embedded-postgres.ts',
      dataDir as string,
      process.env.E2E_PG_PORT as string,
      process.env.E2E_PG_PASSWORD as string,
      'habar_e2e',
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: helper.stdout }).once('line', () => resolve());
    helper.once('exit', (code) => reject(new Error(`the database did not start again (exit ${code})`)));
  });
  helper.stdout.destroy();
  helper.unref();
}

test.describe('with the database stopped', () => {
  test.skip(!dataDir, 'needs the embedded test database (not TEST_DATABASE_URL)');
  test.describe.configure({ timeout: 120_000 });

  test('cached public pages keep serving, and service resumes when it is back', async ({ request }) => {
    const pages = await sql<{ locale: string; slug: string; title: string }>(
      `SELECT locale::text, slug, title FROM "ArticleTranslation" WHERE status = 'published' ORDER BY "publishedAt" DESC LIMIT 6`,
    );
    const urls = [
      '/ru',
      '/tk',
      '/en',
      '/en/categories/news',
      ...pages.map((row) => `/${row.locale}/articles/${row.slug}`),
    ];
    for (const url of urls) expect((await request.get(url)).status(), url).toBe(200);

    const pidFile = path.join(dataDir as string, 'postmaster.pid');
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGINT');
    try {
      for (let i = 0; i < 100 && isRunning(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(isRunning(pid)).toBe(false);
      for (const url of urls) expect((await request.get(url)).status(), `${url} with the database stopped`).toBe(200);
      for (const row of pages) {
        const body = await (await request.get(`/${row.locale}/articles/${row.slug}`)).text();
        expect(body).toContain(row.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
      }
      // Load balancers see it: not ready, though the process answers.
      expect((await request.get('/readyz')).status()).toBe(503);
      expect((await request.get('/healthz')).status()).toBe(200);
      const uncached = await request.get('/tk/categories/hasabatlar/page/9');
      expect(uncached.status()).toBe(500);
      const text = await uncached.text();
      expect(text).toContain('<html lang="tk">');
      expect(text).toContain('Näsazlyk ýüze çykdy');
      expect(text).not.toMatch(/at .*\.(js|ts):\d+|ECONNREFUSED|prisma/i);
    } finally {
      await restartDatabase();
    }
    expect(existsSync(pidFile)).toBe(true);
    // The page that failed needs the database; it answers again (out of range: 404) once the pool reconnects.
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 404; attempt++) {
      status = (await request.get('/tk/categories/hasabatlar/page/9')).status();
      if (status !== 404) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(404);
    // An external database that comes back is found again by itself: ready without a restart.
    expect((await request.get('/readyz')).status()).toBe(200);
  });
});
