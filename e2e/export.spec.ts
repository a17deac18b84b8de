import { execFileSync, spawnSync } from 'node:child_process';
import { internalToken } from '@/lib/config/internal-token';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { sql } from './support';

/** The static mirror of the demo site: complete, self-contained, browsable from a static host and from disk. */
const root = mkdtempSync(path.join(tmpdir(), 'habar-export-'));
const out = path.join(root, 'mirror');

function exportFrom(origin: string): string {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/export/run.ts', '--out', out, '--from', origin, '--base-url', 'https://habar.example'],
    { encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

const written = (report: string) => Number(/wrote (\d+)/.exec(report)?.[1] ?? NaN);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(full) : entry.name.endsWith('.html') ? [full] : [];
  });
}

function staticServer(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const file = path.join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const target = existsSync(file) && statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
    if (!target.startsWith(dir) || !existsSync(target)) {
      response.writeHead(404).end();
      return;
    }
    const type = target.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : target.endsWith('.png')
        ? 'image/png'
        : 'application/octet-stream';
    response.writeHead(200, { 'content-type': type }).end(readFileSync(target));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

test.describe('static mirror export', () => {
  test.describe.configure({ timeout: 180_000, mode: 'serial' });
  test.afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('has every published translation (full and lite), no draft, and no broken link', async ({ baseURL }) => {
    exportFrom(baseURL as string);
    // Articles live at /articles/, the site's pages (About, Contact) at /pages/.
    const published = await sql<{ locale: string; slug: string; folder: string }>(
      `SELECT t.locale::text, t.slug, CASE WHEN a.kind = 'page' THEN 'pages' ELSE 'articles' END AS folder
         FROM "ArticleTranslation" t JOIN "Article" a ON a.id = t."articleId"
        WHERE t.status = 'published' AND a."deletedAt" IS NULL`,
    );
    expect(published.length).toBeGreaterThan(40);
    for (const { locale, slug, folder } of published) {
      expect(existsSync(path.join(out, locale, folder, slug, 'index.html')), `${locale}/${folder}/${slug}`).toBe(true);
      expect(existsSync(path.join(out, locale, 'lite', folder, slug, 'index.html')), `lite ${locale}/${slug}`).toBe(
        true,
      );
    }
    const unpublished = await sql<{ locale: string; slug: string }>(
      `SELECT locale::text, slug FROM "ArticleTranslation" WHERE status <> 'published'`,
    );
    expect(unpublished.length).toBeGreaterThan(0);
    for (const { locale, slug } of unpublished) {
      expect(existsSync(path.join(out, locale, 'articles', slug)), `draft ${locale}/${slug}`).toBe(false);
    }
    for (const feed of ['ru/feed.xml', 'tk/feed.xml', 'en/feed.xml', 'sitemap.xml', 'ru/categories/novosti/feed.xml']) {
      expect(existsSync(path.join(out, feed)), feed).toBe(true);
    }
    const broken: string[] = [];
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toContain('role="note"');
      for (const match of html.matchAll(/\b(?:href|src|action)="([^"]+)"/g)) {
        const link = match[1] as string;
        if (/^(https?:|mailto:|#)/.test(link)) continue;
        if (link.startsWith('/')) broken.push(`${file}: root-relative ${link}`);
        else if (!existsSync(path.resolve(path.dirname(file), link.split('#')[0] as string)))
          broken.push(`${file}: ${link}`);
      }
    }
    expect(broken).toEqual([]);
    if (existsSync('/usr/bin/unzip')) execFileSync('/usr/bin/unzip', ['-tq', `${out}.zip`]);
  });

  test('browses from a plain static server and from disk, without any failed request', async ({ browser }) => {
    const { server, url } = await staticServer(out);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`));
    try {
      await page.goto(`${url}/en/index.html`);
      await page.getByRole('main').locator('a[href*="articles/"]').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByRole('link', { name: 'Text-only version (fast on slow connections)' }).click();
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link').first().click();
      await expect(page.locator('html')).not.toHaveAttribute('lang', 'en');
      expect(failures).toEqual([]);

      await page.goto(`file://${out}/tk/lite/index.html`);
      await page.getByRole('main').getByRole('link').first().click();
      expect(page.url()).toMatch(/^file:\/\/.*\/tk\/lite\/articles\/[^/]+\/index\.html$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    } finally {
      await context.close();
      server.close();
    }
  });

  test('a second run rewrites only what changed', async ({ baseURL, request }) => {
    expect(written(exportFrom(baseURL as string))).toBe(0);
    const [row] = await sql<{ id: string; title: string; locale: string; slug: string }>(
      `SELECT id, title, locale::text, slug FROM "ArticleTranslation" WHERE "articleId" = 'demo-article-a-covid-denial-spring-2020' AND locale = 'ru'`,
    );
    expect(row).toBeDefined();
    const secret = (
      JSON.parse(readFileSync(path.join(process.env.E2E_DATA_DIR as string, 'secrets.json'), 'utf8')) as {
        AUTH_SECRET: string;
      }
    ).AUTH_SECRET;
    const token = internalToken(secret);
    const revalidate = () =>
      request.post('/api/internal/revalidate', {
        data: { tags: [`article-path:ru:${row?.slug}`, 'lists:ru'], immediate: true },
        headers: { authorization: `Bearer ${token}` },
      });
    await sql(`UPDATE "ArticleTranslation" SET title = $1 WHERE id = $2`, [`${row?.title} (исправлено)`, row?.id]);
    try {
      expect((await revalidate()).status()).toBe(200);
      const report = exportFrom(baseURL as string);
      console.log(`[export] after one article edit: ${report.trim()}`);
      expect(written(report)).toBeGreaterThan(0);
      expect(written(report)).toBeLessThan(20);
    } finally {
      await sql(`UPDATE "ArticleTranslation" SET title = $1 WHERE id = $2`, [row?.title, row?.id]);
      await revalidate();
    }
  });
});
