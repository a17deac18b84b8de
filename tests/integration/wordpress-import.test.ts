/**
 * The WordPress import (lib/import/wordpress/) on a real database with exports the test builds: Polylang groups of
 * three and two languages, a WPML group, a single-language site, drafts, a future post, a page, attachments with and
 * without files, hostile HTML and malformed serialization; then the same file again (updates, no duplicates), a
 * dry run (nothing written), a crash mid-import (no half article, a re-run completes) and bad files.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importWordPress, type ImportOptions } from '@/lib/import/wordpress/run';
import { WxrError } from '@/lib/import/wordpress/wxr-reader';
import { unsafeHtmlFindings } from '../support/html-safety';
import { migratedDatabase } from '../support/test-db';
import { buildWxr, polylangGroup, type WxrPost } from '../support/wxr';

const db = migratedDatabase();
let dir: string;
let uploadsFrom: string;
let uploadsDir: string;
const SITE = 'https://old.example.org';

const ru = { language: 'ru' } as const;
const en = { language: 'en' } as const;
const tk = { language: 'tk' } as const;

function polylangSite(): string {
  const posts: WxrPost[] = [
    // A group of three: ru (source, earliest), en, tk.
    {
      id: 10,
      ...ru,
      group: 'pll_a',
      name: '%d0%b4%d0%be%d0%ba%d0%bb%d0%b0%d0%b4',
      title: 'Доклад о свободе',
      dateGmt: '2019-05-12 08:30:00',
      date: '2019-05-12 13:30:00',
      content:
        '<!-- wp:paragraph --><p>Доклад о свободе</p><!-- /wp:paragraph --><!-- wp:paragraph --><p>Текст <strong>доклада</strong>.</p><!-- /wp:paragraph --><!-- wp:image {"id":40} --><figure class="wp-block-image"><img src="https://old.example.org/wp-content/uploads/2019/05/photo-300x200.jpg" alt="Фото" class="wp-image-40"/></figure><!-- /wp:image -->',
      excerpt: '<p>Краткое &amp; содержание</p>',
      categories: [{ nicename: 'novosti', name: 'Новости' }],
      tags: [{ nicename: 'prava', name: 'Права' }],
      meta: { _thumbnail_id: '40' },
      comments: 3,
      creator: 'anna',
    },
    {
      id: 11,
      ...en,
      group: 'pll_a',
      name: 'freedom-report',
      title: 'Freedom report',
      dateGmt: '2019-05-13 08:30:00',
      content:
        '<p>Report text with a <a href="https://old.example.org/2019/05/12/%d0%b4%d0%be%d0%ba%d0%bb%d0%b0%d0%b4/">link home</a>.</p>',
      categories: [{ nicename: 'news', name: 'News' }],
      creator: 'anna',
    },
    {
      id: 12,
      ...tk,
      group: 'pll_a',
      name: 'azatlyk-hasabaty',
      title: 'Azatlyk hasabaty',
      dateGmt: '2019-05-14 08:30:00',
      content: '<p>Hasabat ýazgysy.</p>',
    },
    // A group of two: en (source) and ru draft.
    {
      id: 20,
      ...en,
      group: 'pll_b',
      name: 'second-story',
      title: 'Second story',
      dateGmt: '2020-02-01 10:00:00',
      content: 'Classic text line one\nline two\n\nSecond paragraph [caption id="x"]Caption words[/caption]',
    },
    {
      id: 21,
      ...ru,
      group: 'pll_b',
      name: 'vtoraya',
      title: 'Вторая история',
      status: 'draft',
      dateGmt: '0000-00-00 00:00:00',
      date: '2020-02-02 10:00:00',
      content: '<p>Черновик</p>',
    },
    // A future post, a private one, a trashed one, a French one, a page.
    {
      id: 30,
      ...en,
      name: 'coming-soon',
      title: 'Coming soon',
      status: 'future',
      dateGmt: '2031-01-01 00:00:00',
      content: '<p>Later</p>',
    },
    { id: 31, ...en, name: 'secret', title: 'Secret', status: 'private', content: '<p>x</p>' },
    { id: 32, ...en, name: 'binned', title: 'Binned', status: 'trash', content: '<p>x</p>' },
    { id: 33, language: 'fr', name: 'bonjour', title: 'Bonjour', content: '<p>Texte</p>' },
    { id: 34, ...en, type: 'page', name: 'about', title: 'About us', content: '<p>Page</p>' },
    // Hostile HTML.
    {
      id: 35,
      ...en,
      name: 'hostile',
      title: 'Hostile',
      content:
        '<p onclick="alert(1)">Safe words<script>alert(1)</script></p><iframe src="https://video.example.com/embed/1"></iframe><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">click</a><style>body{}</style><svg><script>alert(4)</script></svg><object data="x.swf"></object>[contact-form-7 id="1"]',
    },
    // A malformed group: its posts import on their own.
    { id: 36, ...en, group: 'pll_bad', name: 'bad-group-en', title: 'Bad group en', content: '<p>one</p>' },
    { id: 37, ...ru, group: 'pll_bad', name: 'bad-group-ru', title: 'Плохая группа', content: '<p>два</p>' },
    // Attachments: with a file, and without.
    {
      id: 40,
      type: 'attachment',
      ...ru,
      name: 'photo',
      title: 'photo',
      status: 'inherit',
      attachmentUrl: `${SITE}/wp-content/uploads/2019/05/photo.jpg`,
      meta: { _wp_attached_file: '2019/05/photo.jpg', _wp_attachment_image_alt: 'Фото' },
    },
    {
      id: 41,
      type: 'attachment',
      name: 'lost',
      title: 'lost',
      status: 'inherit',
      attachmentUrl: `${SITE}/wp-content/uploads/2019/05/lost.jpg`,
      meta: { _wp_attached_file: '2019/05/lost.jpg' },
    },
    { id: 42, type: 'nav_menu_item', name: '42', title: '', content: '' },
  ];
  return buildWxr({
    url: SITE,
    authors: [
      { login: 'anna', displayName: 'Anna Writer' },
      { login: 'admin', displayName: 'Site Admin' },
    ],
    categories: [
      { id: 2, nicename: 'novosti', name: 'Новости' },
      { id: 3, nicename: 'news', name: 'News' },
    ],
    terms: [
      { id: 50, taxonomy: 'language', slug: 'ru', name: 'Русский' },
      { id: 51, taxonomy: 'language', slug: 'en', name: 'English' },
      { id: 52, taxonomy: 'language', slug: 'tk', name: 'Türkmençe' },
      { id: 53, taxonomy: 'language', slug: 'fr', name: 'Français' },
      {
        id: 60,
        taxonomy: 'post_translations',
        slug: 'pll_a',
        name: 'pll_a',
        description: polylangGroup({ ru: 10, en: 11, tk: 12 }),
      },
      {
        id: 61,
        taxonomy: 'post_translations',
        slug: 'pll_b',
        name: 'pll_b',
        description: polylangGroup({ en: 20, ru: 21, tk: 99, fr: 40 }),
      },
      {
        id: 62,
        taxonomy: 'post_translations',
        slug: 'pll_bad',
        name: 'pll_bad',
        description: 'a:2:{s:2:"en";i:36;s:2:"ru";O:8:"stdClass":0:{}}',
      },
      {
        id: 70,
        taxonomy: 'term_translations',
        slug: 'pll_t',
        name: 'pll_t',
        description: polylangGroup({ ru: 2, en: 3 }),
      },
    ],
    posts,
  });
}

async function file(name: string, content: string | Buffer): Promise<string> {
  const full = path.join(dir, name);
  await writeFile(full, content);
  return full;
}

const run = (wxr: string, extra: Partial<ImportOptions> = {}) =>
  importWordPress(db.prisma(), { file: wxr, uploadsFrom, uploadsDir, dryRun: false, ...extra });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'habar-wp-import-'));
  uploadsFrom = path.join(dir, 'wp-uploads');
  uploadsDir = path.join(dir, 'habar-uploads');
  await mkdir(path.join(uploadsFrom, '2019', '05'), { recursive: true });
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3366aa' } })
    .jpeg()
    .toBuffer();
  await writeFile(path.join(uploadsFrom, '2019', '05', 'photo.jpg'), jpeg);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a Polylang site', () => {
  let wxr: string;
  beforeAll(async () => {
    wxr = await file('polylang.xml', polylangSite());
  });

  it('a dry run writes nothing and reports what the import will do', async () => {
    const report = await run(wxr, { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.perLocale.ru.articlesCreated).toBe(2); // group A, and the bad group's ru post
    expect(await db.prisma().article.count()).toBe(0);
    expect(await db.prisma().media.count()).toBe(0);
    expect(await db.prisma().redirect.count()).toBe(0);
    expect(await db.prisma().importedItem.count()).toBe(0);
  });

  it('imports each group as one article with a translation per language, and reports per language', async () => {
    const report = await run(wxr);
    const prisma = db.prisma();
    const groupA = await prisma.articleTranslation.findFirstOrThrow({
      where: { title: 'Доклад о свободе' },
      select: { articleId: true },
    });
    const translations = await prisma.articleTranslation.findMany({
      where: { articleId: groupA.articleId },
      orderBy: { locale: 'asc' },
      select: {
        locale: true,
        slug: true,
        status: true,
        publishedAt: true,
        summary: true,
        body: true,
        bodyHtml: true,
        title: true,
        sourceFingerprint: true,
      },
    });
    expect(translations.map((t) => t.locale)).toEqual(['ru', 'tk', 'en']);
    const russian = translations.find((t) => t.locale === 'ru')!;
    expect(russian.slug).toBe('doklad');
    expect(russian.status).toBe('published');
    expect(russian.publishedAt?.toISOString()).toBe('2019-05-12T08:30:00.000Z');
    expect(russian.summary).toBe('Краткое & содержание');
    // The title repeated as the first paragraph is dropped; the image is in the media library.
    expect(russian.bodyHtml).not.toContain('<p>Доклад о свободе</p>');
    expect(russian.bodyHtml).toMatch(/<img src="\/media\/[^"]+" alt="Фото"/);
    expect(translations.find((t) => t.locale === 'en')!.bodyHtml).toContain(
      'href="/2019/05/12/%d0%b4%d0%be%d0%ba%d0%bb%d0%b0%d0%b4/"',
    );

    const article = await prisma.article.findUniqueOrThrow({
      where: { id: groupA.articleId },
      select: {
        sourceLocale: true,
        coverMediaId: true,
        category: { select: { translations: { select: { locale: true, name: true } } } },
        tags: { select: { tag: { select: { translations: { select: { name: true } } } } } },
        authors: { select: { author: { select: { translations: { select: { name: true } } } } } },
      },
    });
    expect(article.sourceLocale).toBe('ru');
    expect(article.coverMediaId).not.toBeNull();
    // One category with a name per language (Polylang's term translations).
    expect(article.category?.translations.map((t) => `${t.locale}:${t.name}`).sort()).toEqual([
      'en:News',
      'ru:Новости',
    ]);
    expect(article.tags.map((t) => t.tag.translations[0]?.name)).toEqual(['Права']);
    expect(article.authors[0]?.author.translations.map((t) => t.name)).toContain('Anna Writer');

    // Group B: en source published, ru draft, the names of a missing post and of an attachment reported.
    const groupB = await prisma.articleTranslation.findFirstOrThrow({
      where: { slug: 'second-story' },
      select: { articleId: true, bodyHtml: true },
    });
    expect(groupB.bodyHtml).toBe('<p>Classic text line one<br/>line two</p><p>Second paragraph Caption words</p>');
    const draft = await prisma.articleTranslation.findUniqueOrThrow({
      where: { articleId_locale: { articleId: groupB.articleId, locale: 'ru' } },
    });
    expect(draft.status).toBe('draft');
    expect(report.notes.map((n) => n.reason)).toEqual(
      expect.arrayContaining([
        'names post 99 (tk), which is not in the file',
        'names post 40 (fr), which is a attachment: left out',
        expect.stringMatching(/^translation group not used: malformed serialization \(serialized objects are refused/),
      ]),
    );

    const scheduled = await prisma.articleTranslation.findFirstOrThrow({ where: { slug: 'coming-soon' } });
    expect(scheduled.status).toBe('scheduled');
    expect(scheduled.scheduledAt?.toISOString()).toBe('2031-01-01T00:00:00.000Z');

    const reasons = report.skipped.map((s) => `${s.subject}:${s.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        '31:private',
        '32:in the trash',
        '33:the language "fr" is not ru, tk or en',
        '42:nav_menu_item (not content)',
      ]),
    );
    expect(report.media.imported).toBe(1);
    expect(report.media.missing).toEqual([
      { subject: '41 (2019/05/lost.jpg)', reason: 'file not found in the uploads folder' },
    ]);
    expect(report.comments).toBe(3);
    expect(report.perLocale.ru).toMatchObject({ articlesCreated: 2, translationsCreated: 1, drafts: 1, media: 1 });
    expect(report.perLocale.en).toMatchObject({ articlesCreated: 4, translationsCreated: 1, scheduled: 1 });
    expect(report.perLocale.tk).toMatchObject({ articlesCreated: 0, translationsCreated: 1, published: 1 });
    // The page is a Habar page, counted apart from the articles.
    expect(report.pages.en).toMatchObject({ articlesCreated: 1, published: 1 });
    const about = await prisma.articleTranslation.findFirstOrThrow({
      where: { slug: 'about' },
      select: { article: { select: { kind: true } } },
    });
    expect(about.article.kind).toBe('page');

    // The malformed group's posts became two separate articles.
    const bad = await prisma.articleTranslation.findMany({
      where: { slug: { in: ['bad-group-en', 'bad-group-ru'] } },
      select: { articleId: true },
    });
    expect(new Set(bad.map((b) => b.articleId)).size).toBe(2);
  });

  it('hostile HTML keeps its words and loses everything that could run', async () => {
    const hostile = await db.prisma().articleTranslation.findFirstOrThrow({ where: { slug: 'hostile' } });
    expect(unsafeHtmlFindings(hostile.bodyHtml)).toEqual([]);
    expect(hostile.bodyHtml).toContain('Safe words');
    expect(hostile.bodyHtml).toContain(
      '<a rel="noopener noreferrer nofollow" href="https://video.example.com/embed/1">',
    );
    expect(hostile.bodyHtml).not.toMatch(/script|onerror|onclick|javascript:|iframe|<svg|<object|contact-form/i);
  });

  it('records the old addresses of published posts only, in the right language', async () => {
    const prisma = db.prisma();
    const rows = await prisma.redirect.findMany({
      select: {
        fromPath: true,
        translation: { select: { locale: true, slug: true } },
        media: { select: { id: true } },
      },
    });
    const target = (from: string) => {
      const row = rows.find((r) => r.fromPath === from);
      return row?.translation ? `${row.translation.locale}/${row.translation.slug}` : row?.media ? 'media' : undefined;
    };
    expect(target('/?p=10')).toBe('ru/doklad');
    expect(target('/доклад')).toBe('ru/doklad');
    expect(target('/2019/05/12/доклад')).toBe('ru/doklad');
    expect(target('/2019/05/доклад')).toBe('ru/doklad');
    expect(target('/ru/доклад')).toBe('ru/doklad');
    expect(target('/en/freedom-report')).toBe('en/freedom-report');
    expect(target('/?p=12')).toBe('tk/azatlyk-hasabaty');
    expect(target('/wp-content/uploads/2019/05/photo.jpg')).toBe('media');
    expect(target('/?attachment_id=40')).toBe('media');
    expect(target('/?p=21')).toBeUndefined(); // a draft had no public address
    expect(target('/?p=30')).toBeUndefined(); // nor a future post
  });

  it('a second run updates what it created instead of duplicating, and keeps what staff edited', async () => {
    const prisma = db.prisma();
    const before = {
      articles: await prisma.article.count(),
      translations: await prisma.articleTranslation.count(),
      media: await prisma.media.count(),
      redirects: await prisma.redirect.count(),
      categories: await prisma.category.count(),
    };
    // Staff edit the English translation of group A in Habar.
    const edited = await prisma.articleTranslation.findFirstOrThrow({ where: { slug: 'freedom-report' } });
    await prisma.articleTranslation.update({
      where: { id: edited.id },
      data: { title: 'Edited in Habar', version: { increment: 1 } },
    });
    // The WordPress side changed the Turkmen text.
    const changed = polylangSite().replace('Hasabat ýazgysy.', 'Täze ýazgy.');
    const report = await run(await file('polylang-2.xml', changed));
    expect({
      articles: await prisma.article.count(),
      translations: await prisma.articleTranslation.count(),
      media: await prisma.media.count(),
      redirects: await prisma.redirect.count(),
      categories: await prisma.category.count(),
    }).toEqual(before);
    expect(report.perLocale.tk.translationsUpdated).toBe(1);
    expect(report.perLocale.en.kept).toBe(1);
    expect(report.media.reused).toBe(1);
    const turkmen = await prisma.articleTranslation.findFirstOrThrow({
      where: { slug: 'azatlyk-hasabaty' },
      select: { bodyHtml: true, version: true },
    });
    expect(turkmen).toEqual({ bodyHtml: '<p>Täze ýazgy.</p>', version: 2 });
    expect((await prisma.articleTranslation.findUniqueOrThrow({ where: { id: edited.id } })).title).toBe(
      'Edited in Habar',
    );
  });
});

describe('WPML and single-language sites', () => {
  it('groups posts by WPML’s translation group, the source language first', async () => {
    const wxr = await file(
      'wpml.xml',
      buildWxr({
        url: 'https://wpml.example.org',
        posts: [
          {
            id: 1,
            name: 'wpml-en',
            title: 'WPML English',
            content: '<p>Hello</p>',
            meta: {
              _wpml_import_language_code: 'en',
              _wpml_import_source_language_code: 'ru',
              _wpml_import_translation_group: '7',
            },
          },
          {
            id: 2,
            name: 'wpml-ru',
            title: 'WPML русский',
            content: '<p>Привет</p>',
            meta: {
              _wpml_import_language_code: 'ru',
              _wpml_import_source_language_code: '',
              _wpml_import_translation_group: '7',
            },
          },
        ],
      }),
    );
    const report = await run(wxr);
    expect(report.perLocale.ru.articlesCreated).toBe(1);
    expect(report.perLocale.en.translationsCreated).toBe(1);
    const rows = await db.prisma().articleTranslation.findMany({
      where: { slug: { in: ['wpml-en', 'wpml-ru'] } },
      select: { articleId: true, article: { select: { sourceLocale: true } } },
    });
    expect(new Set(rows.map((r) => r.articleId)).size).toBe(1);
    expect(rows[0]?.article.sourceLocale).toBe('ru');
  });

  it('a site without languages needs --default-language or a category map', async () => {
    const site = buildWxr({
      url: 'https://plain.example.org',
      posts: [
        {
          id: 1,
          name: 'plain-one',
          title: 'Plain one',
          content: '<p>x</p>',
          categories: [{ nicename: 'english', name: 'English' }],
        },
        {
          id: 2,
          name: 'plain-two',
          title: 'Простой',
          content: '<p>y</p>',
          categories: [{ nicename: 'russkii', name: 'Русский' }],
        },
      ],
    });
    const wxr = await file('plain.xml', site);
    const without = await run(wxr, { dryRun: true });
    expect(without.skipped.map((s) => s.reason)).toEqual([
      'no language (pass --default-language or --category-language)',
      'no language (pass --default-language or --category-language)',
    ]);
    const mapped = await run(wxr, {
      categoryLocales: new Map([
        ['русский', 'ru'],
        ['english', 'en'],
      ]),
    });
    expect(mapped.perLocale.en.articlesCreated).toBe(1);
    expect(mapped.perLocale.ru.articlesCreated).toBe(1);
    const byDefault = await run(await file('plain-2.xml', site.replace(/plain\.example/g, 'plain2.example')), {
      defaultLocale: 'tk',
    });
    expect(byDefault.perLocale.tk.articlesCreated).toBe(2);
  });
});

describe('WordPress pages', () => {
  const PAGES = 'https://pages.example.org';
  const pagesSite = () =>
    buildWxr({
      url: PAGES,
      terms: [
        { id: 1, taxonomy: 'language', slug: 'ru', name: 'Русский' },
        { id: 2, taxonomy: 'language', slug: 'en', name: 'English' },
        {
          id: 3,
          taxonomy: 'post_translations',
          slug: 'pll_about',
          name: 'pll_about',
          description: polylangGroup({ en: 500, ru: 501 }),
        },
      ],
      posts: [
        // A page in two languages (one Polylang group), with a category WordPress pages never show.
        {
          id: 500,
          ...en,
          type: 'page',
          group: 'pll_about',
          name: 'about-us',
          title: 'About us',
          dateGmt: '2018-03-01 10:00:00',
          content: '<p>Who we are.</p>',
          categories: [{ nicename: 'news', name: 'News' }],
          creator: 'admin',
        },
        {
          id: 501,
          ...ru,
          type: 'page',
          group: 'pll_about',
          name: '%d0%be-%d0%bd%d0%b0%d1%81',
          title: 'О нас',
          dateGmt: '2018-03-02 10:00:00',
          content: '<p>Кто мы.</p>',
          link: `${PAGES}/ru/%d0%be-%d0%bd%d0%b0%d1%81/`,
        },
        // A child page: WordPress answered /about-us/team/.
        {
          id: 502,
          ...en,
          type: 'page',
          parent: 500,
          name: 'team',
          title: 'Our team',
          content: '<p>The team.</p>',
          link: `${PAGES}/?page_id=502`,
        },
        // A draft page, and a page whose slug an article of the same language already has.
        { id: 503, ...en, type: 'page', status: 'draft', name: 'plans', title: 'Plans', content: '<p>Soon.</p>' },
        { id: 504, ...en, type: 'post', name: 'contact', title: 'Contact post', content: '<p>Post.</p>' },
        { id: 505, ...en, type: 'page', name: 'contact', title: 'Contact', content: '<p>Write to us.</p>' },
      ],
    });

  it('become Habar pages grouped by language, reported apart, with their old addresses', async () => {
    const report = await run(await file('pages.xml', pagesSite()));
    expect(report.pages.en).toMatchObject({ articlesCreated: 4, translationsCreated: 0, published: 3, drafts: 1 });
    expect(report.pages.ru).toMatchObject({ articlesCreated: 0, translationsCreated: 1, published: 1 });
    expect(report.perLocale.en).toMatchObject({ articlesCreated: 1, published: 1 });
    expect(report.categoriesCreated).toBe(0);

    const prisma = db.prisma();
    const pageOf = (slug: string, locale: 'en' | 'ru' = 'en') =>
      prisma.articleTranslation.findUniqueOrThrow({
        where: { locale_slug: { locale, slug } },
        select: {
          id: true,
          status: true,
          articleId: true,
          article: {
            select: {
              kind: true,
              placement: true,
              categoryId: true,
              _count: { select: { tags: true, authors: true } },
            },
          },
        },
      });
    const about = await pageOf('about-us');
    const russian = await pageOf('o-nas', 'ru');
    expect(russian.articleId).toBe(about.articleId);
    // Pages have no category, tags or byline, and are listed nowhere until an editor places them.
    expect(about.article).toEqual({
      kind: 'page',
      placement: 'unlisted',
      categoryId: null,
      _count: { tags: 0, authors: 0 },
    });
    expect((await pageOf('plans')).status).toBe('draft');
    // The page's wanted slug was taken by the article of the same language: it got the next free one.
    expect((await pageOf('contact-2')).article.kind).toBe('page');
    expect((await pageOf('contact')).article.kind).toBe('article');

    const team = await pageOf('team');
    const targets = await prisma.redirect.findMany({
      where: { translationId: { in: [about.id, russian.id, team.id] } },
      select: { fromPath: true, translationId: true },
    });
    const to = (id: string) =>
      targets
        .filter((row) => row.translationId === id)
        .map((row) => row.fromPath)
        .sort();
    expect(to(team.id)).toEqual(
      expect.arrayContaining(['/?page_id=502', '/?p=502', '/team', '/about-us/team', '/en/about-us/team']),
    );
    expect(to(about.id)).toEqual(expect.arrayContaining(['/?page_id=500', '/about-us', '/en/about-us']));
    expect(to(russian.id)).toEqual(expect.arrayContaining(['/?page_id=501', '/о-нас', '/ru/о-нас']));
    // A draft page never had a public address.
    expect(await prisma.redirect.count({ where: { fromPath: { in: ['/?page_id=503', '/plans'] } } })).toBe(0);

    // Again: nothing new, nothing duplicated.
    const again = await run(await file('pages.xml', pagesSite()));
    expect(again.pages.en).toMatchObject({ articlesCreated: 0, unchanged: 4 });
    expect(await prisma.article.count({ where: { kind: 'page', translations: { some: { slug: 'about-us' } } } })).toBe(
      1,
    );
  });
});

describe('safe to stop and run again', () => {
  it('a failure mid-import leaves whole articles only, and a re-run completes the rest', async () => {
    const posts: WxrPost[] = Array.from({ length: 6 }, (_, i) => ({
      id: 100 + i,
      name: `crash-${i}`,
      title: `Crash ${i}`,
      content: `<p>${i}</p>`,
      language: 'en',
    }));
    const wxr = await file('crash.xml', buildWxr({ url: 'https://crash.example.org', posts }));
    const prisma = db.prisma();
    // Break the database under the importer after three groups: the fourth transaction fails.
    let groups = 0;
    const failing = new Proxy(prisma, {
      get(target, key, receiver) {
        if (key === '$transaction') {
          type Work = (tx: unknown) => Promise<unknown>;
          type Options = { timeout?: number; maxWait?: number };
          return (work: Work, options: Options) => {
            if (++groups === 4) {
              return prisma.$transaction(async (tx) => {
                await work(tx);
                throw new Error('simulated crash');
              }, options);
            }
            return prisma.$transaction(work, options);
          };
        }
        // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- the proxied client's own members
        return Reflect.get(target, key, receiver);
      },
    });
    await expect(importWordPress(failing, { file: wxr, uploadsFrom, uploadsDir, dryRun: false })).rejects.toThrow(
      'simulated crash',
    );
    const after = await prisma.articleTranslation.findMany({
      where: { slug: { startsWith: 'crash-' } },
      select: { slug: true },
    });
    expect(after.map((a) => a.slug).sort()).toEqual(['crash-0', 'crash-1', 'crash-2']);
    const report = await run(wxr);
    expect(report.perLocale.en).toMatchObject({ articlesCreated: 3, unchanged: 3 });
    expect(await prisma.articleTranslation.count({ where: { slug: { startsWith: 'crash-' } } })).toBe(6);
  });
});

describe('bad files get one clear line', () => {
  const refused = async (content: string | Buffer) => {
    const wxr = await file(`bad-${Math.random()}.xml`, content);
    const error = await run(wxr).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WxrError);
    return (error as Error).message;
  };

  it('empty, not XML, truncated, unknown version, not WordPress', async () => {
    expect(await refused('')).toBe('the file is empty');
    expect(await refused('   \n')).toBe('the file is empty');
    expect(await refused('This is not XML at all')).toMatch(/^not well-formed XML \(line 1\)/);
    expect(await refused(Buffer.from([0x00, 0x01, 0x02, 0xff]))).toMatch(/^not well-formed XML/);
    const whole = buildWxr({ posts: [{ id: 1, title: 'One', language: 'en', content: '<p>x</p>' }] });
    expect(await refused(whole.slice(0, Math.floor(whole.length * 0.7)))).toMatch(
      /^the file ends early \(truncated after 0 items/,
    );
    expect(await refused(buildWxr({ version: '9.9', posts: [] }))).toBe(
      'WXR version 9.9 is not one this importer knows (1.0, 1.1, 1.2)',
    );
    expect(await refused('<?xml version="1.0"?><html><body/></html>')).toBe(
      'not a WordPress export: the document is <html>, not <rss>',
    );
    expect(await refused('<rss><channel><title>x</title></channel></rss>')).toBe(
      'not a WordPress export: no wp:wxr_version in the channel',
    );
    expect(await db.prisma().articleTranslation.count({ where: { title: 'One' } })).toBe(0);
  });

  it('a 1 GB file is read in bounded memory and refused at its first bad byte', async () => {
    const huge = path.join(dir, 'huge.xml');
    await writeFile(huge, '');
    const { truncate } = await import('node:fs/promises');
    await truncate(huge, 1024 ** 3); // sparse: no disk used
    const error = await run(huge).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WxrError);
    expect((error as Error).message).toMatch(/^not well-formed XML/);
  });

  it('a text larger than the limit is refused, not buffered', async () => {
    const { readWxr } = await import('@/lib/import/wordpress/wxr-reader');
    const big = await file(
      'big.xml',
      buildWxr({ posts: [{ id: 1, title: 'Big', language: 'en', content: 'x'.repeat(300_000) }] }),
    );
    await expect(readWxr(big, { withContent: true, maxTextBytes: 100_000 }, () => {})).rejects.toThrow(
      /a single text in the file is larger than/,
    );
  });
});
