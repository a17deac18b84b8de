/**
 * Imported articles in the working-copy model (decision 012): the import is a publication, so a published translation's
 * imported text is its live text, with a first revision of the same version and no working copy. Staff then edit it
 * like any other: their changes go to the working copy, a re-import keeps both the live text and those changes, and
 * Publish changes puts them live; later imports keep what staff published.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importWordPress } from '@/lib/import/wordpress/run';
import type * as Editing from '@/lib/workspace/articles/editor-data';
import type * as Save from '@/lib/workspace/articles/save';
import type * as Workflow from '@/lib/workspace/articles/workflow';
import type * as Queries from '@/lib/public/queries';
import { doc, staff, type TestActor } from '../support/staff';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';
import { buildWxr, polylangGroup } from '../support/wxr';

const db = migratedDatabase();
let dir: string;
let editing: typeof Editing;
let save: typeof Save;
let workflow: typeof Workflow;
let queries: typeof Queries;
let editor: TestActor;

function site(russianText: string): string {
  return buildWxr({
    terms: [
      { id: 1, taxonomy: 'language', slug: 'ru', name: 'Русский' },
      { id: 2, taxonomy: 'language', slug: 'en', name: 'English' },
      {
        id: 3,
        taxonomy: 'post_translations',
        slug: 'pll_w',
        name: 'pll_w',
        description: polylangGroup({ ru: 7, en: 8 }),
      },
    ],
    posts: [
      {
        id: 7,
        language: 'ru',
        group: 'pll_w',
        name: 'otchet-o-poezdke',
        title: 'Отчёт о поездке',
        dateGmt: '2020-02-03 10:00:00',
        content: `<p>${russianText}</p>`,
      },
      {
        id: 8,
        language: 'en',
        group: 'pll_w',
        name: 'trip-report',
        title: 'Trip report',
        dateGmt: '2020-02-04 10:00:00',
        content: '<p>Report text.</p>',
      },
    ],
  });
}

async function importText(russianText: string) {
  const file = path.join(dir, `export-${Date.now()}.xml`);
  await writeFile(file, site(russianText));
  return importWordPress(db.prisma(), {
    file,
    uploadsFrom: null,
    uploadsDir: path.join(dir, 'uploads'),
    dryRun: false,
  });
}

async function liveTitle(slug: string): Promise<string | null> {
  const found = await queries.articleData('ru', slug);
  return found.kind === 'article' ? found.article.title : null;
}

beforeAll(async () => {
  workspaceEnv(db);
  [editing, save, workflow, queries] = await Promise.all([
    import('@/lib/workspace/articles/editor-data'),
    import('@/lib/workspace/articles/save'),
    import('@/lib/workspace/articles/workflow'),
    import('@/lib/public/queries'),
  ]);
  editor = await staff(db.prisma(), 'editor');
  dir = await mkdtemp(path.join(tmpdir(), 'habar-wp-working-copy-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('imported published text is live text, edited through the working copy and kept by later imports', async () => {
  const prisma = db.prisma();
  await importText('Первый вариант.');
  expect(await prisma.workingCopy.count()).toBe(0);
  const russian = await prisma.articleTranslation.findFirstOrThrow({
    where: { locale: 'ru', slug: 'otchet-o-poezdke' },
    select: {
      id: true,
      articleId: true,
      status: true,
      version: true,
      contentFingerprint: true,
      revisions: { select: { version: true, contentFingerprint: true, status: true } },
    },
  });
  expect(russian).toMatchObject({ status: 'published', version: 1 });
  // The row's version is its one revision's: the editor's optimistic concurrency starts from it.
  expect(russian.revisions).toEqual([
    { version: 1, contentFingerprint: russian.contentFingerprint, status: 'published' },
  ]);
  expect(await liveTitle('otchet-o-poezdke')).toBe('Отчёт о поездке');
  const opened = (await editing.articleForEditing(editor, russian.articleId))?.translations.ru;
  expect(opened).toMatchObject({ title: 'Отчёт о поездке', version: 1, status: 'published', changes: null });

  // Staff edit the live translation: the change waits in its working copy, readers keep the imported text.
  const saved = await save.saveTranslation(editor, {
    articleId: russian.articleId,
    locale: 'ru',
    baseVersion: 1,
    minorEdit: false,
    title: 'Отчёт о поездке (исправлено)',
    slug: 'otchet-o-poezdke',
    summary: '',
    body: doc('Исправленный текст.'),
    seoDescription: '',
    coverAlt: '',
  });
  expect(saved).toMatchObject({ ok: true, version: 2, status: 'published', changes: 'editing' });

  // WordPress changed the text meanwhile: the re-import keeps the live text and the staff's changes as they were.
  const again = await importText('Второй вариант из WordPress.');
  expect(again.perLocale.ru).toMatchObject({ kept: 1, translationsUpdated: 0 });
  expect(again.perLocale.en).toMatchObject({ unchanged: 1 });
  const afterReimport = await prisma.articleTranslation.findUniqueOrThrow({
    where: { id: russian.id },
    select: { version: true, bodyHtml: true, workingCopy: { select: { version: true, title: true, state: true } } },
  });
  expect(afterReimport).toEqual({
    version: 1,
    bodyHtml: '<p>Первый вариант.</p>',
    workingCopy: { version: 2, title: 'Отчёт о поездке (исправлено)', state: 'editing' },
  });
  expect(await liveTitle('otchet-o-poezdke')).toBe('Отчёт о поездке');

  // Publish changes: the staff's text goes live and the working copy is gone.
  const published = await workflow.changeStatus(editor, {
    articleId: russian.articleId,
    locale: 'ru',
    transition: 'publish-changes',
    version: 2,
  });
  expect(published.result).toEqual({ ok: true, status: 'published', changes: null });
  expect(await prisma.workingCopy.count()).toBe(0);
  expect(await liveTitle('otchet-o-poezdke')).toBe('Отчёт о поездке (исправлено)');

  // A later import never overwrites what staff published.
  const third = await importText('Третий вариант из WordPress.');
  expect(third.perLocale.ru).toMatchObject({ kept: 1, translationsUpdated: 0 });
  expect(
    await prisma.articleTranslation.findUniqueOrThrow({
      where: { id: russian.id },
      select: { version: true, title: true, bodyHtml: true },
    }),
  ).toEqual({ version: 2, title: 'Отчёт о поездке (исправлено)', bodyHtml: '<p>Исправленный текст.</p>' });
  expect(await prisma.workingCopy.count()).toBe(0);
});
