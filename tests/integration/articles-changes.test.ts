/**
 * The working-copy model (decision 012) against a real PostgreSQL: a published translation keeps its live text while
 * it is edited; changes are published, scheduled, submitted, returned or discarded on their own; nothing a save does
 * reaches the public queries; the publish check names what is missing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Create from '@/lib/workspace/articles/create';
import type * as Dashboard from '@/lib/workspace/articles/dashboard';
import type * as Editing from '@/lib/workspace/articles/editor-data';
import type * as History from '@/lib/workspace/articles/history';
import type * as Outdated from '@/lib/workspace/articles/outdated';
import type * as PublishCheck from '@/lib/workspace/articles/publish-check';
import type * as Save from '@/lib/workspace/articles/save';
import type * as Scheduler from '@/lib/workspace/articles/scheduler';
import type * as Workflow from '@/lib/workspace/articles/workflow';
import type * as Queries from '@/lib/public/queries';
import type { Transition } from '@/lib/workspace/articles/types';
import { doc, staff, type TestActor } from '../support/staff';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
let create: typeof Create;
let dashboard: typeof Dashboard;
let editing: typeof Editing;
let history: typeof History;
let outdated: typeof Outdated;
let check: typeof PublishCheck;
let save: typeof Save;
let scheduler: typeof Scheduler;
let workflow: typeof Workflow;
let queries: typeof Queries;
let editor: TestActor;
let translator: TestActor;

beforeAll(async () => {
  workspaceEnv(db);
  [create, dashboard, editing, history, check, save, scheduler, workflow, queries, outdated] = await Promise.all([
    import('@/lib/workspace/articles/create'),
    import('@/lib/workspace/articles/dashboard'),
    import('@/lib/workspace/articles/editor-data'),
    import('@/lib/workspace/articles/history'),
    import('@/lib/workspace/articles/publish-check'),
    import('@/lib/workspace/articles/save'),
    import('@/lib/workspace/articles/scheduler'),
    import('@/lib/workspace/articles/workflow'),
    import('@/lib/public/queries'),
    import('@/lib/workspace/articles/outdated'),
  ]);
  editor = await staff(db.prisma(), 'editor');
  translator = await staff(db.prisma(), 'translator', ['tk']);
});

let counter = 0;
/** A translation's text; edits of a live one keep its address (`slug`), as the editor sends it. */
const text = (title: string, slug = '') => ({
  title,
  summary: `${title}: summary`,
  body: doc(`${title}: body`),
  slug,
  seoDescription: `${title}: description`,
  coverAlt: '',
});

/** A Russian article, published, and a Turkmen translation, published: both live. */
async function liveArticle(): Promise<{ id: string; ruSlug: string; tkSlug: string }> {
  counter += 1;
  const created = await create.createArticle(editor, {
    ...text(`Живая статья ${counter}`),
    sourceLocale: 'ru',
    categoryId: null,
    tagIds: [],
    authorIds: [],
    coverMediaId: null,
  });
  if (!created.ok) throw new Error('fixture');
  const id = created.articleId;
  await save.saveTranslation(translator, {
    articleId: id,
    locale: 'tk',
    baseVersion: 0,
    minorEdit: false,
    ...text(`Janly makala ${counter}`),
  });
  await move('ru', 'publish', 1, id);
  await move('tk', 'publish', 1, id);
  const rows = await db
    .prisma()
    .articleTranslation.findMany({ where: { articleId: id }, select: { locale: true, slug: true } });
  return {
    id,
    ruSlug: rows.find((row) => row.locale === 'ru')?.slug ?? '',
    tkSlug: rows.find((row) => row.locale === 'tk')?.slug ?? '',
  };
}

async function move(locale: 'ru' | 'tk', transition: Transition, version: number, articleId: string, actor = editor) {
  return (
    await workflow.changeStatus(actor, {
      articleId,
      locale,
      transition,
      version,
      scheduledAt: new Date(Date.now() + 3_600_000),
    })
  ).result;
}

async function liveTitle(locale: 'ru' | 'tk', slug: string): Promise<string | null> {
  const found = await queries.articleData(locale, slug);
  return found.kind === 'article' ? found.article.title : null;
}

