/**
 * The translator's desk's access matrix: every exported operation of its data layer that takes an actor, as admin,
 * editor and a translator limited to Turkmen, on Turkmen and English. Allowed exactly where the role grants it,
 * ForbiddenError everywhere else; a new operation without a row fails the completeness check. No MT_PROVIDER is set
 * here: machine drafts answer `mt-not-configured` to everyone allowed, and the editor shows no provider.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth/permissions';
import type * as Counts from '@/lib/desk/dashboard-counts';
import type * as Editor from '@/lib/desk/editor';
import type * as Glossary from '@/lib/desk/glossary';
import type * as GlossaryApply from '@/lib/desk/glossary-apply';
import type * as MemorySearch from '@/lib/desk/memory-search';
import type * as Draft from '@/lib/desk/mt/draft';
import type * as Tmx from '@/lib/desk/tmx';
import type * as XliffIo from '@/lib/desk/xliff-io';
import type * as Create from '@/lib/workspace/articles/create';
import type * as Save from '@/lib/workspace/articles/save';
import { accessOutcome } from '../support/access';
import { doc, staff, type TestActor } from '../support/staff';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
let desk: {
  counts: typeof Counts;
  editor: typeof Editor;
  glossary: typeof Glossary;
  apply: typeof GlossaryApply;
  search: typeof MemorySearch;
  draft: typeof Draft;
  tmx: typeof Tmx;
  xliff: typeof XliffIo;
};
let create: typeof Create;
let save: typeof Save;
const actors = {} as Record<Role, TestActor>;

/** Exports that take no actor: pure helpers and calls made inside operations that were already authorized. */
const helpers = new Set([
  'GLOSSARY_LIMITS',
  'GLOSSARY_PAGE_SIZE',
  'approvedEntries',
  'findGlossaryTerms',
  'missingGlossaryTerms',
  'textUnits',
  'FUZZY_THRESHOLD',
  'MAX_QUERY_CHARS',
  'machineTranslationEnabled',
  'uneditedSegments',
  'settleMachineDraft',
  'TMX_LIMITS',
  'parseTmx',
]);

beforeAll(async () => {
  delete process.env.MT_PROVIDER;
  delete process.env.MT_API_KEY;
  delete process.env.MT_URL;
  workspaceEnv(db);
  desk = {
    counts: await import('@/lib/desk/dashboard-counts'),
    editor: await import('@/lib/desk/editor'),
    glossary: await import('@/lib/desk/glossary'),
    apply: await import('@/lib/desk/glossary-apply'),
    search: await import('@/lib/desk/memory-search'),
    draft: await import('@/lib/desk/mt/draft'),
    tmx: await import('@/lib/desk/tmx'),
    xliff: await import('@/lib/desk/xliff-io'),
  };
  create = await import('@/lib/workspace/articles/create');
  save = await import('@/lib/workspace/articles/save');
  actors.admin = await staff(db.prisma(), 'admin');
  actors.editor = await staff(db.prisma(), 'editor');
  actors.translator = await staff(db.prisma(), 'translator', ['tk']);
});

let counter = 0;
const draft = (title: string) => ({ title, summary: '', body: doc(title), slug: '', seoDescription: '', coverAlt: '' });

