/**
 * The article workspace's data layer against a real PostgreSQL: writing, translating, the per-language workflow,
 * outdated translations, slugs and redirects, history, scheduling and the trash.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError } from '@/lib/auth/permissions';
import type * as Create from '@/lib/workspace/articles/create';
import type * as Editing from '@/lib/workspace/articles/editor-data';
import type * as History from '@/lib/workspace/articles/history';
import type * as Outdated from '@/lib/workspace/articles/outdated';
import type * as Save from '@/lib/workspace/articles/save';
import type * as Scheduler from '@/lib/workspace/articles/scheduler';
import type * as Trash from '@/lib/workspace/articles/trash';
import type * as Workflow from '@/lib/workspace/articles/workflow';
import type * as Queries from '@/lib/public/queries';
import { doc, staff, type TestActor } from '../support/staff';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
let create: typeof Create;
let editing: typeof Editing;
let history: typeof History;
let save: typeof Save;
let outdated: typeof Outdated;
let scheduler: typeof Scheduler;
let trash: typeof Trash;
let workflow: typeof Workflow;
let queries: typeof Queries;
let editor: TestActor;
let translator: TestActor;

beforeAll(async () => {
  workspaceEnv(db);
  [create, editing, history, save, trash, workflow, queries, outdated, scheduler] = await Promise.all([
    import('@/lib/workspace/articles/create'),
    import('@/lib/workspace/articles/editor-data'),
    import('@/lib/workspace/articles/history'),
    import('@/lib/workspace/articles/save'),
    import('@/lib/workspace/articles/trash'),
    import('@/lib/workspace/articles/workflow'),
    import('@/lib/public/queries'),
    import('@/lib/workspace/articles/outdated'),
    import('@/lib/workspace/articles/scheduler'),
  ]);
  editor = await staff(db.prisma(), 'editor');
  translator = await staff(db.prisma(), 'translator', ['tk']);
});

const fields = (title: string, text = `${title} body`) => ({
  title,
  summary: `${title} summary`,
  body: doc(text),
  slug: '',
  seoDescription: '',
  coverAlt: '',
});

async function newArticle(title: string) {
  const result = await create.createArticle(editor, {
    ...fields(title),
    sourceLocale: 'ru',
    categoryId: null,
    tagIds: [],
    authorIds: [],
    coverMediaId: null,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.articleId;
}

async function saveAs(
  actor: TestActor,
  articleId: string,
  locale: 'ru' | 'tk' | 'en',
  baseVersion: number,
  title: string,
  minorEdit = false,
) {
  return save.saveTranslation(actor, { articleId, locale, baseVersion, minorEdit, ...fields(title) });
}

describe('writing and translating', () => {
  it('creates an article as a draft in its source language, with revision 1 and an audit event', async () => {
    const id = await newArticle('Доклад о свободе слова');
    const article = await editing.articleForEditing(editor, id);
    expect(article?.translations.ru).toMatchObject({ status: 'draft', version: 1, slug: 'doklad-o-svobode-slova' });
    expect(await db.prisma().revision.count({ where: { translation: { articleId: id } } })).toBe(1);
    expect(await db.prisma().auditEvent.count({ where: { action: 'article.created', targetId: id } })).toBe(1);
  });

  it('lets a Turkmen translator add and submit Turkmen, but not touch Russian or publish', async () => {
    const id = await newArticle('Новости недели');
    expect(await saveAs(translator, id, 'tk', 0, 'Hepdäniň habarlary')).toMatchObject({ ok: true, version: 1 });
    await expect(saveAs(translator, id, 'ru', 1, 'Чужое')).rejects.toBeInstanceOf(ForbiddenError);
    const submit = await workflow.changeStatus(translator, {
      articleId: id,
      locale: 'tk',
      transition: 'submit',
      version: 1,
    });
    expect(submit.result).toEqual({ ok: true, status: 'in_review', changes: null });
    await expect(
      workflow.changeStatus(translator, { articleId: id, locale: 'tk', transition: 'publish', version: 1 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('keeps a translator’s edits of a scheduled translation out of what the scheduler publishes', async () => {
    const id = await newArticle('Запланированный перевод');
    await saveAs(translator, id, 'tk', 0, 'Meýilleşdirilen terjime');
    const at = new Date(Date.now() + 3_600_000);
    await workflow.changeStatus(editor, {
      articleId: id,
      locale: 'tk',
      transition: 'schedule',
      version: 1,
      scheduledAt: at,
    });
    // The translator's text goes to the working copy; the approved text waits unchanged for its time.
    expect(await saveAs(translator, id, 'tk', 1, 'Başga tekst')).toMatchObject({
      ok: true,
      version: 2,
      changes: 'editing',
    });
    const row = await db.prisma().articleTranslation.findFirstOrThrow({ where: { articleId: id, locale: 'tk' } });
    expect(row).toMatchObject({ title: 'Meýilleşdirilen terjime', status: 'scheduled', version: 1 });
    // A move decided on version 1 is refused once version 2 exists.
    const stale = await workflow.changeStatus(editor, {
      articleId: id,
      locale: 'tk',
      transition: 'publish',
      version: 1,
    });
    expect(stale.result).toEqual({ ok: false, error: 'conflict' });
    await scheduler.publishDue(new Date(at.getTime() + 1000));
    expect((await queries.articleData('tk', row.slug)).kind).toBe('article');
    const live = await queries.articleData('tk', row.slug);
    expect(live.kind === 'article' && live.article.title).toBe('Meýilleşdirilen terjime');
    // Scheduled changes are an editor's: a translator is refused (and told before typing, see editor data).
    await workflow.changeStatus(editor, {
      articleId: id,
      locale: 'tk',
      transition: 'schedule-changes',
      version: 2,
      scheduledAt: new Date(Date.now() + 3_600_000),
    });
    expect(await saveAs(translator, id, 'tk', 2, 'Ýene başga')).toMatchObject({
      ok: false,
      error: 'changes-scheduled',
    });
    expect((await editing.articleForEditing(translator, id))?.translations.tk?.readOnly).toBe('changes-scheduled');
    expect((await editing.articleForEditing(editor, id))?.translations.tk?.readOnly).toBeNull();
  });

  it('publishes one language without touching another, and asks to refresh that language’s pages', async () => {
    const id = await newArticle('Публикация по языкам');
    await saveAs(editor, id, 'en', 0, 'Publishing per language');
    const { result, refresh } = await workflow.changeStatus(editor, {
      articleId: id,
      locale: 'en',
      transition: 'publish',
      version: 1,
    });
    expect(result).toEqual({ ok: true, status: 'published', changes: null });
    expect(refresh.tags).toContain('lists:en');
    expect(refresh.immediate).toBe(true);
    expect(refresh.paths).toEqual(
      expect.arrayContaining([
        '/en/articles/publishing-per-language',
        '/en/lite/articles/publishing-per-language',
        '/en',
        '/en/feed.xml',
      ]),
    );
    const article = await editing.articleForEditing(editor, id);
    expect(article?.translations.en?.status).toBe('published');
    expect(article?.translations.ru?.status).toBe('draft');
    expect((await queries.articleData('en', 'publishing-per-language')).kind).toBe('article');
  });

  it('refuses a stale save with what the other person changed, and keeps both languages independent', async () => {
    const id = await newArticle('Конфликт');
    const first = await saveAs(editor, id, 'ru', 1, 'Конфликт: версия Анны');
    const second = await saveAs(editor, id, 'ru', 1, 'Конфликт: версия Бориса');
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: 'conflict', conflict: { version: 2 } });
    if (second.ok || !second.conflict) throw new Error('expected a conflict');
    expect(second.conflict.changes.map((change) => change.field)).toContain('title');
    expect(second.conflict.theirs.title).toBe('Конфликт: версия Анны');
    const [tk, en] = await Promise.all([saveAs(translator, id, 'tk', 0, 'Tk'), saveAs(editor, id, 'en', 0, 'En')]);
    expect(tk.ok && en.ok).toBe(true);
  });

  it('refuses hostile bodies and bad slugs with field errors, and a slug already taken in that language', async () => {
    const id = await newArticle('Поля');
    const hostile = await save.saveTranslation(editor, {
      articleId: id,
      locale: 'ru',
      baseVersion: 1,
      minorEdit: false,
      ...fields('Поля'),
      body: { type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] },
    });
    expect(hostile).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { body: 'body-unknown-node' } });
    const other = await newArticle('Занятый адрес');
    const otherSlug = (await editing.articleForEditing(editor, other))?.translations.ru?.slug ?? '';
    const taken = await save.saveTranslation(editor, {
      articleId: id,
      locale: 'ru',
      baseVersion: 1,
      minorEdit: false,
      ...fields('Поля'),
      slug: otherSlug,
    });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { slug: 'slug-taken' } });
    // The same slug in another language is a different URL.
    expect(await saveAs(editor, id, 'en', 0, otherSlug)).toMatchObject({ ok: true, slug: otherSlug });
  });
});

describe('outdated translations', () => {
  it('marks translations outdated after a source edit, with the field diff, but not after a minor edit', async () => {
    const id = await newArticle('Исходный заголовок');
    await saveAs(translator, id, 'tk', 0, 'Asyl sözbaşy');
    expect((await editing.articleForEditing(editor, id))?.translations.tk?.outdated).toBe(false);

    await saveAs(editor, id, 'ru', 1, 'Исходный заголовок с опечаткой', true);
    expect((await editing.articleForEditing(editor, id))?.translations.tk?.outdated).toBe(false);

    await saveAs(editor, id, 'ru', 2, 'Совсем новый заголовок');
    const article = await editing.articleForEditing(editor, id);
    expect(article?.translations.tk?.outdated).toBe(true);
    const titleChange = article?.sourceChanges.tk?.find((change) => change.field === 'title');
    expect(
      titleChange?.parts
        .filter((part) => part.kind === 'added')
        .map((part) => part.text)
        .join(''),
    ).toContain('Совсем');

    await outdated.markUpToDate(translator, { articleId: id, locale: 'tk' });
    expect((await editing.articleForEditing(editor, id))?.translations.tk?.outdated).toBe(false);
  });
});

describe('slugs, history, scheduling and the trash', () => {
  it('renames a published translation only when the change is published, and keeps the old URL redirecting', async () => {
    const id = await newArticle('Старый адрес');
    const oldSlug = (await editing.articleForEditing(editor, id))?.translations.ru?.slug ?? '';
    await workflow.changeStatus(editor, { articleId: id, locale: 'ru', transition: 'publish', version: 1 });
    const renamed = await save.saveTranslation(editor, {
      articleId: id,
      locale: 'ru',
      baseVersion: 1,
      minorEdit: false,
      ...fields('Старый адрес'),
      slug: 'novyy-adres',
    });
    expect(renamed).toMatchObject({ ok: true, version: 2, changes: 'editing' });
    expect((await queries.articleData('ru', oldSlug)).kind).toBe('article');
    expect((await queries.articleData('ru', 'novyy-adres')).kind).toBe('missing');
    const published = await workflow.changeStatus(editor, {
      articleId: id,
      locale: 'ru',
      transition: 'publish-changes',
      version: 2,
    });
    expect(published.result).toEqual({ ok: true, status: 'published', changes: null });
    expect(published.refresh.tags).toEqual(
      expect.arrayContaining([`article-path:ru:${oldSlug}`, 'article-path:ru:novyy-adres']),
    );
    expect(await queries.articleData('ru', oldSlug)).toMatchObject({ kind: 'moved', slug: 'novyy-adres' });
  });

  it('lists revisions, diffs any two, and restores an old one as a new revision', async () => {
    const id = await newArticle('Первая версия');
    await saveAs(editor, id, 'ru', 1, 'Вторая версия');
    const revisions = await history.listRevisions(editor, id, 'ru');
    expect(revisions?.map((revision) => revision.version)).toEqual([2, 1]);
    const diff = await history.compareRevisions(editor, { articleId: id, locale: 'ru', from: 1, to: 2 });
    expect(diff?.map((change) => change.field)).toEqual(expect.arrayContaining(['title', 'summary', 'body']));
    const restored = await history.restoreRevision(editor, { articleId: id, locale: 'ru', version: 1, baseVersion: 2 });
    expect(restored).toMatchObject({ ok: true, version: 3 });
    expect((await editing.articleForEditing(editor, id))?.translations.ru?.title).toBe('Первая версия');
  });

  it('publishes a scheduled translation when its time comes, not before', async () => {
    const id = await newArticle('По расписанию');
    const at = new Date(Date.now() + 60_000);
    const scheduled = await workflow.changeStatus(editor, {
      articleId: id,
      locale: 'ru',
      transition: 'schedule',
      version: 1,
      scheduledAt: at,
    });
    expect(scheduled.result).toEqual({ ok: true, status: 'scheduled', changes: null });
    expect((await scheduler.publishDue(new Date(at.getTime() - 1000))).published).toBe(0);
    const due = await scheduler.publishDue(new Date(at.getTime() + 1000));
    expect(due.published).toBeGreaterThanOrEqual(1);
    expect((await editing.articleForEditing(editor, id))?.translations.ru?.status).toBe('published');
    const past = await workflow.changeStatus(editor, {
      articleId: id,
      locale: 'ru',
      transition: 'schedule',
      version: 1,
      scheduledAt: new Date(Date.now() - 1000),
    });
    expect(past.result).toEqual({ ok: false, error: 'schedule-in-past' });
  });

  it('takes a trashed article off the public site, restores it, and purges only after 30 days', async () => {
    const id = await newArticle('В корзину');
    await workflow.changeStatus(editor, { articleId: id, locale: 'ru', transition: 'publish', version: 1 });
    const trashed = await trash.trashArticle(editor, id);
    expect(trashed.refresh.immediate).toBe(true);
    const slug = (await db.prisma().articleTranslation.findFirstOrThrow({ where: { articleId: id } })).slug;
    expect((await queries.articleData('ru', slug)).kind).toBe('missing');
    await trash.restoreArticle(editor, id);
    expect((await queries.articleData('ru', slug)).kind).toBe('article');
    await trash.trashArticle(editor, id);
    await expect(trash.emptyTrash(editor, { onlyExpired: false })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await trash.emptyTrash('system', { onlyExpired: true })).toBe(0);
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect(await trash.emptyTrash('system', { onlyExpired: true }, later)).toBeGreaterThanOrEqual(1);
    expect(await db.prisma().article.count({ where: { id } })).toBe(0);
  });
});