describe('a published translation keeps its live text while it is edited', () => {
  it('saves and autosaves go to the working copy; Publish changes puts them live and refreshes the pages at once', async () => {
    const { id, ruSlug } = await liveArticle();
    const saved = await save.saveTranslation(editor, {
      articleId: id,
      locale: 'ru',
      baseVersion: 1,
      minorEdit: false,
      ...text('НЕДОПИСАННЫЙ ЧЕРНОВИК абзаца', ruSlug),
    });
    expect(saved).toMatchObject({ ok: true, version: 2, status: 'published', changes: 'editing' });
    expect(await liveTitle('ru', ruSlug)).toMatch(/^Живая статья/);
    const view = (await editing.articleForEditing(editor, id))?.translations.ru;
    expect(view).toMatchObject({ title: 'НЕДОПИСАННЫЙ ЧЕРНОВИК абзаца', version: 2, changes: { state: 'editing' } });
    expect(view?.liveDiff.map((change) => change.field)).toEqual(expect.arrayContaining(['title', 'summary', 'body']));
    expect((await queries.previewArticleData(id, 'ru'))?.data.title).toBe('НЕДОПИСАННЫЙ ЧЕРНОВИК абзаца');

    const published = await workflow.changeStatus(editor, {
      articleId: id,
      locale: 'ru',
      transition: 'publish-changes',
      version: 2,
    });
    expect(published.result).toEqual({ ok: true, status: 'published', changes: null });
    expect(published.refresh).toMatchObject({ immediate: true });
    expect(published.refresh.paths).toEqual(
      expect.arrayContaining([`/ru/articles/${ruSlug}`, '/ru', '/ru/feed.xml', '/sitemap.xml']),
    );
    expect(await liveTitle('ru', ruSlug)).toBe('НЕДОПИСАННЫЙ ЧЕРНОВИК абзаца');
    expect(await db.prisma().workingCopy.count({ where: { translation: { articleId: id } } })).toBe(0);
    const revisions = await history.listRevisions(editor, id, 'ru');
    expect(revisions?.map(({ version, role }) => [version, role])).toEqual([
      [2, 'live'],
      [1, 'past'],
    ]);
  });

  it('Discard changes returns to the live text; the discarded revisions stay and numbering goes on after them', async () => {
    const { id, ruSlug } = await liveArticle();
    await save.saveTranslation(editor, {
      articleId: id,
      locale: 'ru',
      baseVersion: 1,
      minorEdit: false,
      ...text('Черновик 1'),
    });
    await save.saveTranslation(editor, {
      articleId: id,
      locale: 'ru',
      baseVersion: 2,
      minorEdit: false,
      ...text('Черновик 2'),
    });
    expect(await move('ru', 'discard-changes', 3, id)).toEqual({ ok: true, status: 'published', changes: null });
    const view = (await editing.articleForEditing(editor, id))?.translations.ru;
    expect(view).toMatchObject({ version: 1, changes: null, liveDiff: [] });
    expect(view?.title).toMatch(/^Живая статья/);
    const next = await save.saveTranslation(editor, {
      articleId: id,
      locale: 'ru',
      baseVersion: 1,
      minorEdit: false,
      ...text('Новая правка'),
    });
    expect(next).toMatchObject({ ok: true, version: 4, changes: 'editing' });
    expect((await history.listRevisions(editor, id, 'ru'))?.map(({ version, role }) => [version, role])).toEqual([
      [4, 'changes'],
      [3, 'past'],
      [2, 'past'],
      [1, 'live'],
    ]);
    expect(await liveTitle('ru', ruSlug)).toMatch(/^Живая статья/);
  });

  it('refuses a stale save of the changes with the other person’s diff, and never overwrites', async () => {
    const { id } = await liveArticle();
    const anna = await save.saveTranslation(editor, {
      articleId: id,
      locale: 'ru',
      baseVersion: 1,
      minorEdit: false,
      ...text('Версия Анны'),
    });
    const boris = await save.saveTranslation(editor, {
      articleId: id,
      locale: 'ru',
      baseVersion: 1,
      minorEdit: false,
      ...text('Версия Бориса'),
    });
    expect(anna).toMatchObject({ ok: true, version: 2 });
    expect(boris).toMatchObject({
      ok: false,
      error: 'conflict',
      conflict: { version: 2, theirs: { title: 'Версия Анны' } },
    });
    // A status move decided on the live version is refused too, once changes exist.
    expect(await move('ru', 'unpublish', 1, id)).toEqual({ ok: false, error: 'conflict' });
  });

  it('unpublishing folds the changes into the translation, so nothing typed is lost and editing goes on in the row', async () => {
    const { id, ruSlug } = await liveArticle();
    await save.saveTranslation(editor, {
      articleId: id,
      locale: 'ru',
      baseVersion: 1,
      minorEdit: false,
      ...text('Последняя правка'),
    });
    expect(await move('ru', 'unpublish', 2, id)).toEqual({ ok: true, status: 'unpublished', changes: null });
    expect(await liveTitle('ru', ruSlug)).toBeNull();
    const row = await db.prisma().articleTranslation.findFirstOrThrow({ where: { articleId: id, locale: 'ru' } });
    expect(row).toMatchObject({ title: 'Последняя правка', version: 2, status: 'unpublished' });
    expect(
      await save.saveTranslation(editor, {
        articleId: id,
        locale: 'ru',
        baseVersion: 2,
        minorEdit: false,
        ...text('Дальше'),
      }),
    ).toMatchObject({ ok: true, changes: null });
  });
});

