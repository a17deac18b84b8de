import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { buildWxr, polylangGroup } from '../tests/support/wxr';
import { sql } from './support';
import { signedInAsAdmin } from './workspace-support';

/**
 * The imported site as readers and admins meet it: `npm run import:wordpress` (the real command) imports a Polylang
 * export into the running server's database; the home page shows it at once (the command revalidated the cache),
 * grouped articles (and pages) link to each other, old WordPress addresses of posts and pages (a child page's
 * nested one too) answer 301 in the right language, drafts stay private, and an admin maps another system's address
 * on the redirects page.
 */
const run = promisify(execFile);
const tag = Date.now().toString(36);
const site = `https://wp-${tag}.example.org`;
const ruSlug = `doklad-${tag}`;
const encodedRu = encodeURIComponent(`доклад-${tag}`).toLowerCase();

test.describe.configure({ mode: 'serial' });

test('a WordPress export becomes a linked, redirected Habar site', async ({ request, browser, baseURL }) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'habar-e2e-wp-'));
  try {
    mkdirSync(path.join(dir, 'uploads', '2019', '05'), { recursive: true });
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#884422' } })
      .jpeg()
      .toBuffer();
    writeFileSync(path.join(dir, 'uploads', '2019', '05', `photo-${tag}.jpg`), jpeg);
    const lang = (code: string) => ({ language: code });
    const wxr = buildWxr({
      url: site,
      terms: [
        { id: 1, taxonomy: 'language', slug: 'ru', name: 'Русский' },
        { id: 2, taxonomy: 'language', slug: 'en', name: 'English' },
        { id: 3, taxonomy: 'language', slug: 'tk', name: 'Türkmençe' },
        {
          id: 4,
          taxonomy: 'post_translations',
          slug: `pll_${tag}`,
          name: 'g',
          description: polylangGroup({ ru: 10, en: 11, tk: 12 }),
        },
        {
          id: 5,
          taxonomy: 'post_translations',
          slug: `pll_page_${tag}`,
          name: 'p',
          description: polylangGroup({ en: 15, ru: 16 }),
        },
      ],
      posts: [
        {
          id: 10,
          ...lang('ru'),
          group: `pll_${tag}`,
          name: encodedRu,
          title: `Доклад ${tag}`,
          dateGmt: '2019-05-12 08:30:00',
          content: `<p>Русский текст.</p><img src="${site}/wp-content/uploads/2019/05/photo-${tag}-300x200.jpg" alt="Фото">`,
        },
        {
          id: 11,
          ...lang('en'),
          group: `pll_${tag}`,
          name: `report-${tag}`,
          title: `Report ${tag}`,
          // Newer than the demo articles, so the home page's first page lists it.
          dateGmt: new Date(Date.now() - 60_000).toISOString().slice(0, 19).replace('T', ' '),
          content: '<p>English text.</p>',
        },
        {
          id: 12,
          ...lang('tk'),
          group: `pll_${tag}`,
          name: `hasabat-${tag}`,
          title: `Hasabat ${tag}`,
          dateGmt: '2019-05-14 08:30:00',
          content: '<p>Türkmen text.</p>',
        },
        {
          id: 13,
          ...lang('en'),
          name: `draft-${tag}`,
          title: `Draft ${tag}`,
          status: 'draft',
          content: '<p>Not yet.</p>',
        },
        // A page in two languages, and a child page WordPress answered at /about-…/team-…/.
        {
          id: 15,
          ...lang('en'),
          type: 'page',
          group: `pll_page_${tag}`,
          name: `about-${tag}`,
          title: `About ${tag}`,
          content: '<p>Who we are.</p>',
        },
        {
          id: 16,
          ...lang('ru'),
          type: 'page',
          group: `pll_page_${tag}`,
          name: `o-nas-${tag}`,
          title: `О нас ${tag}`,
          content: '<p>Кто мы.</p>',
        },
        {
          id: 17,
          ...lang('en'),
          type: 'page',
          parent: 15,
          name: `team-${tag}`,
          title: `Team ${tag}`,
          content: '<p>The team.</p>',
          link: `${site}/?page_id=17`,
        },
        {
          id: 14,
          type: 'attachment',
          name: `photo-${tag}`,
          title: 'photo',
          status: 'inherit',
          attachmentUrl: `${site}/wp-content/uploads/2019/05/photo-${tag}.jpg`,
          meta: { _wp_attached_file: `2019/05/photo-${tag}.jpg` },
        },
      ],
    });
    const file = path.join(dir, 'export.xml');
    writeFileSync(file, wxr);

    // Warm the English home page, so a stale cache would show; the page does not exist yet.
    expect(await (await request.get('/en')).text()).not.toContain(`Report ${tag}`);
    expect((await request.get(`/en/pages/about-${tag}`)).status()).toBe(404);

    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/import/wordpress.ts',
        file,
        '--uploads',
        path.join(dir, 'uploads'),
        '--server',
        baseURL as string,
      ],
      {
        env: {
          ...process.env,
          DATABASE_URL: process.env.E2E_DATABASE_URL,
          HABAR_DATA_DIR: process.env.E2E_DATA_DIR,
          UPLOADS_DIR: path.join(process.env.E2E_DATA_DIR as string, 'uploads'),
        },
        timeout: 180_000,
      },
    );
    expect(stdout).toContain(`WordPress import from ${site}`);
    expect(stdout).toMatch(/^ru\s+1\/0\s+0\/0/m);
    expect(stdout).toMatch(/^en\s+1\/0\s+1\/0\s+0\s+0\s+1\s+1/m); // the draft is an article of its own
    expect(stdout).toMatch(/pages \(new\/updated\)[^]*^en\s+2\/0\s+0\/0/m); // the pages' own table
    expect(stdout).toContain(`public pages revalidated on ${baseURL}`);

    // The cache reflects the import at once.
    expect(await (await request.get('/en')).text()).toContain(`Report ${tag}`);

    // Grouped articles link to each other.
    const article = await request.get(`/en/articles/report-${tag}`);
    expect(article.status()).toBe(200);
    const html = await article.text();
    expect(html).toContain(`href="/ru/articles/${ruSlug}"`);
    expect(html).toContain(`href="/tk/articles/hasabat-${tag}"`);
    const russian = await (await request.get(`/ru/articles/${ruSlug}`)).text();
    expect(russian).toMatch(/<img src="\/media\/[^"]+" alt="Фото"/);

    // Old addresses answer 301 in the right language.
    const moved = async (url: string) => {
      const response = await request.get(url, { maxRedirects: 0 });
      return `${response.status()} ${response.headers()['location'] ?? ''}`;
    };
    expect(await moved('/?p=10')).toBe(`301 /ru/articles/${ruSlug}`);
    expect(await moved('/?p=11')).toBe(`301 /en/articles/report-${tag}`);
    expect(await moved(`/2019/05/12/${encodedRu}/`)).toBe(`301 /ru/articles/${ruSlug}`);
    expect(await moved(`/2019/05/${encodedRu}/`)).toBe(`301 /ru/articles/${ruSlug}`);
    expect(await moved(`/en/report-${tag}/`)).toBe(`301 /en/articles/report-${tag}`);
    expect(await moved(`/tk/hasabat-${tag}`)).toBe(`301 /tk/articles/hasabat-${tag}`);
    expect(await moved(`/wp-content/uploads/2019/05/photo-${tag}-1024x768.jpg`)).toMatch(
      /^301 \/media\/\d{4}\/\d{2}\//,
    );
    // Pages: linked to their translation, their old addresses (a child page's nested one too) lead to them.
    const aboutPage = await request.get(`/en/pages/about-${tag}`);
    expect(aboutPage.status()).toBe(200);
    expect(await aboutPage.text()).toContain(`href="/ru/pages/o-nas-${tag}"`);
    expect(await moved('/?page_id=15')).toBe(`301 /en/pages/about-${tag}`);
    expect(await moved(`/ru/o-nas-${tag}/`)).toBe(`301 /ru/pages/o-nas-${tag}`);
    expect(await moved(`/about-${tag}/team-${tag}/`)).toBe(`301 /en/pages/team-${tag}`);
    expect(await moved(`/en/about-${tag}/team-${tag}/`)).toBe(`301 /en/pages/team-${tag}`);
    // Drafts are not public, not even through an old address.
    expect(await moved('/?p=13')).toBe('404 ');
    expect((await request.get(`/en/articles/draft-${tag}`)).status()).toBe(404);
    expect(await moved(`/unknown-${tag}/`)).toBe('404 ');

    // The redirects page lists them with their hits (counted in a batch a few seconds later), and maps the
    // foundation's current addresses.
    const [translation] = await sql<{ id: string }>(`SELECT id FROM "ArticleTranslation" WHERE slug = $1`, [
      `report-${tag}`,
    ]);
    await expect
      .poll(
        async () =>
          (
            await sql<{ hits: number }>(
              `SELECT hits FROM "Redirect" WHERE "fromPath" = '/?p=11' AND "translationId" = $1`,
              [translation?.id],
            )
          )[0]?.hits ?? 0,
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    const { page, context } = await signedInAsAdmin(browser);
    try {
      await page.goto(`/admin/redirects?q=${encodeURIComponent(`report-${tag}`)}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Redirects' })).toBeVisible();
      await expect(page.getByRole('cell', { name: `/en/report-${tag}`, exact: true })).toBeVisible();
      const uuid = `3f2504e0-4f89-11d3-9a0c-${tag.padStart(12, '0').slice(-12)}`;
      await page.getByLabel('Old address').fill(`https://thf.example.org/en/article/${uuid}`);
      await page.getByRole('textbox', { name: 'New address', exact: true }).fill(`/en/articles/report-${tag}`);
      await page.getByRole('button', { name: 'Add redirect' }).click();
      await expect(page.getByRole('status')).toContainText(`/en/article/${uuid} now redirects.`);
      expect(await moved(`/en/article/${uuid}`)).toBe(`301 /en/articles/report-${tag}`);
      // A chain is refused with its reason.
      await page.getByLabel('Old address').fill(`/article/chain-${tag}`);
      await page.getByRole('textbox', { name: 'New address', exact: true }).fill(`/en/article/${uuid}`);
      await page.getByRole('button', { name: 'Add redirect' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'The new address itself redirects' })).toBeVisible();
    } finally {
      await context.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
