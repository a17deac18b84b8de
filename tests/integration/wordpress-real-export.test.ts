/**
 * An export made by WordPress's own exporter (export_wp() of Debian's wordpress 6.1 package, PHP 8.2, MariaDB), with
 * posts in three languages stored the way Polylang stores them. The file is committed; `node --import tsx
 * tests/fixtures/wordpress/make-export.ts` makes it again (see that script and the README). CI makes a fresh export
 * with Debian's packages and runs this file on it (HABAR_WP_EXPORT, set by .ci/wordpress-export.sh).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importWordPress } from '@/lib/import/wordpress/run';
import type { ImportReport } from '@/lib/import/wordpress/report';
import { migratedDatabase } from '../support/test-db';

const db = migratedDatabase();
const fixture = path.resolve(process.env.HABAR_WP_EXPORT ?? 'tests/fixtures/wordpress/polylang-export.xml');
let dir: string;
let report: ImportReport;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'habar-wp-real-'));
  // The copy of wp-content/uploads: the one file the export names.
  await mkdir(path.join(dir, 'uploads', '2019', '05'), { recursive: true });
  const jpeg = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#2a6f97' } })
    .jpeg()
    .toBuffer();
  await writeFile(path.join(dir, 'uploads', '2019', '05', 'doklad-foto.jpg'), jpeg);
  report = await importWordPress(db.prisma(), {
    file: fixture,
    uploadsFrom: path.join(dir, 'uploads'),
    uploadsDir: path.join(dir, 'habar-uploads'),
    dryRun: false,
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('reads the real export: site, version, languages and what it skips', () => {
  expect(report.source).toBe('https://old.example.org');
  expect(report.wxrVersion).toBe('1.2');
  expect(report.perLocale.ru).toMatchObject({
    articlesCreated: 1,
    translationsCreated: 1,
    drafts: 1,
    published: 1,
    media: 1,
  });
  expect(report.perLocale.en).toMatchObject({ articlesCreated: 2, translationsCreated: 1, published: 2, scheduled: 1 });
  expect(report.perLocale.tk).toMatchObject({ translationsCreated: 1, published: 1 });
  const skipped = report.skipped.map((entry) => `${entry.title}: ${entry.reason}`);
  // WordPress's own sample post has no language term: reported, not guessed.
  expect(skipped).toContain('Hello world!: no language (pass --default-language or --category-language)');
  expect(skipped).toContain('Sample Page: no language (pass --default-language or --category-language)');
  expect(report.comments).toBe(2);
  expect(report.media).toMatchObject({ imported: 1, missing: [] });
});

it('one article per Polylang group, with its category named per language, tag, byline and cover', async () => {
  const prisma = db.prisma();
  const russian = await prisma.articleTranslation.findFirstOrThrow({
    where: { locale: 'ru', slug: 'doklad-o-svobode-slova' },
    select: { articleId: true, bodyHtml: true, summary: true, publishedAt: true },
  });
  expect(russian.publishedAt?.toISOString()).toBe('2019-05-12T08:30:00.000Z');
  expect(russian.summary).toBe('Ежегодный доклад фонда.');
  expect(russian.bodyHtml).toMatch(/^<p>Фонд опубликовал <strong>ежегодный доклад<\/strong>\.<\/p><img src="\/media\//);
  const article = await prisma.article.findUniqueOrThrow({
    where: { id: russian.articleId },
    select: {
      sourceLocale: true,
      coverMediaId: true,
      translations: { select: { locale: true, slug: true, bodyHtml: true }, orderBy: { locale: 'asc' } },
      category: { select: { translations: { select: { locale: true, name: true } } } },
      tags: { select: { tag: { select: { translations: { select: { name: true } } } } } },
      authors: { select: { author: { select: { translations: { select: { name: true }, take: 1 } } } } },
    },
  });
  expect(article.sourceLocale).toBe('ru');
  expect(article.coverMediaId).not.toBeNull();
  expect(article.translations.map((t) => `${t.locale}:${t.slug}`)).toEqual([
    'ru:doklad-o-svobode-slova',
    'tk:soz-azatlygy-barada-hasabat',
    'en:freedom-of-speech-report',
  ]);
  expect(article.translations[2]?.bodyHtml).toBe(
    '<p>The foundation published its <em>annual report</em>.</p><p>A second paragraph of the classic editor.</p>',
  );
  expect(article.category?.translations.map((t) => `${t.locale}:${t.name}`).sort()).toEqual(['en:News', 'ru:Новости']);
  expect(article.tags.map((t) => t.tag.translations[0]?.name)).toEqual(['права человека']);
  // The Turkmen translation was written by another account: both are bylines.
  expect(article.authors.map((a) => a.author.translations[0]?.name)).toEqual(['Anna Writer', 'Foundation staff']);
});

it('old addresses of the real permalinks lead to the right language', async () => {
  const rows = await db.prisma().redirect.findMany({
    where: {
      fromPath: {
        in: [
          '/2019/05/12/доклад-о-свободе-слова',
          '/2019/05/13/freedom-of-speech-report',
          '/en/prison-visit',
          '/wp-content/uploads/2019/05/doklad-foto.jpg',
        ],
      },
    },
    select: { fromPath: true, translation: { select: { locale: true } }, mediaId: true },
  });
  expect(
    Object.fromEntries(rows.map((row) => [row.fromPath, row.translation?.locale ?? (row.mediaId ? 'media' : '?')])),
  ).toEqual({
    '/2019/05/12/доклад-о-свободе-слова': 'ru',
    '/2019/05/13/freedom-of-speech-report': 'en',
    '/en/prison-visit': 'en',
    '/wp-content/uploads/2019/05/doklad-foto.jpg': 'media',
  });
});
