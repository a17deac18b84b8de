import { expect, test, type Page } from '@playwright/test';
import { locales, sql } from './support';
import {
  SWITCHER,
  articleIdFrom,
  fillText,
  move,
  moveToTrash,
  publishCheck,
  saveState,
  titleField,
  translationRow,
  uniqueTag,
  workflowStatus,
} from './editorial-support';
import { createStaff, signedIn, signedInAsAdmin, DEMO_PASSWORD } from './workspace-support';

/**
 * The public edition (issue 15): the foundation's identity on every page, pages (About) in three languages, the
 * home page's lead story and pins, covers as responsive images, author pages, and pages that fit a 320 px phone.
 */
type Locale = (typeof locales)[number];

async function slugOf(articleId: string, locale: Locale): Promise<string> {
  const [row] = await sql<{ slug: string }>(
    `SELECT slug FROM "ArticleTranslation" WHERE "articleId" = $1 AND locale = $2 AND status = 'published'`,
    [articleId, locale],
  );
  if (!row) throw new Error(`${articleId} is not published in ${locale}`);
  return row.slug;
}

const about = 'demo-page-about';
const navalny = 'demo-article-a-navalny-protests-reaction';

/** One public URL of every page type in a language (full edition and lite). */
async function everyPageType(locale: Locale): Promise<string[]> {
  const [category] = await sql<{ slug: string }>(
    `SELECT slug FROM "CategoryTranslation" WHERE locale = $1 AND "categoryId" = 'demo-category-reports'`,
    [locale],
  );
  const [tag] = await sql<{ slug: string }>(
    `SELECT slug FROM "TagTranslation" WHERE locale = $1 AND "tagId" = 'demo-tag-un'`,
    [locale],
  );
  const [author] = await sql<{ slug: string }>(
    `SELECT slug FROM "AuthorTranslation" WHERE locale = $1 AND "authorId" = 'demo-author-thf-staff'`,
    [locale],
  );
  const article = await slugOf(navalny, locale);
  const page = await slugOf(about, locale);
  const query = { ru: 'демонстрации', tk: 'ýaşlar', en: 'passport' }[locale];
  return [
    `/${locale}`,
    `/${locale}/page/2`,
    `/${locale}/articles/${article}`,
    `/${locale}/categories/${category?.slug}`,
    `/${locale}/tags/${tag?.slug}`,
    `/${locale}/authors/${author?.slug}`,
    `/${locale}/pages/${page}`,
    `/${locale}/search?q=${encodeURIComponent(query)}`,
    `/${locale}/no-such-page`,
    `/${locale}/lite`,
    `/${locale}/lite/articles/${article}`,
    `/${locale}/lite/pages/${page}`,
    `/${locale}/lite/authors/${author?.slug}`,
  ];
}