/** A fresh article (ru source, with tk and en translations) and a glossary proposal per call. */
async function fixture(): Promise<{ articleId: string; entryId: string }> {
  counter += 1;
  const created = await create.createArticle(actors.admin, {
    ...draft(`Доклад ОБСЕ ${counter}`),
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
  const entry = await db.prisma().glossaryEntry.create({
    data: {
      status: 'proposed',
      terms: {
        create: [
          { locale: 'ru', term: `Термин ${counter}` },
          { locale: 'tk', term: `Termin ${counter}` },
        ],
      },
    },
    select: { id: true },
  });
  return { articleId: created.articleId, entryId: entry.id };
}

const all: Role[] = ['admin', 'editor', 'translator'];
const staffEditors: Role[] = ['admin', 'editor'];

type Row = {
  allowed: Role[];
  run: (actor: TestActor, ids: { articleId: string; entryId: string }) => Promise<unknown>;
  check?: (result: unknown) => void;
};

const tmxFile = `<?xml version="1.0"?><tmx version="1.4"><header srclang="ru"/><body><tu><tuv xml:lang="ru"><seg>Да</seg></tuv><tuv xml:lang="tk"><seg>Hawa</seg></tuv></tu></body></tmx>`;

async function collect(pages: AsyncGenerator<string>): Promise<string> {
  let text = '';
  for await (const page of pages) text += page;
  return text;
}

const view = async (articleId: string, locale: 'ru' | 'tk' | 'en') => {
  const row = await db.prisma().articleTranslation.findFirstOrThrow({ where: { articleId, locale } });
  return { ...row, body: row.body as never } as never;
};

const rows: Record<string, Row> = {
  listGlossary: { allowed: all, run: (actor) => desk.glossary.listGlossary(actor) },
  glossaryEntry: { allowed: all, run: (actor, ids) => desk.glossary.glossaryEntry(actor, ids.entryId) },
  'saveGlossaryEntry new': {
    allowed: all,
    run: (actor) =>
      desk.glossary.saveGlossaryEntry(actor, {
        terms: { ru: { term: `Новый ${actor.role} ${++counter}`, variants: [] }, tk: { term: 'Täze', variants: [] } },
        doNotTranslate: false,
        note: '',
      }),
  },
  'saveGlossaryEntry change': {
    allowed: staffEditors,
    run: (actor, ids) =>
      desk.glossary.saveGlossaryEntry(actor, {
        id: ids.entryId,
        terms: { ru: { term: `Правка ${++counter}`, variants: [] }, tk: { term: 'Üýtgeşme', variants: [] } },
        doNotTranslate: false,
        note: '',
      }),
  },
  reviewGlossaryProposal: {
    allowed: staffEditors,
    run: (actor, ids) => desk.glossary.reviewGlossaryProposal(actor, { id: ids.entryId, decision: 'approve' }),
    check: (result) => expect(result).toEqual({ ok: true }),
  },
  deleteGlossaryEntry: {
    allowed: staffEditors,
    run: (actor, ids) => desk.glossary.deleteGlossaryEntry(actor, ids.entryId),
    check: (result) => expect(result).toEqual({ ok: true }),
  },
  'glossaryCheck tk': { allowed: all, run: (actor, ids) => desk.apply.glossaryCheck(actor, { ...ids, locale: 'tk' }) },
  'glossaryCheck en': {
    allowed: staffEditors,
    run: (actor, ids) => desk.apply.glossaryCheck(actor, { ...ids, locale: 'en' }),
  },
  'memoryMatches tk': {
    allowed: all,
    run: (actor, ids) =>
      desk.search.memoryMatches(actor, {
        articleId: ids.articleId,
        sourceLocale: 'ru',
        targetLocale: 'tk',
        text: 'Да',
      }),
  },
  'memoryMatches en': {
    allowed: staffEditors,
    run: (actor, ids) =>
      desk.search.memoryMatches(actor, {
        articleId: ids.articleId,
        sourceLocale: 'ru',
        targetLocale: 'en',
        text: 'Да',
      }),
  },
  memoryStats: { allowed: all, run: (actor) => desk.search.memoryStats(actor) },
  rebuildMemory: { allowed: staffEditors, run: (actor) => desk.search.rebuildMemory(actor) },
  exportTmx: { allowed: all, run: (actor) => collect(desk.tmx.exportTmx(actor)) },
  importTmx: {
    allowed: staffEditors,
    run: (actor) => desk.tmx.importTmx(actor, tmxFile),
    check: (result) => expect(result).toMatchObject({ ok: true }),
  },
  'exportXliff tk': {
    allowed: all,
    run: (actor, ids) => desk.xliff.exportXliff(actor, { ...ids, sourceLocale: 'ru', targetLocale: 'tk' }),
    check: (result) => expect(result).toMatchObject({ ok: true }),
  },
  'exportXliff en': {
    allowed: staffEditors,
    run: (actor, ids) => desk.xliff.exportXliff(actor, { ...ids, sourceLocale: 'ru', targetLocale: 'en' }),
  },
  'importXliff tk': {
    allowed: all,
    run: async (actor, ids) => {
      const exported = await desk.xliff.exportXliff(actors.admin, { ...ids, sourceLocale: 'ru', targetLocale: 'tk' });
      if (!exported.ok) throw new Error(exported.error);
      return desk.xliff.importXliff(actor, {
        ...ids,
        sourceLocale: 'ru',
        targetLocale: 'tk',
        baseVersion: 1,
        xml: exported.xml,
      });
    },
    check: (result) => expect(result).toMatchObject({ ok: true }),
  },
  'importXliff en': {
    allowed: staffEditors,
    run: (actor, ids) =>
      desk.xliff.importXliff(actor, { ...ids, sourceLocale: 'ru', targetLocale: 'en', baseVersion: 1, xml: '<x/>' }),
  },
  'machineDraft tk': {
    allowed: all,
    run: (actor, ids) => desk.draft.machineDraft(actor, { articleId: ids.articleId, locale: 'tk', baseVersion: 1 }),
    check: (result) => expect(result).toEqual({ ok: false, error: 'mt-not-configured' }),
  },
  'machineDraft en': {
    allowed: staffEditors,
    run: (actor, ids) => desk.draft.machineDraft(actor, { articleId: ids.articleId, locale: 'en', baseVersion: 1 }),
    check: (result) => expect(result).toEqual({ ok: false, error: 'mt-not-configured' }),
  },
  'deskForEditor tk': {
    allowed: all,
    run: async (actor, ids) =>
      desk.editor.deskForEditor(actor, {
        locale: 'tk',
        left: await view(ids.articleId, 'ru'),
        target: await view(ids.articleId, 'tk'),
      }),
    check: (result) => expect(result).toMatchObject({ mtProvider: null, machineUnedited: 0 }),
  },
  'deskForEditor en': {
    allowed: staffEditors,
    run: async (actor, ids) =>
      desk.editor.deskForEditor(actor, { locale: 'en', left: await view(ids.articleId, 'ru'), target: null }),
  },
  dashboardCounts: {
    allowed: all,
    run: (actor, ids) => desk.counts.dashboardCounts(actor, [ids.articleId]),
    check: (result) =>
      expect((result as Record<string, Record<string, unknown>>)[Object.keys(result as object)[0] ?? '']).toMatchObject(
        {
          ru: { words: 3, translated: 1, total: 1 },
          tk: { translated: 1, total: 1, machineDrafted: false },
        },
      ),
  },
};

describe("the translator's desk access matrix", () => {
  it('has a row for every operation that takes an actor', () => {
    const exported = Object.values(desk)
      .flatMap((module) => Object.entries(module))
      .filter(([name, value]) => typeof value === 'function' && !helpers.has(name))
      .map(([name]) => name);
    const covered = new Set(Object.keys(rows).map((name) => name.split(' ')[0]));
    expect([...new Set(exported)].sort()).toEqual([...covered].sort());
  });

  for (const [name, row] of Object.entries(rows)) {
    for (const role of all) {
      const expected = row.allowed.includes(role) ? 'allowed' : 'forbidden';
      it(`${name} as ${role}: ${expected}`, async () => {
        const ids = await fixture();
        expect(await accessOutcome(row.run(actors[role], ids), row.check)).toBe(expected);
      });
    }
  }
});
