/**
 * The article workspace's access matrix: every exported operation of the articles data layer, as admin, editor and
 * a translator limited to Turkmen, on a Turkmen and an English translation. Allowed exactly where the role grants
 * it, ForbiddenError everywhere else; a new operation without a row fails the completeness check.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth/permissions';
import type * as Create from '@/lib/workspace/articles/create';
import type * as Dashboard from '@/lib/workspace/articles/dashboard';
import type * as Editing from '@/lib/workspace/articles/editor-data';
import type * as History from '@/lib/workspace/articles/history';
import type * as Outdated from '@/lib/workspace/articles/outdated';
import type * as PublishCheck from '@/lib/workspace/articles/publish-check';
import type * as Save from '@/lib/workspace/articles/save';
import type * as Trash from '@/lib/workspace/articles/trash';
import type * as Workflow from '@/lib/workspace/articles/workflow';
import type { Transition } from '@/lib/workspace/articles/types';
import { doc, staff, type TestActor } from '../support/staff';
import { accessOutcome } from '../support/access';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
let modules: {
  create: typeof Create;
  dashboard: typeof Dashboard;
  editing: typeof Editing;
  history: typeof History;
  outdated: typeof Outdated;
  publishCheck: typeof PublishCheck;
  save: typeof Save;
  trash: typeof Trash;
  workflow: typeof Workflow;
};
const actors = {} as Record<Role, TestActor>;

beforeAll(async () => {
  workspaceEnv(db);
  modules = {
    create: await import('@/lib/workspace/articles/create'),
    dashboard: await import('@/lib/workspace/articles/dashboard'),
    editing: await import('@/lib/workspace/articles/editor-data'),
    history: await import('@/lib/workspace/articles/history'),
    outdated: await import('@/lib/workspace/articles/outdated'),
    publishCheck: await import('@/lib/workspace/articles/publish-check'),
    save: await import('@/lib/workspace/articles/save'),
    trash: await import('@/lib/workspace/articles/trash'),
    workflow: await import('@/lib/workspace/articles/workflow'),
  };
  actors.admin = await staff(db.prisma(), 'admin');
  actors.editor = await staff(db.prisma(), 'editor');
  actors.translator = await staff(db.prisma(), 'translator', ['tk']);
});

const draft = (title: string) => ({ title, summary: '', body: doc(title), slug: '', seoDescription: '', coverAlt: '' });
let counter = 0;

/** A fresh article (ru source, with tk and en translations) per call, made by an admin. */
async function fixture(): Promise<string> {
  counter += 1;
  const { create, save } = modules;
  const created = await create.createArticle(actors.admin, {
    ...draft(`Статья ${counter}`),
    sourceLocale: 'ru',
    categoryId: null,
    tagIds: [],
    authorIds: [],
    coverMediaId: null,
  });
  if (!created.ok) throw new Error('fixture');
  for (const locale of ['tk', 'en'] as const) {
    await save.saveTranslation(actors.admin, {
      articleId: created.articleId,
      locale,
      baseVersion: 0,
      minorEdit: false,
      ...draft(`${locale} ${counter}`),
    });
  }
  return created.articleId;
}

const all: Role[] = ['admin', 'editor', 'translator'];
const staffEditors: Role[] = ['admin', 'editor'];

type Row = { allowed: Role[]; run: (actor: TestActor, articleId: string) => Promise<unknown> };
const status =
  (transition: Transition, locale: 'tk' | 'en'): Row['run'] =>
  (actor, articleId) =>
    modules.workflow.changeStatus(actor, {
      articleId,
      locale,
      transition,
      version: 1,
      scheduledAt: new Date(Date.now() + 3_600_000),
    });

