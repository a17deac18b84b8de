import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { internalToken } from '@/lib/config/internal-token';
import { expect, test, type Page } from '@playwright/test';
import { locales, sql } from './support';

type Row = { locale: string; slug: string; title: string; id: string };

async function translationsOf(articleId: string): Promise<Row[]> {
  return sql<Row>(
    `SELECT id, locale::text, slug, title FROM "ArticleTranslation" WHERE "articleId" = $1 AND status = 'published'`,
    [articleId],
  );
}

const navalny = 'demo-article-a-navalny-protests-reaction';

async function russianOnlyArticle(): Promise<Row> {
  const [row] = await sql<Row>(
    `SELECT t.id, t.locale::text, t.slug, t.title FROM "ArticleTranslation" t
      WHERE t.locale = 'ru' AND t.status = 'published'
        AND NOT EXISTS (SELECT 1 FROM "ArticleTranslation" o WHERE o."articleId" = t."articleId" AND o.locale = 'en')
      ORDER BY t."publishedAt" LIMIT 1`,
  );
  if (!row) throw new Error('the demo has no article missing in English');
  return row;
}

test.describe('language switching', () => {
  test('switching language on an article lands on the same article in that language', async ({ page }) => {
    const versions = await translationsOf(navalny);
    const ru = versions.find((row) => row.locale === 'ru') as Row;
    const en = versions.find((row) => row.locale === 'en') as Row;
    const tk = versions.find((row) => row.locale === 'tk') as Row;
    await page.goto(`/ru/articles/${ru.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.title);
    await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/articles/${en.slug}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
    // The "Also in" line leads to the Turkmen version.
    await page.getByRole('main').getByRole('link', { name: 'Türkmençe' }).click();
    await expect(page).toHaveURL(new RegExp(`/tk/articles/${tk.slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tk.title);
  });

  test('a language the article is missing in is shown as unavailable, and its URL there is a 404', async ({
    page,
    request,
  }) => {
    const ru = await russianOnlyArticle();
    await page.goto(`/ru/articles/${ru.slug}`);
    const nav = page.getByRole('navigation', { name: 'Язык' });
    await expect(nav.getByRole('link', { name: 'English' })).toHaveCount(0);
    await expect(nav.getByRole('listitem').filter({ hasText: 'English' })).toContainText(
      'не опубликовано на этом языке',
    );
    const response = await request.get(`/en/articles/${ru.slug}`);
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain(ru.title);
  });

  test('category pages keep the reader on the same category in another language', async ({ page }) => {
    await page.goto('/en/categories/media-freedom');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Media freedom');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\/ru\/categories\/svoboda-smi$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Свобода СМИ');
  });

  test('tag pages list their articles with translated names', async ({ page }) => {
    await page.goto('/tk/tags/yaslar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bellik: Ýaşlar');
    expect(await page.getByRole('main').locator('a[href^="/tk/articles/"]').count()).toBeGreaterThan(0);
  });
});

test.describe('old slugs and errors', () => {
  test('an old slug answers with a permanent redirect to the current one', async ({ page, request }) => {
    const en = (await translationsOf(navalny)).find((row) => row.locale === 'en') as Row;
    const oldSlug = `old-${Date.now()}`;
    await sql(`INSERT INTO "SlugRedirect" (id, locale, "oldSlug", "translationId") VALUES ($1, 'en', $2, $3)`, [
      `e2e-${oldSlug}`,
      oldSlug,
      en.id,
    ]);
    try {
      const response = await request.get(`/en/articles/${oldSlug}`, { maxRedirects: 0 });
      expect(response.status()).toBe(301);
      expect(response.headers().location).toBe(`/en/articles/${en.slug}`);
      await page.goto(`/en/articles/${oldSlug}`);
      await expect(page).toHaveURL(new RegExp(`/en/articles/${en.slug}$`));
    } finally {
      await sql(`DELETE FROM "SlugRedirect" WHERE id = $1`, [`e2e-${oldSlug}`]);
    }
  });

  test('pages outside the range and unknown categories are localized 404s', async ({ request }) => {
    for (const [url, text] of [
      ['/ru/page/999', 'Страница не найдена'],
      ['/tk/categories/no-such-category', 'Sahypa tapylmady'],
      ['/en/tags/no-such-tag', 'Page not found'],
      ['/en/page/1', 'Page not found'],
    ] as const) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(404);
      expect(await response.text()).toContain(text);
    }
  });
});

