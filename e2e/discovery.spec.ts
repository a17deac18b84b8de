import { expect, test, type APIRequestContext } from '@playwright/test';
import { locales } from './support';

/**
 * Search engines and feed readers: every public page's hreflang set is reciprocal and points only at pages that
 * answer 200; the sitemap lists exactly those sets; every feed is valid XML whose items answer 200.
 */
type Alternates = Map<string, string>; // hreflang → path

const pathOf = (url: string) => new URL(url).pathname;

function hreflangs(html: string): Alternates {
  const map: Alternates = new Map();
  for (const match of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)) {
    map.set(match[1] as string, pathOf(match[2] as string));
  }
  return map;
}

function sitemapEntries(xml: string): Map<string, Alternates> {
  const entries = new Map<string, Alternates>();
  for (const url of xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)) {
    const alternates: Alternates = new Map();
    for (const link of (url[2] as string).matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)) {
      alternates.set(link[1] as string, pathOf(link[2] as string));
    }
    entries.set(pathOf(url[1] as string), alternates);
  }
  return entries;
}

const asObject = (map: Alternates) => Object.fromEntries([...map.entries()].sort());

async function status(request: APIRequestContext, path: string, cache: Map<string, number>): Promise<number> {
  if (!cache.has(path)) cache.set(path, (await request.get(path, { maxRedirects: 0 })).status());
  return cache.get(path) as number;
}

test.describe('hreflang, sitemap, feeds', () => {
  test.describe.configure({ timeout: 180_000 });

  test('hreflang sets are reciprocal, point at pages that answer 200, and equal the sitemap', async ({ request }) => {
    const sitemap = await request.get('/sitemap.xml');
    expect(sitemap.headers()['content-type']).toContain('xml');
    const entries = sitemapEntries(await sitemap.text());
    expect(entries.size).toBeGreaterThan(60);
    const pages = new Map<string, Alternates>();
    const statuses = new Map<string, number>();
    for (const path of entries.keys()) {
      const response = await request.get(path);
      statuses.set(path, response.status());
      expect(response.status(), path).toBe(200);
      pages.set(path, hreflangs(await response.text()));
    }
    for (const [path, alternates] of pages) {
      expect(alternates.get('x-default'), `${path} has x-default`).toBeDefined();
      const own = [...alternates.entries()].find(([language]) => path.startsWith(`/${language}`));
      expect(own?.[1], `${path} lists itself`).toBe(path);
      for (const [language, target] of alternates) {
        expect(await status(request, target, statuses), `${path} → ${language} ${target}`).toBe(200);
        const back = pages.get(target) ?? hreflangs(await (await request.get(target)).text());
        expect(asObject(back), `${target} lists the same languages as ${path}`).toEqual(asObject(alternates));
      }
      expect(asObject(entries.get(path) as Alternates), `sitemap entry of ${path}`).toEqual(asObject(alternates));
    }
  });

  test('an article published in two languages has exactly those two plus x-default', async ({ request }) => {
    const entries = sitemapEntries(await (await request.get('/sitemap.xml')).text());
    const twoLanguages = [...entries.values()].find(
      (alternates) => alternates.size === 3 && [...alternates.values()].every((path) => path.includes('/articles/')),
    );
    expect(twoLanguages).toBeDefined();
  });

  test('every feed is valid RSS in its language, and every item link answers 200', async ({ request, page }) => {
    const feeds = [
      ...locales.map((locale) => `/${locale}/feed.xml`),
      '/ru/categories/novosti/feed.xml',
      '/tk/categories/hasabatlar/feed.xml',
      '/en/categories/labour-rights/feed.xml',
    ];
    await page.goto('/en');
    for (const feed of feeds) {
      const response = await request.get(feed);
      expect(response.status(), feed).toBe(200);
      expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
      const xml = await response.text();
      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        if (doc.getElementsByTagName('parsererror').length > 0) return null;
        return {
          language: doc.querySelector('channel > language')?.textContent,
          links: [...doc.querySelectorAll('item > link')].map((link) => link.textContent ?? ''),
          encoded: doc.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded').length,
        };
      }, xml);
      expect(parsed, `${feed} parses as XML`).not.toBeNull();
      expect(parsed?.language).toBe(feed.split('/')[1]);
      expect(parsed?.links.length).toBeGreaterThan(0);
      expect(parsed?.links.length).toBeLessThanOrEqual(20);
      expect(parsed?.encoded).toBe(parsed?.links.length);
      for (const link of parsed?.links ?? []) {
        expect(link).toMatch(/^https?:\/\//);
        expect((await request.get(pathOf(link))).status(), link).toBe(200);
      }
    }
  });

  test('robots.txt keeps /admin out and points at the sitemap', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toContain('Disallow: /admin');
    expect(text).toMatch(/Sitemap: https?:\/\/[^/]+\/sitemap\.xml/);
  });

  test('article pages carry title, description, Open Graph, Twitter and NewsArticle data in their language', async ({
    page,
  }) => {
    await page.goto('/tk');
    await page.getByRole('main').locator('a[href*="/articles/"]').first().click();
    // The title is read once the article has loaded, not while the click's navigation is under way.
    await page.waitForURL(/\/articles\//);
    const title = await page.title();
    expect(title).toContain('Helsinki');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe('tk_TM');
    expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');
    expect(await page.locator('meta[name="twitter:card"]').count()).toBe(1);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(page.url());
    const data = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) as string,
    ) as Record<string, unknown>;
    expect(data['@type']).toBe('NewsArticle');
    expect(data.inLanguage).toBe('tk');
    expect(data.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  });
});
