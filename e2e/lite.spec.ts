import { expect, test } from '@playwright/test';
import { sql } from './support';

/** The lite (text-only) edition: one request per page, no script, no image unless asked for. */
const navalny = 'demo-article-a-navalny-protests-reaction';

async function slugOf(articleId: string, locale: string): Promise<string> {
  const [row] = await sql<{ slug: string }>(
    `SELECT slug FROM "ArticleTranslation" WHERE "articleId" = $1 AND locale = $2 AND status = 'published'`,
    [articleId, locale],
  );
  if (!row) throw new Error(`${articleId} is not published in ${locale}`);
  return row.slug;
}

test.describe('lite edition', () => {
  test('with JavaScript off, every lite page is one request: no script, no style sheet, no image', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.resourceType()} ${request.url()}`));
    const ru = await slugOf(navalny, 'ru');
    const urls = [
      '/ru/lite',
      `/ru/lite/articles/${ru}`,
      '/ru/lite/categories/novosti',
      '/ru/lite/search?q=демонстрации',
    ];
    for (const url of urls) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      expect(await page.locator('script, img, link[rel="stylesheet"]').count(), url).toBe(0);
    }
    expect(requests.filter((request) => !request.startsWith('document '))).toEqual([]);
    expect(requests).toHaveLength(urls.length);
    // The cover is offered as a link, not loaded.
    await page.goto(`/ru/lite/articles/${ru}`);
    await expect(page.getByRole('link', { name: /^\[обложка:/ })).toHaveAttribute('href', /^\/media\//);
    await context.close();
  });

  test('lite and full pages link to each other; the lite page names the full one as canonical', async ({
    page,
    baseURL,
  }) => {
    const en = await slugOf(navalny, 'en');
    await page.goto(`/en/articles/${en}`);
    await page.getByRole('link', { name: 'Text-only version (fast on slow connections)' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/lite/articles/${en}$`));
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${baseURL}/en/articles/${en}`);
    await page.getByRole('link', { name: 'Full version of this page' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/articles/${en}$`));
  });

  test('language switching and "Also in" stay in the lite edition; missing languages are marked', async ({ page }) => {
    const tk = await slugOf(navalny, 'tk');
    const en = await slugOf(navalny, 'en');
    await page.goto(`/tk/lite/articles/${tk}`);
    await page.getByRole('navigation', { name: 'Dil' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/lite/articles/${en}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const [ruOnly] = await sql<{ slug: string }>(
      `SELECT t.slug FROM "ArticleTranslation" t WHERE t.locale = 'ru' AND t.status = 'published'
        AND NOT EXISTS (SELECT 1 FROM "ArticleTranslation" o WHERE o."articleId" = t."articleId" AND o.locale = 'en') LIMIT 1`,
    );
    await page.goto(`/ru/lite/articles/${ruOnly?.slug}`);
    await expect(page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'English' })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Язык' })).toContainText('не опубликовано на этом языке');
  });

  test('unknown lite paths are localized 404s', async ({ request }) => {
    for (const url of ['/en/lite/articles/no-such-article', '/en/lite/nothing/here', '/tk/lite/page/99']) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
  });
});