describe('translators update published translations, editors publish them', () => {
  it('a tk translator updates an outdated live Turkmen text and submits it; the public page changes only when an editor publishes', async () => {
    const { id, ruSlug, tkSlug } = await liveArticle();
    // The source changes and goes live: Turkmen is outdated.
    await save.saveTranslation(editor, {
      articleId: id,
      locale: 'ru',
      baseVersion: 1,
      minorEdit: false,
      ...text('Новый русский заголовок', ruSlug),
    });
    await move('ru', 'publish-changes', 2, id);
    let view = (await editing.articleForEditing(translator, id))?.translations.tk;
    expect(view).toMatchObject({ outdated: true, readOnly: null });

    const updated = await save.saveTranslation(translator, {
      articleId: id,
      locale: 'tk',
      baseVersion: 1,
      minorEdit: false,
      ...text('Täze türkmen sözbaşy', tkSlug),
    });
    expect(updated).toMatchObject({ ok: true, version: 2, changes: 'editing' });
    // Having followed the source's changes, the translator says so: the working copy is up to date, not yet live.
    expect(await outdated.markUpToDate(translator, { articleId: id, locale: 'tk' })).toEqual({ ok: true });
    expect((await editing.articleForEditing(translator, id))?.translations.tk?.outdated).toBe(false);
    expect(
      await db.prisma().articleTranslation.count({ where: { articleId: id, locale: 'tk', sourceFingerprint: null } }),
    ).toBe(0);
    expect(await move('tk', 'submit-changes', 2, id, translator)).toEqual({
      ok: true,
      status: 'published',
      changes: 'in_review',
    });
    expect(await liveTitle('tk', tkSlug)).toMatch(/^Janly makala/);
    // A translator cannot publish the changes.
    await expect(
      workflow.changeStatus(translator, { articleId: id, locale: 'tk', transition: 'publish-changes', version: 2 }),
    ).rejects.toThrow();

    const checked = await check.publishCheck(editor, { articleId: id, locale: 'tk', changes: true });
    expect(checked).toMatchObject({ replacesLive: true, blockers: [] });
    expect(checked?.changes.map((change) => change.field)).toContain('title');
    expect(await move('tk', 'publish-changes', 2, id)).toEqual({ ok: true, status: 'published', changes: null });
    expect(await liveTitle('tk', tkSlug)).toBe('Täze türkmen sözbaşy');
    view = (await editing.articleForEditing(translator, id))?.translations.tk;
    expect(view?.outdated).toBe(false);
  });
});

