import { expect, test } from '@playwright/test';
import { locales, sql } from './support';

test.describe('language negotiation at /', () => {
  for (const [acceptLanguage, expected] of [
    ['ru-RU,ru;q=0.9', 'ru'],
    ['tk-TM,tk;q=0.9,en;q=0.5', 'tk'],
    ['en-US,en;q=0.9', 'en'],
    ['de-DE,fr;q=0.8', 'ru'],
  ] as const) {
    test(`Accept-Language ${acceptLanguage} → /${expected}`, async ({ request }) => {
      const response = await request.get('/', { headers: { 'accept-language': acceptLanguage }, maxRedirects: 0 });
      expect([302, 307]).toContain(response.status());
      expect(new URL(response.headers().location as string, 'http://x').pathname).toBe(`/${expected}`);
    });
  }

  test('the NEXT_LOCALE cookie wins over Accept-Language', async ({ request }) => {
    const response = await request.get('/', {
      headers: { 'accept-language': 'en-US', cookie: 'NEXT_LOCALE=tk' },
      maxRedirects: 0,
    });
    expect(new URL(response.headers().location as string, 'http://x').pathname).toBe('/tk');
  });

  test('a browser set to Russian lands on /ru', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await context.close();
  });
});

test.describe('home pages', () => {
  for (const locale of locales) {
    test(`/${locale} lists only articles published in ${locale}`, async ({ page }) => {
      const response = await page.goto(`/${locale}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const own = new Set(
        (
          await sql<{ title: string }>(
            `SELECT title FROM "ArticleTranslation" WHERE locale = $1 AND status = 'published'`,
            [locale],
          )
        ).map((row) => row.title),
      );
      const links = page.getByRole('main').locator('a[href*="/articles/"]');
      const titles = await links.allTextContents();
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) expect(own.has(title), title).toBe(true);
      for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(new RegExp(`^/${locale}/articles/[a-z0-9-]+$`));
      }
    });
  }

  test('an article published only in Russian never appears on the other home pages', async ({ page }) => {
    const [only] = await sql<{ title: string }>(
      `SELECT t.title FROM "ArticleTranslation" t WHERE t.locale = 'ru' AND t.status = 'published'
         AND NOT EXISTS (SELECT 1 FROM "ArticleTranslation" o WHERE o."articleId" = t."articleId" AND o.locale <> 'ru')
       ORDER BY t."publishedAt" DESC LIMIT 1`,
    );
    expect(only).toBeDefined();
    for (const locale of ['tk', 'en']) {
      for (let pageNumber = 1; pageNumber <= 3; pageNumber++) {
        const response = await page.goto(pageNumber === 1 ? `/${locale}` : `/${locale}/page/${pageNumber}`);
        if (response?.status() !== 200) break;
        await expect(page.getByText(only?.title as string)).toHaveCount(0);
      }
    }
  });

  test('an article page shows the article in its language', async ({ page }) => {
    await page.goto('/en');
    const first = page.getByRole('main').locator('a[href*="/articles/"]').first();
    const title = (await first.textContent()) as string;
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('not found', () => {
  test('an unknown language prefix is a 404 in the negotiated language', async ({ request }) => {
    for (const path of ['/xx/', '/xx', '/de/articles/anything']) {
      const response = await request.get(path, { headers: { 'accept-language': 'tk' }, maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      const html = await response.text();
      expect(html).toContain('<html lang="tk">');
      expect(html).toContain('Sahypa tapylmady');
    }
  });

  test('an unknown path under a language is a 404 in that language', async ({ page }) => {
    for (const [locale, heading] of [
      ['en', 'Page not found'],
      ['ru', 'Страница не найдена'],
      ['tk', 'Sahypa tapylmady'],
    ] as const) {
      const response = await page.goto(`/${locale}/no/such/page`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    }
  });

  test('an unknown article slug answers 404', async ({ request }) => {
    const response = await request.get('/en/articles/no-such-article');
    expect(response.status()).toBe(404);
  });
});