const rows: Record<string, Row> = {
  createArticle: {
    allowed: staffEditors,
    run: (actor) =>
      modules.create.createArticle(actor, {
        ...draft(`new ${actor.role} ${Date.now()}`),
        sourceLocale: 'en',
        categoryId: null,
        tagIds: [],
        authorIds: [],
        coverMediaId: null,
      }),
  },
  lastWrittenLocale: { allowed: staffEditors, run: (actor) => modules.create.lastWrittenLocale(actor) },
  updateArticleSettings: {
    allowed: staffEditors,
    run: (actor, id) =>
      modules.create.updateArticleSettings(actor, id, {
        categoryId: null,
        tagIds: [],
        authorIds: [],
        coverMediaId: null,
      }),
  },
  'saveTranslation tk': {
    allowed: all,
    run: (actor, id) =>
      modules.save.saveTranslation(actor, {
        articleId: id,
        locale: 'tk',
        baseVersion: 1,
        minorEdit: false,
        ...draft('tk'),
      }),
  },
  'saveTranslation en': {
    allowed: staffEditors,
    run: (actor, id) =>
      modules.save.saveTranslation(actor, {
        articleId: id,
        locale: 'en',
        baseVersion: 1,
        minorEdit: false,
        ...draft('en'),
      }),
  },
  'changeStatus submit tk': { allowed: all, run: status('submit', 'tk') },
  'changeStatus submit en': { allowed: staffEditors, run: status('submit', 'en') },
  'changeStatus publish tk': { allowed: staffEditors, run: status('publish', 'tk') },
  'changeStatus schedule tk': { allowed: staffEditors, run: status('schedule', 'tk') },
  'changeStatus unpublish tk': { allowed: staffEditors, run: status('unpublish', 'tk') },
  'changeStatus return tk': { allowed: staffEditors, run: status('return', 'tk') },
  'changeStatus cancel-schedule tk': { allowed: staffEditors, run: status('cancel-schedule', 'tk') },
  'changeStatus submit-changes tk': { allowed: all, run: status('submit-changes', 'tk') },
  'changeStatus submit-changes en': { allowed: staffEditors, run: status('submit-changes', 'en') },
  'changeStatus publish-changes tk': { allowed: staffEditors, run: status('publish-changes', 'tk') },
  'changeStatus schedule-changes tk': { allowed: staffEditors, run: status('schedule-changes', 'tk') },
  'changeStatus return-changes tk': { allowed: staffEditors, run: status('return-changes', 'tk') },
  'changeStatus discard-changes tk': { allowed: all, run: status('discard-changes', 'tk') },
  'changeStatus discard-changes en': { allowed: staffEditors, run: status('discard-changes', 'en') },
  'changeStatus cancel-changes-schedule tk': { allowed: staffEditors, run: status('cancel-changes-schedule', 'tk') },
  'publishCheck tk': {
    allowed: staffEditors,
    run: (actor, id) => modules.publishCheck.publishCheck(actor, { articleId: id, locale: 'tk', changes: false }),
  },
  'markUpToDate tk': {
    allowed: all,
    run: (actor, id) => modules.outdated.markUpToDate(actor, { articleId: id, locale: 'tk' }),
  },
  'markUpToDate en': {
    allowed: staffEditors,
    run: (actor, id) => modules.outdated.markUpToDate(actor, { articleId: id, locale: 'en' }),
  },
  compareWithLive: {
    allowed: all,
    run: (actor, id) => modules.history.compareWithLive(actor, { articleId: id, locale: 'tk' }),
  },
  'restoreRevision tk': {
    allowed: all,
    run: (actor, id) =>
      modules.history.restoreRevision(actor, { articleId: id, locale: 'tk', version: 1, baseVersion: 1 }),
  },
  'restoreRevision en': {
    allowed: staffEditors,
    run: (actor, id) =>
      modules.history.restoreRevision(actor, { articleId: id, locale: 'en', version: 1, baseVersion: 1 }),
  },
  listRevisions: { allowed: all, run: (actor, id) => modules.history.listRevisions(actor, id, 'en') },
  compareRevisions: {
    allowed: all,
    run: (actor, id) => modules.history.compareRevisions(actor, { articleId: id, locale: 'en', from: 1, to: 1 }),
  },
  articleForEditing: { allowed: all, run: (actor, id) => modules.editing.articleForEditing(actor, id) },
  listArticles: { allowed: all, run: (actor) => modules.dashboard.listArticles(actor, { needs: 'tk' }, 'en') },
  trashArticle: { allowed: staffEditors, run: (actor, id) => modules.trash.trashArticle(actor, id) },
  restoreArticle: { allowed: staffEditors, run: (actor, id) => modules.trash.restoreArticle(actor, id) },
  listTrash: { allowed: staffEditors, run: (actor) => modules.trash.listTrash(actor) },
  emptyTrash: { allowed: ['admin'], run: (actor) => modules.trash.emptyTrash(actor, { onlyExpired: true }) },
};

describe('articles data layer access matrix', () => {
  it('has a row for every exported operation (pure helpers aside)', () => {
    const exported = Object.values(modules)
      .flatMap((module) => Object.entries(module))
      .filter(([name, value]) => typeof value === 'function' && name !== 'publishBlockers')
      .map(([name]) => name);
    const covered = new Set(Object.keys(rows).map((name) => name.split(' ')[0]));
    expect([...new Set(exported)].sort()).toEqual([...covered].sort());
  });

  for (const [name, row] of Object.entries(rows)) {
    for (const role of all) {
      const expected = row.allowed.includes(role) ? 'allowed' : 'forbidden';
      it(`${name} as ${role}: ${expected}`, async () => {
        const articleId = await fixture();
        const outcome = await accessOutcome(row.run(actors[role], articleId));
        expect(outcome).toBe(expected);
      });
    }
  }
});