describe('scheduled changes and schedules', () => {
  it('changes scheduled for a time go live then, through the scheduler, not before', async () => {
    const { id, ruSlug } = await liveArticle();
    await save.saveTranslation(editor, {
      articleId: id,
      locale: 'ru',
      baseVersion: 1,
      minorEdit: false,
      ...text('Запланированная правка', ruSlug),
    });
    const at = new Date(Date.now() + 3_600_000);
    const scheduled = await workflow.changeStatus(editor, {
      articleId: id,
      locale: 'ru',
      transition: 'schedule-changes',
      version: 2,
      scheduledAt: at,
    });
    expect(scheduled.result).toEqual({ ok: true, status: 'published', changes: 'scheduled' });
    const cell = (await dashboard.listArticles(editor, { locale: 'ru', status: 'changes' }, 'en')).rows.find(
      (row) => row.id === id,
    )?.languages.ru;
    expect(cell).toMatchObject({ state: 'published', changes: 'scheduled', scheduledAt: at });
    expect((await scheduler.publishDue(new Date(at.getTime() - 1000))).published).toBe(0);
    expect(await liveTitle('ru', ruSlug)).toMatch(/^Живая статья/);
    const due = await scheduler.publishDue(new Date(at.getTime() + 1000));
    expect(due.published).toBeGreaterThanOrEqual(1);
    expect(due.refreshes.flatMap((refresh) => refresh.paths)).toContain(`/ru/articles/${ruSlug}`);
    expect(await liveTitle('ru', ruSlug)).toBe('Запланированная правка');
  });

  it('Cancel schedule is its own move: a scheduled translation goes back to draft (never published) without going live', async () => {
    counter += 1;
    const created = await create.createArticle(editor, {
      ...text(`Расписание ${counter}`),
      sourceLocale: 'ru',
      categoryId: null,
      tagIds: [],
      authorIds: [],
      coverMediaId: null,
    });
    if (!created.ok) throw new Error('fixture');
    expect(await move('ru', 'schedule', 1, created.articleId)).toMatchObject({ ok: true, status: 'scheduled' });
    expect(await move('ru', 'cancel-schedule', 1, created.articleId)).toEqual({
      ok: true,
      status: 'draft',
      changes: null,
    });
    expect(
      (await db.prisma().articleTranslation.findFirstOrThrow({ where: { articleId: created.articleId } })).scheduledAt,
    ).toBeNull();
  });
});

describe('the publish check', () => {
  it('warns about each missing part without blocking, and blocks an empty body', async () => {
    counter += 1;
    const cover = await db.prisma().media.create({
      data: {
        kind: 'image',
        storagePath: `check/${counter}.webp`,
        originalName: 'c.webp',
        mimeType: 'image/webp',
        sizeBytes: 1,
        checksum: `c${counter}`,
      },
    });
    const category = await db.prisma().category.create({
      data: { translations: { create: { locale: 'ru', name: 'Только по-русски', slug: `tolko-${counter}` } } },
    });
    const created = await create.createArticle(editor, {
      title: `Без всего ${counter}`,
      summary: '',
      body: doc('Текст'),
      slug: '',
      seoDescription: '',
      coverAlt: '',
      sourceLocale: 'ru',
      categoryId: category.id,
      tagIds: [],
      authorIds: [],
      coverMediaId: cover.id,
    });
    if (!created.ok) throw new Error('fixture');
    await save.saveTranslation(editor, {
      articleId: created.articleId,
      locale: 'en',
      baseVersion: 0,
      minorEdit: false,
      title: 'Nothing',
      summary: '',
      body: doc(''),
      slug: '',
      seoDescription: '',
      coverAlt: '',
    });
    const result = await check.publishCheck(editor, { articleId: created.articleId, locale: 'en', changes: false });
    expect(result?.url).toMatch(/\/en\/articles\/nothing$/);
    expect(result?.blockers).toEqual(['empty-body']);
    expect(result?.warnings).toEqual(
      expect.arrayContaining([
        { code: 'no-summary' },
        { code: 'no-byline' },
        { code: 'no-cover-alt' },
        { code: 'no-seo-description' },
        { code: 'category-untranslated', names: ['Только по-русски'] },
      ]),
    );
    // The server refuses what the check blocks.
    expect(await move('ru', 'publish', 1, created.articleId)).toMatchObject({ ok: true });
    expect(
      (
        await workflow.changeStatus(editor, {
          articleId: created.articleId,
          locale: 'en',
          transition: 'publish',
          version: 1,
        })
      ).result,
    ).toEqual({
      ok: false,
      error: 'empty-body',
    });
  });
});