test.describe('the foundation’s pages', () => {
  test('About exists in three languages, is linked from every page of its language, and switches like an article', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    for (const locale of locales) {
      const slug = await slugOf(about, locale);
      for (const url of await everyPageType(locale)) {
        const html = await (await request.get(url)).text();
        const link = url.includes('/lite') ? `/${locale}/lite/pages/${slug}` : `/${locale}/pages/${slug}`;
        expect(html, `${url} links to About`).toContain(`href="${link}"`);
      }
    }
    const ru = await slugOf(about, 'ru');
    const en = await slugOf(about, 'en');
    const tk = await slugOf(about, 'tk');
    await page.goto('/ru');
    await page.getByRole('navigation', { name: 'Рубрики' }).getByRole('link', { name: 'О фонде' }).click();
    await expect(page).toHaveURL(new RegExp(`/ru/pages/${ru}$`));
    await page.getByRole('navigation', { name: SWITCHER.ru }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/pages/${en}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the foundation');
    await page.getByRole('navigation', { name: SWITCHER.en }).getByRole('link', { name: 'Türkmençe' }).click();
    await expect(page).toHaveURL(new RegExp(`/tk/pages/${tk}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'tk');
    // Pages are not articles: no date, no byline, no place in lists or feeds; the other address redirects.
    expect(await page.locator('article time').count()).toBe(0);
    const feed = await (await request.get('/en/feed.xml')).text();
    expect(feed).not.toContain(`/pages/${en}`);
    const moved = await request.get(`/en/articles/${en}`, { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(moved.headers().location).toBe(`/en/pages/${en}`);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toContain(`/en/pages/${en}</loc>`);
  });

  test('the masthead, titles and feeds carry the foundation’s name in each language', async ({ request }) => {
    const names = {
      ru: 'Туркменский Хельсинкский фонд по правам человека',
      tk: 'Adam hukuklary boýunça Türkmen Helsinki Gaznasy',
      en: 'Turkmenistan Helsinki Foundation for Human Rights',
    };
    for (const locale of locales) {
      const html = await (await request.get(`/${locale}`)).text();
      expect(html).toContain(`<b>${names[locale]}</b>`);
      expect(html).toMatch(new RegExp(`<title>${names[locale]}`));
      expect(html).toContain(`<meta property="og:site_name" content="${names[locale]}">`);
      const feed = await (await request.get(`/${locale}/feed.xml`)).text();
      expect(/<channel>\s*<title>([^<]*)<\/title>/.exec(feed)?.[1]).toMatch(new RegExp(`^${names[locale]} \\(`));
    }
  });
});

test.describe('fit on a phone', () => {
  for (const width of [320, 390]) {
    test(`no page scrolls sideways at ${width} px`, async ({ browser }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
      const page = await context.newPage();
      const overflowing: string[] = [];
      for (const locale of locales) {
        for (const url of await everyPageType(locale)) {
          await page.goto(url);
          const { scroll, inner } = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            inner: window.innerWidth,
          }));
          if (scroll > inner) overflowing.push(`${url}: ${scroll} > ${inner}`);
        }
        // The language switcher stays on one line, also where a language is missing.
        const [ruOnly] = await sql<{ slug: string }>(
          `SELECT t.slug FROM "ArticleTranslation" t WHERE t.locale = 'ru' AND t.status = 'published'
            AND NOT EXISTS (SELECT 1 FROM "ArticleTranslation" o WHERE o."articleId" = t."articleId" AND o.locale = 'en') LIMIT 1`,
        );
        await page.goto(`/ru/articles/${ruOnly?.slug}`);
        const items = page.getByRole('navigation', { name: SWITCHER.ru }).getByRole('listitem');
        const tops = await items.evaluateAll((elements) =>
          elements.map((element) => element.getBoundingClientRect().top),
        );
        expect(new Set(tops.map(Math.round)).size).toBe(1);
      }
      expect(overflowing).toEqual([]);
      await context.close();
    });
  }
});

test.describe('pictures and favicons', () => {
  test('favicons answer 200 (SVG and ICO), and every page names them', async ({ request }) => {
    const ico = await request.get('/favicon.ico');
    expect(ico.status()).toBe(200);
    expect(ico.headers()['content-type']).toBe('image/x-icon');
    expect(
      Buffer.from(await ico.body())
        .subarray(0, 4)
        .toString('hex'),
    ).toBe('00000100');
    const svg = await request.get('/favicon.svg');
    expect(svg.status()).toBe(200);
    expect(svg.headers()['content-type']).toBe('image/svg+xml');
    expect(svg.headers()['content-security-policy']).toContain('sandbox');
    const html = await (await request.get('/en')).text();
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"');
    expect(html).toContain('<link rel="icon" href="/favicon.ico"');
  });

  test('covers carry srcset and sizes, and a 390 px phone downloads the 480 px variant', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const slug = await slugOf(navalny, 'en');
    await page.goto(`/en/articles/${slug}`);
    const cover = page.locator('article figure img');
    await expect(cover).toHaveAttribute('srcset', /-480w\.webp 480w, .*-960w\.webp 960w, .*-1600w\.webp 1600w/);
    await expect(cover).toHaveAttribute('sizes', /100vw/);
    await expect(cover).toHaveAttribute('width', /\d+/);
    await expect(cover).toHaveAttribute('alt', 'A city square in winter, people holding placards');
    await expect.poll(() => cover.evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(/-480w\.webp$/);
    await expect(page.locator('article figcaption')).toContainText('Photo: Habar (demo)');
    await page.goto('/en');
    const lead = page.locator('main img').first();
    await expect(lead).toHaveAttribute('srcset', /480w/);
    await expect(lead).not.toHaveAttribute('loading', 'lazy');
    // Category pages show small thumbnails, lazy below the first few.
    await page.goto('/en/categories/reports');
    expect(await page.locator('main .row img[srcset][sizes]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

async function homeHeadlines(page: Page, locale: Locale): Promise<string[]> {
  await page.goto(`/${locale}`);
  return page.locator('main h2 a[href*="/articles/"], main h3 a[href*="/articles/"]').allTextContents();
}

test.describe('the home page', () => {
  test('no headline appears twice on a home page', async ({ page }) => {
    for (const locale of locales) {
      const headlines = await homeHeadlines(page, locale);
      expect(headlines.length).toBeGreaterThan(10);
      expect(
        headlines.filter((headline, index) => headlines.indexOf(headline) !== index),
        locale,
      ).toEqual([]);
    }
  });

  test('a pinned story leads the home page of its language only', async ({ browser, page }) => {
    // The oldest article published in both English and Russian: never the lead on its own.
    const [old] = await sql<{ articleId: string; en: string; ru: string }>(
      `SELECT e."articleId", e.title AS en, r.title AS ru FROM "ArticleTranslation" e
         JOIN "ArticleTranslation" r ON r."articleId" = e."articleId" AND r.locale = 'ru' AND r.status = 'published'
         JOIN "Article" a ON a.id = e."articleId" AND a.kind = 'article'
        WHERE e.locale = 'en' AND e.status = 'published' ORDER BY e."publishedAt" LIMIT 1`,
    );
    if (!old) throw new Error('no article published in English and Russian');
    const editor = await signedIn(browser, { email: 'editor@example.org', password: DEMO_PASSWORD });
    const admin = editor.page;
    try {
      await admin.goto('/admin/front');
      await admin.getByRole('combobox', { name: 'Lead story on the English home page' }).selectOption(old.articleId);
      await admin.getByRole('button', { name: 'Save (English)' }).click();
      await expect(admin.getByText('Saved.').first()).toBeVisible();
      expect((await homeHeadlines(page, 'en'))[0]).toBe(old.en);
      await expect(page.locator('main .lead')).toContainText('Pinned by the editors');
      expect((await homeHeadlines(page, 'ru'))[0]).not.toBe(old.ru);
      // Pinned and listed once: it is not repeated further down.
      expect((await homeHeadlines(page, 'en')).filter((title) => title === old.en)).toHaveLength(1);
    } finally {
      await admin.goto('/admin/front');
      await admin.getByRole('combobox', { name: 'Lead story on the English home page' }).selectOption('');
      await admin.getByRole('button', { name: 'Save (English)' }).click();
      await expect(admin.getByText('Saved.').first()).toBeVisible();
      await editor.context.close();
    }
    expect((await homeHeadlines(page, 'en'))[0]).not.toBe(old.en);
  });
});

test.describe('authors and articles', () => {
  test('an author page lists that author’s articles in that language, and bylines link to it', async ({ page }) => {
    for (const locale of locales) {
      const [author] = await sql<{ slug: string; name: string }>(
        `SELECT slug, name FROM "AuthorTranslation" WHERE locale = $1 AND "authorId" = 'demo-author-maral-annayeva'`,
        [locale],
      );
      const expected = await sql<{ title: string }>(
        `SELECT t.title FROM "ArticleTranslation" t JOIN "ArticleAuthor" aa ON aa."articleId" = t."articleId"
          JOIN "Article" a ON a.id = t."articleId"
          WHERE aa."authorId" = 'demo-author-maral-annayeva' AND t.locale = $1 AND t.status = 'published'
            AND a."deletedAt" IS NULL AND a.kind = 'article'`,
        [locale],
      );
      expect(expected.length, locale).toBeGreaterThan(0);
      await page.goto(`/${locale}/authors/${author?.slug}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(author?.name ?? '');
      const listed = await page.locator('main .row h3 a').allTextContents();
      expect(listed.sort()).toEqual(expected.map((row) => row.title).sort());
      // The byline of one of them leads back here.
      await page.locator('main .row h3 a').first().click();
      await page.locator('.byline').getByRole('link', { name: author?.name }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/authors/${author?.slug}$`));
    }
  });

  test('an article has reading time, citation, plain share links and related articles in its language', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const slug = await slugOf(navalny, 'en');
    await page.goto(`/en/articles/${slug}`);
    await expect(page.locator('.byline')).toContainText(/\d+ min read/);
    await expect(page.getByRole('region', { name: 'How to cite' })).toContainText(
      'Turkmenistan Helsinki Foundation for Human Rights.',
    );
    const share = page.getByRole('region', { name: 'Share' });
    await expect(share.getByRole('link', { name: 'Telegram' })).toHaveAttribute(
      'href',
      /^https:\/\/t\.me\/share\/url\?url=/,
    );
    const related = page.getByRole('region', { name: 'Related' }).locator('a[href^="/en/articles/"]');
    expect(await related.count()).toBeGreaterThan(0);
    // Nothing was requested from anyone else.
    expect(requests.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([]);
  });
});

test.describe('lite edition and settings', () => {
  test('lite pages have a meta description', async ({ request }) => {
    for (const locale of locales) {
      for (const url of (await everyPageType(locale)).filter((path) => path.includes('/lite'))) {
        const html = await (await request.get(url)).text();
        expect(/<meta name="description" content="([^"]+)">/.exec(html)?.[1], url).toBeTruthy();
      }
    }
  });

  test('an admin’s change to the identity reaches every public page at once; a hostile SVG logo is cleaned', async ({
    browser,
    request,
  }) => {
    const admin = await signedInAsAdmin(browser);
    const tagline = `Tagline ${Date.now()}`;
    const [before] = await sql<{ value: unknown }>(`SELECT value FROM "Setting" WHERE key = 'site.identity'`);
    const slug = await slugOf(navalny, 'en');
    // Warm the pages first: a cached page must be renewed, not just rendered for the first time.
    for (const url of ['/en', `/en/articles/${slug}`, '/en/no-such-page']) await request.get(url);
    try {
      await admin.page.goto('/admin/settings');
      await admin.page.getByLabel('Tagline (English)').fill(tagline);
      await admin.page.getByRole('button', { name: 'Save settings' }).click();
      await expect(admin.page.getByText('Saved. Every public page now shows it.')).toBeVisible();
      for (const url of ['/en', `/en/articles/${slug}`, '/en/no-such-page', '/en/lite']) {
        expect(await (await request.get(url)).text(), url).toContain(url.includes('lite') ? 'Turkmenistan' : tagline);
      }
      await admin.page
        .getByLabel('File')
        .first()
        .setInputFiles({
          name: 'logo.svg',
          mimeType: 'image/svg+xml',
          buffer: Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10" onload="alert(1)"><script>alert(2)</script><rect width="20" height="10" fill="#123"/></svg>',
          ),
        });
      await admin.page.getByRole('button', { name: 'Upload logo' }).click();
      await expect(admin.page.getByText('Uploaded. Every public page now shows it.')).toBeVisible();
      const logo = /<a class="brand"[^>]*>\s*<img src="(\/brand\/[0-9a-f]{16}\.svg)"/.exec(
        await (await request.get('/en')).text(),
      )?.[1];
      expect(logo).toBeTruthy();
      const file = await request.get(logo as string);
      expect(file.headers()['content-security-policy']).toContain('sandbox');
      const text = await file.text();
      expect(text).toContain('<rect');
      expect(text).not.toMatch(/script|onload/);
    } finally {
      await sql(`UPDATE "Setting" SET value = $1 WHERE key = 'site.identity'`, [JSON.stringify(before?.value)]);
      await admin.page.goto('/admin/settings');
      await admin.page.getByRole('button', { name: 'Save settings' }).click();
      await expect(admin.page.getByText('Saved. Every public page now shows it.')).toBeVisible();
      await admin.context.close();
    }
  });
});

test.describe('pages through the working copy', () => {
  test('a published page’s edited title reaches no reader until Publish changes, then its page and every footer at once', async ({
    browser,
    request,
  }) => {
    test.setTimeout(150_000);
    const tag = uniqueTag();
    const { context, page } = await signedIn(browser, await createStaff('editor'));
    const first = `Funding policy ${tag}`;
    await page.goto('/admin/pages/new');
    await page.getByRole('group', { name: 'Written in' }).getByRole('radio', { name: 'English' }).check();
    await fillText(page, { title: first, summary: 'Where our money comes from.', body: 'We take no state money.' });
    await page.getByRole('button', { name: 'Create draft' }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/[^/]+\/translate\/en$/);
    const id = articleIdFrom(page.url());
    try {
      await move(page, 'Publish', 'published');
      const slug = (await translationRow(id, 'en'))?.slug ?? '';
      const navalnySlug = await slugOf(navalny, 'en');
      const shows = ['/en', `/en/articles/${navalnySlug}`, `/en/pages/${slug}`, `/en/lite/pages/${slug}`];
      // A new page is listed in the footer: the very next request to every page has it.
      for (const url of shows) expect(await (await request.get(url)).text(), url).toContain(first);

      const second = `Funding and independence ${tag}`;
      await titleField(page).fill(second);
      await expect(saveState(page)).toHaveText(/^Changes saved at .* \(not published\)$/, { timeout: 20_000 });
      for (const url of shows) expect(await (await request.get(url)).text(), url).not.toContain(second);

      await page.getByRole('region', { name: 'Publication' }).getByRole('button', { name: 'Publish changes' }).click();
      // A page carries no byline and needs no cover: the check does not ask for them, and names its /pages/ address.
      await expect(publishCheck(page)).toContainText(`/en/pages/${slug}`);
      await expect(publishCheck(page)).not.toContainText(/byline|cover/i);
      await publishCheck(page).getByRole('button', { name: 'Publish the changes now' }).click();
      await expect(workflowStatus(page)).toHaveText('Status: published');
      for (const url of shows) {
        const html = await (await request.get(url)).text();
        expect(html, url).toContain(second);
        expect(html, url).not.toContain(first);
      }
    } finally {
      await moveToTrash(page, id);
      await context.close();
    }
    expect(await (await request.get('/en')).text()).not.toContain(tag);
  });
});