test.describe('reading without JavaScript, without third parties', () => {
  test('with JavaScript off, a reader reads, follows links and switches language', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en');
    await page.getByRole('main').locator('a[href*="/articles/"]').first().click();
    await expect(page).toHaveURL(/\/en\/articles\//);
    await expect(page.locator('.body p').first()).toBeVisible();
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await context.close();
  });

  test('no page loads a script, and no request leaves this server', async ({ page, baseURL }) => {
    const origin = new URL(baseURL as string).origin;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const visit = async (url: string) => {
      await page.goto(url);
      expect(await page.locator('script:not([type="application/ld+json"])').count(), url).toBe(0);
    };
    await visit('/en');
    await page.getByRole('main').locator('a[href*="/articles/"]').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await visit(page.url());
    await visit('/ru/categories/novosti');
    await visit('/tk');
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test.describe('accessibility (axe)', () => {
  for (const locale of locales) {
    test(`every public page type in ${locale} has no serious or critical violations`, async ({ page }) => {
      const [article] = await sql<{ slug: string }>(
        `SELECT slug FROM "ArticleTranslation" WHERE locale = $1 AND status = 'published' ORDER BY "publishedAt" DESC LIMIT 1`,
        [locale],
      );
      const [category] = await sql<{ slug: string }>(
        `SELECT slug FROM "CategoryTranslation" WHERE locale = $1 ORDER BY slug LIMIT 1`,
        [locale],
      );
      const [sitePage] = await sql<{ slug: string }>(
        `SELECT t.slug FROM "ArticleTranslation" t JOIN "Article" a ON a.id = t."articleId" AND a.kind = 'page'
          WHERE t.locale = $1 AND t.status = 'published' ORDER BY t.slug LIMIT 1`,
        [locale],
      );
      const [author] = await sql<{ slug: string }>(
        `SELECT slug FROM "AuthorTranslation" WHERE locale = $1 ORDER BY slug LIMIT 1`,
        [locale],
      );
      for (const url of [
        `/${locale}`,
        `/${locale}/articles/${article?.slug}`,
        `/${locale}/lite/articles/${article?.slug}`,
        `/${locale}/categories/${category?.slug}`,
        `/${locale}/pages/${sitePage?.slug}`,
        `/${locale}/authors/${author?.slug}`,
        `/${locale}/no-such-page`,
        `/${locale}/search?q=${encodeURIComponent({ ru: 'демонстрации', tk: 'ýaşlar', en: 'passport' }[locale])}`,
      ]) {
        await page.goto(url);
        expect(await axeViolations(page), url).toEqual([]);
      }
    });
  }
});

test.describe('search', () => {
  test('finds articles in the page language, with a counted, highlighted result list', async ({ page }) => {
    await page.goto('/ru');
    await page.getByRole('link', { name: 'Поиск' }).click();
    await page.getByRole('searchbox', { name: 'Поиск по материалам на русском языке' }).fill('демонстрациями');
    await page.getByRole('button', { name: 'Найти' }).click();
    await expect(page).toHaveURL(/\/ru\/search\?q=/);
    await expect(page.getByText(/^Найден[оа]? \d+ материал/)).toBeVisible();
    await expect(page.locator('mark').first()).toBeVisible();
    const links = page.getByRole('main').locator('a[href^="/ru/articles/"]');
    expect(await links.count()).toBeGreaterThan(0);
  });

  test('a query in another alphabet searches this language only and says so', async ({ page }) => {
    await page.goto('/ru/search?q=Turkmenistan');
    await expect(page.getByText('Ваш запрос написан другим алфавитом')).toBeVisible();
    expect(await page.getByRole('main').locator('a[href^="/en/"], a[href^="/tk/"]').count()).toBe(0);
  });

  test('hostile and oversized queries give a normal page', async ({ request }) => {
    for (const q of ['<script>alert(1)</script>', "'; DROP TABLE x; --", '!!&&||<->((', 'x'.repeat(5000)]) {
      const response = await request.get(`/en/search?q=${encodeURIComponent(q)}`);
      expect(response.status(), q.slice(0, 30)).toBe(200);
      expect(await response.text()).not.toContain('<script>');
    }
  });
});

test.describe('cache revalidation', () => {
  test('a published change reaches the article, the home page and the other languages after revalidation', async ({
    request,
  }) => {
    const versions = await translationsOf(navalny);
    const en = versions.find((row) => row.locale === 'en') as Row;
    // Warm the cache, then change the database behind it: the cached page must not change by itself.
    expect(await (await request.get(`/en/articles/${en.slug}`)).text()).toContain(en.title);
    const newTitle = `${en.title} (updated ${Date.now()})`;
    const secrets = JSON.parse(readFileSync(path.join(process.env.E2E_DATA_DIR as string, 'secrets.json'), 'utf8')) as {
      AUTH_SECRET: string;
    };
    const token = internalToken(secrets.AUTH_SECRET);
    const tags = [...versions.map((row) => `article-path:${row.locale}:${row.slug}`), 'lists:en'];
    await sql(`UPDATE "ArticleTranslation" SET title = $1 WHERE id = $2`, [newTitle, en.id]);
    try {
      expect(await (await request.get(`/en/articles/${en.slug}`)).text()).not.toContain(newTitle);
      const refused = await request.post('/api/internal/revalidate', {
        data: { tags },
        headers: { authorization: 'Bearer nope' },
      });
      expect(refused.status()).toBe(401);
      const accepted = await request.post('/api/internal/revalidate', {
        data: { tags, immediate: true },
        headers: { authorization: `Bearer ${token}` },
      });
      expect(accepted.status()).toBe(200);
      expect(await (await request.get(`/en/articles/${en.slug}`)).text()).toContain(newTitle);
      expect(await (await request.get('/en')).text()).toContain(newTitle);
    } finally {
      await sql(`UPDATE "ArticleTranslation" SET title = $1 WHERE id = $2`, [en.title, en.id]);
      await request.post('/api/internal/revalidate', {
        data: { tags, immediate: true },
        headers: { authorization: `Bearer ${token}` },
      });
    }
  });
});

test.describe('hardening', () => {
  test('public pages send a strict Content-Security-Policy and security headers, and render without violations', async ({
    page,
    request,
  }) => {
    for (const url of ['/en', '/ru/lite', '/tk/search?q=ýaşlar', '/en/no-such-page']) {
      const response = await request.get(url);
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      for (const directive of [
        "default-src 'none'",
        "script-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ]) {
        expect(csp, url).toContain(directive);
      }
      expect(csp).not.toContain('unsafe');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['permissions-policy']).toContain('camera=()');
    }
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto('/en');
    await page.goto('/en/lite');
    // The stylesheet was applied: the skip link is moved off screen by the inline CSS.
    await page.goto('/en');
    expect(await page.locator('a.skip').evaluate((element) => getComputedStyle(element).position)).toBe('absolute');
    expect(violations).toEqual([]);
  });
});
