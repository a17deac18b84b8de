/**
 * Categories, tags and authors in the data layer, on a real database: per-language rows, slugs proposed and checked
 * per language, at least one language, audit events, what deleting does to articles, the pickers' fallback, and the
 * access matrix (editors and admins manage, translators only read the pickers).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth/permissions';
import type * as AuthorsModule from '@/lib/workspace/taxonomy/authors';
import type * as CategoriesModule from '@/lib/workspace/taxonomy/categories';
import type * as TagsModule from '@/lib/workspace/taxonomy/tags';
import { staff, type TestActor } from '../support/staff';
import { accessOutcome } from '../support/access';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
let categories: typeof CategoriesModule;
let tags: typeof TagsModule;
let authors: typeof AuthorsModule;

const actors = {} as Record<Role, TestActor>;

beforeAll(async () => {
  workspaceEnv(db);
  categories = await import('@/lib/workspace/taxonomy/categories');
  tags = await import('@/lib/workspace/taxonomy/tags');
  authors = await import('@/lib/workspace/taxonomy/authors');
  actors.admin = await staff(db.prisma(), 'admin');
  actors.editor = await staff(db.prisma(), 'editor');
  actors.translator = await staff(db.prisma(), 'translator', ['tk']);
});

let counter = 0;
/** A slug no other test uses. */
const unique = (base: string) => `${base}-${++counter}`;

async function article(): Promise<string> {
  const created = await db.prisma().article.create({ data: { sourceLocale: 'ru' }, select: { id: true } });
  return created.id;
}

async function auditEvents(action: string, targetId: string) {
  return db.prisma().auditEvent.findMany({
    where: { action, targetId },
    orderBy: { createdAt: 'asc' },
    select: { actorId: true, details: true, ip: true },
  });
}

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  expect(result).toMatchObject({ ok: true });
  return result as Extract<T, { ok: true }>;
}

describe('categories', () => {
  it('creates one row per filled language, proposes slugs from the names (Cyrillic and Turkmen transliterated), audits', async () => {
    const editor = actors.editor;
    const result = ok(
      await categories.createCategory(editor, {
        position: 3,
        translations: {
          ru: { name: '  Права человека ', slug: '', description: 'О правах' },
          tk: { name: 'Söz azatlygy we Türkmençe ýaşaýyş', slug: '' },
          en: { name: 'Human rights', slug: '' },
        },
      }),
    );
    expect(result.locales).toEqual(['ru', 'tk', 'en']);
    const category = await categories.getCategory(editor, result.id);
    expect(category).toEqual({
      id: result.id,
      position: 3,
      articleCount: 0,
      translations: [
        { locale: 'ru', name: 'Права человека', slug: 'prava-cheloveka', description: 'О правах' },
        {
          locale: 'tk',
          name: 'Söz azatlygy we Türkmençe ýaşaýyş',
          slug: 'soz-azatlygy-we-turkmence-yasayys',
          description: '',
        },
        { locale: 'en', name: 'Human rights', slug: 'human-rights', description: '' },
      ],
    });
    const [event] = await auditEvents('category.created', result.id);
    expect(event).toMatchObject({
      actorId: editor.id,
      ip: '127.0.0.1',
      details: { title: 'Права человека', locales: ['ru', 'tk', 'en'] },
    });
  });

  it('a language left blank has no row; whitespace counts as blank', async () => {
    const result = ok(
      await categories.createCategory(actors.admin, {
        position: 0,
        translations: { ru: { name: ' ', slug: '', description: '  ' }, en: { name: 'Only English', slug: '' } },
      }),
    );
    expect(result.locales).toEqual(['en']);
    const category = await categories.getCategory(actors.admin, result.id);
    expect(category?.translations.map((row) => row.locale)).toEqual(['en']);
  });

  it('needs at least one language, and a name in every language that has anything', async () => {
    expect(
      await categories.createCategory(actors.editor, {
        position: 0,
        translations: { ru: { name: '', slug: '' }, tk: {}, en: { name: '   ' } },
      }),
    ).toEqual({ ok: false, error: 'invalid', fieldErrors: { translations: 'translation-required' } });
    expect(
      await categories.createCategory(actors.editor, {
        position: 0,
        translations: { ru: { name: 'Есть', slug: '' }, tk: { name: '', slug: unique('bar'), description: '' } },
      }),
    ).toEqual({ ok: false, error: 'invalid', fieldErrors: { 'name.tk': 'required' } });
  });

  it('checks typed slugs: lower-cased, ASCII words and single hyphens, at most 80 characters', async () => {
    const typed = unique('Mixed-Case');
    const result = ok(
      await categories.createCategory(actors.editor, { position: 0, translations: { en: { name: 'X', slug: typed } } }),
    );
    expect((await categories.getCategory(actors.editor, result.id))?.translations[0]?.slug).toBe(typed.toLowerCase());
    for (const slug of ['with space', 'кириллица', 'double--hyphen', '-leading', 'a'.repeat(81), 'under_score']) {
      expect(
        await categories.createCategory(actors.editor, { position: 0, translations: { ru: { name: 'Имя', slug } } }),
        slug,
      ).toEqual({ ok: false, error: 'invalid', fieldErrors: { 'slug.ru': 'slug-invalid' } });
    }
    expect(
      await categories.createCategory(actors.editor, {
        position: 0,
        translations: { en: { name: 'n'.repeat(121), slug: unique('long') } },
      }),
    ).toEqual({ ok: false, error: 'invalid', fieldErrors: { 'name.en': 'text-too-long' } });
    for (const position of [-1, 1.5, 10_000]) {
      expect(await categories.createCategory(actors.editor, { position, translations: { en: { name: 'P' } } })).toEqual(
        { ok: false, error: 'invalid', fieldErrors: { position: 'invalid' } },
      );
    }
  });

  it('a slug is unique per language: a clash is a field error for that language, the same slug elsewhere is fine', async () => {
    const slug = unique('news');
    ok(
      await categories.createCategory(actors.editor, { position: 0, translations: { ru: { name: 'Новости', slug } } }),
    );
    expect(
      await categories.createCategory(actors.editor, {
        position: 0,
        translations: { ru: { name: 'Ещё новости', slug }, en: { name: 'More news', slug: unique('more-news') } },
      }),
    ).toEqual({ ok: false, error: 'invalid', fieldErrors: { 'slug.ru': 'slug-taken' } });
    const other = ok(
      await categories.createCategory(actors.editor, { position: 0, translations: { en: { name: 'News', slug } } }),
    );
    // The same clash on an update, and with a proposed slug (same name, blank slug).
    expect(
      await categories.updateCategory(actors.editor, other.id, {
        position: 0,
        translations: { ru: { name: 'Новости', slug }, en: { name: 'News', slug } },
      }),
    ).toEqual({ ok: false, error: 'invalid', fieldErrors: { 'slug.ru': 'slug-taken' } });
    const named = unique('Тёмные дела');
    ok(await categories.createCategory(actors.editor, { position: 0, translations: { ru: { name: named } } }));
    expect(
      await categories.createCategory(actors.editor, { position: 0, translations: { ru: { name: named } } }),
    ).toMatchObject({ ok: false, fieldErrors: { 'slug.ru': 'slug-taken' } });
  });

  it('two creates racing for one slug: one wins, the other gets the field error (not an exception)', async () => {
    const slug = unique('race');
    const results = await Promise.all(
      [1, 2].map((n) =>
        categories.createCategory(actors.editor, { position: 0, translations: { tk: { name: `Ýaryş ${n}`, slug } } }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { 'slug.tk': 'slug-taken' },
    });
  });

  it('updates: reports the languages whose text changed, deletes a blanked language, a new position touches all', async () => {
    const editor = actors.editor;
    const ruSlug = unique('ekonomika');
    const { id } = ok(
      await categories.createCategory(editor, {
        position: 1,
        translations: {
          ru: { name: 'Экономика', slug: ruSlug },
          tk: { name: 'Ykdysadyýet', slug: unique('ykdysadyyet') },
          en: { name: 'Economy', slug: unique('economy') },
        },
      }),
    );
    const current = (await categories.getCategory(editor, id))!;
    const same = Object.fromEntries(current.translations.map(({ locale, ...values }) => [locale, values]));

    expect(await categories.updateCategory(editor, id, { position: 1, translations: same })).toEqual({
      ok: true,
      id,
      locales: [],
    });
    expect(await auditEvents('category.updated', id)).toHaveLength(0);

    const renamed = ok(
      await categories.updateCategory(editor, id, {
        position: 1,
        translations: { ...same, en: { ...same.en, name: 'The economy' }, tk: { name: '', slug: '', description: '' } },
      }),
    );
    expect(renamed.locales).toEqual(['tk', 'en']);
    const after = await categories.getCategory(editor, id);
    expect(after?.translations.map((row) => [row.locale, row.name])).toEqual([
      ['ru', 'Экономика'],
      ['en', 'The economy'],
    ]);
    expect(await auditEvents('category.updated', id)).toMatchObject([
      { details: { title: 'Экономика', locales: ['tk', 'en'] } },
    ]);

    const moved = ok(
      await categories.updateCategory(editor, id, {
        position: 7,
        translations: { ru: same.ru, en: { ...same.en, name: 'The economy' } },
      }),
    );
    expect(moved.locales).toEqual(['ru', 'en']);
    expect((await categories.getCategory(editor, id))?.position).toBe(7);

    // Its own slug is not a clash; an unknown id is not found.
    ok(
      await categories.updateCategory(editor, id, {
        position: 7,
        translations: { ru: { name: 'Экон.', slug: ruSlug } },
      }),
    );
    expect(
      await categories.updateCategory(editor, 'missing', { position: 0, translations: { ru: { name: 'x' } } }),
    ).toEqual({ ok: false, error: 'not-found' });
  });

  it('deleting leaves its articles without a category and is audited', async () => {
    const { id } = ok(
      await categories.createCategory(actors.admin, {
        position: 0,
        translations: { ru: { name: 'Удаляемая', slug: unique('udaliaemaia') }, tk: { name: 'Pozulýan' } },
      }),
    );
    const articleId = await article();
    await db.prisma().article.update({ where: { id: articleId }, data: { categoryId: id } });
    expect((await categories.getCategory(actors.admin, id))?.articleCount).toBe(1);

    expect(await categories.deleteCategory(actors.admin, id)).toEqual({ ok: true, id, locales: ['ru', 'tk'] });
    expect(await categories.getCategory(actors.admin, id)).toBeNull();
    expect(await db.prisma().article.findUnique({ where: { id: articleId }, select: { categoryId: true } })).toEqual({
      categoryId: null,
    });
    expect(await auditEvents('category.deleted', id)).toMatchObject([
      { actorId: actors.admin.id, details: { title: 'Удаляемая', locales: ['ru', 'tk'], articles: 1 } },
    ]);
    expect(await categories.deleteCategory(actors.admin, id)).toEqual({ ok: false, error: 'not-found' });
  });

  it('the picker names each category in the asked language, else in another, in editorial order', async () => {
    const first = ok(
      await categories.createCategory(actors.editor, {
        position: 0,
        translations: { tk: { name: 'Diňe türkmençe', slug: unique('dine') } },
      }),
    );
    const options = await categories.listCategoriesForPicker(actors.translator, 'en');
    expect(options).toContainEqual({ id: first.id, name: 'Diňe türkmençe', locale: 'tk' });
    const listed = await categories.listCategories(actors.editor);
    expect(options.map((option) => option.id)).toEqual(listed.map((row) => row.id));
  });
});

describe('tags', () => {
  it('create, rename, clash per language, delete (removing it from articles)', async () => {
    const editor = actors.editor;
    const { id, locales } = ok(
      await tags.createTag(editor, { translations: { ru: { name: 'Хлопок' }, tk: { name: 'Pagta ýygymy' } } }),
    );
    expect(locales).toEqual(['ru', 'tk']);
    expect((await tags.getTag(editor, id))?.translations).toEqual([
      { locale: 'ru', name: 'Хлопок', slug: 'khlopok' },
      { locale: 'tk', name: 'Pagta ýygymy', slug: 'pagta-yygymy' },
    ]);
    expect(await auditEvents('tag.created', id)).toMatchObject([{ details: { title: 'Хлопок' } }]);

    // Another tag may use "khlopok" in English, not in Russian.
    expect(await tags.createTag(editor, { translations: { ru: { name: 'Хлопок' } } })).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { 'slug.ru': 'slug-taken' },
    });
    ok(await tags.createTag(editor, { translations: { en: { name: 'Cotton', slug: 'khlopok' } } }));

    const renamed = ok(
      await tags.updateTag(editor, id, {
        translations: { ru: { name: 'Хлопок', slug: 'khlopok' }, en: { name: 'Cotton harvest' } },
      }),
    );
    expect(renamed.locales).toEqual(['tk', 'en']);
    expect(await auditEvents('tag.updated', id)).toMatchObject([{ details: { locales: ['tk', 'en'] } }]);

    const articleId = await article();
    await db.prisma().articleTag.create({ data: { articleId, tagId: id } });
    expect((await tags.listTags(editor)).find((tag) => tag.id === id)?.articleCount).toBe(1);
    expect(await tags.deleteTag(editor, id)).toEqual({ ok: true, id, locales: ['ru', 'en'] });
    expect(await db.prisma().articleTag.count({ where: { articleId } })).toBe(0);
    expect(await db.prisma().article.count({ where: { id: articleId } })).toBe(1);
    expect(await auditEvents('tag.deleted', id)).toMatchObject([{ details: { articles: 1 } }]);
    expect(await tags.deleteTag(editor, id)).toEqual({ ok: false, error: 'not-found' });
    expect(await tags.updateTag(editor, id, { translations: { ru: { name: 'x' } } })).toEqual({
      ok: false,
      error: 'not-found',
    });
  });

  it('the picker sorts by the shown name and falls back to another language', async () => {
    const a = ok(
      await tags.createTag(actors.editor, { translations: { ru: { name: 'Яблоко' }, en: { name: 'Apple' } } }),
    );
    const b = ok(await tags.createTag(actors.editor, { translations: { ru: { name: 'Абрикос' } } }));
    const options = await tags.listTagsForPicker(actors.translator, 'en');
    expect(options).toContainEqual({ id: a.id, name: 'Apple', locale: 'en' });
    expect(options).toContainEqual({ id: b.id, name: 'Абрикос', locale: 'ru' });
    const ru = (await tags.listTagsForPicker(actors.editor, 'ru')).map((option) => option.name);
    expect(ru.indexOf('Абрикос')).toBeLessThan(ru.indexOf('Яблоко'));
  });
});

describe('authors', () => {
  it('create with a pen name, update (the mark touches every language), delete (removing the byline)', async () => {
    const editor = actors.editor;
    const { id, locales } = ok(
      await authors.createAuthor(editor, {
        isPenName: true,
        translations: {
          ru: { name: 'Аман Гурбанов', slug: 'aman-gurbanov', bio: 'Корреспондент' },
          tk: { name: 'Aman Gurbanow', slug: 'aman-gurbanow', bio: '' },
        },
      }),
    );
    expect(locales).toEqual(['ru', 'tk']);
    expect(await authors.getAuthor(editor, id)).toEqual({
      id,
      isPenName: true,
      articleCount: 0,
      translations: [
        { locale: 'ru', name: 'Аман Гурбанов', slug: 'aman-gurbanov', bio: 'Корреспондент' },
        { locale: 'tk', name: 'Aman Gurbanow', slug: 'aman-gurbanow', bio: '' },
      ],
    });
    expect(await auditEvents('author.created', id)).toMatchObject([{ details: { isPenName: true } }]);

    const bioOnly = ok(
      await authors.updateAuthor(editor, id, {
        isPenName: true,
        translations: {
          ru: { name: 'Аман Гурбанов', slug: 'aman-gurbanov', bio: 'Корреспондент' },
          tk: { name: 'Aman Gurbanow', slug: 'aman-gurbanow', bio: 'Habarçy' },
        },
      }),
    );
    expect(bioOnly.locales).toEqual(['tk']);
    const unmarked = ok(
      await authors.updateAuthor(editor, id, {
        isPenName: false,
        translations: {
          ru: { name: 'Аман Гурбанов', slug: 'aman-gurbanov', bio: 'Корреспондент' },
          tk: { name: 'Aman Gurbanow', slug: 'aman-gurbanow', bio: 'Habarçy' },
        },
      }),
    );
    expect(unmarked.locales).toEqual(['ru', 'tk']);
    const updates = await auditEvents('author.updated', id);
    expect(updates.map((event) => event.details)).toEqual([
      { title: 'Аман Гурбанов', locales: ['tk'] },
      { title: 'Аман Гурбанов', locales: [], isPenName: { from: true, to: false } },
    ]);
    expect(await authors.updateAuthor(editor, id, { isPenName: false, translations: {} })).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { translations: 'translation-required' },
    });

    const options = await authors.listAuthorsForPicker(actors.translator, 'en');
    expect(options).toContainEqual({ id, name: 'Аман Гурбанов', locale: 'ru', isPenName: false });

    // Article bylines restrict deletion in the schema: deleting removes them first, the article stays.
    const articleId = await article();
    await db.prisma().articleAuthor.create({ data: { articleId, authorId: id } });
    expect((await authors.listAuthors(editor)).find((author) => author.id === id)?.articleCount).toBe(1);
    expect(await authors.deleteAuthor(editor, id)).toEqual({ ok: true, id, locales: ['ru', 'tk'] });
    expect(await db.prisma().articleAuthor.count({ where: { articleId } })).toBe(0);
    expect(await db.prisma().article.count({ where: { id: articleId } })).toBe(1);
    expect(await auditEvents('author.deleted', id)).toMatchObject([
      { details: { title: 'Аман Гурбанов', articles: 1 } },
    ]);
    expect(await authors.deleteAuthor(editor, id)).toEqual({ ok: false, error: 'not-found' });
  });

  it('an author without a typed address gets one from the name, unique per language', async () => {
    const first = ok(
      await authors.createAuthor(actors.editor, { isPenName: false, translations: { en: { name: 'Ogulsapar Test' } } }),
    );
    expect((await authors.getAuthor(actors.editor, first.id))?.translations[0]).toMatchObject({
      slug: 'ogulsapar-test',
    });
    expect(
      await authors.createAuthor(actors.editor, {
        isPenName: false,
        translations: { en: { name: 'Someone else', slug: 'ogulsapar-test' } },
      }),
    ).toEqual({ ok: false, error: 'invalid', fieldErrors: { 'slug.en': 'slug-taken' } });
  });

  it('a bio without a name is refused; a long bio too', async () => {
    expect(
      await authors.createAuthor(actors.editor, { isPenName: false, translations: { en: { name: '', bio: 'Bio' } } }),
    ).toEqual({ ok: false, error: 'invalid', fieldErrors: { 'name.en': 'required' } });
    expect(
      await authors.createAuthor(actors.editor, {
        isPenName: false,
        translations: { en: { name: 'Writer', bio: 'b'.repeat(2001) } },
      }),
    ).toEqual({ ok: false, error: 'invalid', fieldErrors: { 'bio.en': 'text-too-long' } });
  });
});

describe('taxonomy access matrix', () => {
  const everyone: Role[] = ['admin', 'editor', 'translator'];
  const managers: Role[] = ['admin', 'editor'];

  const newCategory = async () =>
    (
      await db.prisma().category.create({
        data: { translations: { create: { locale: 'ru', name: 'M', slug: unique('matrix-category') } } },
        select: { id: true },
      })
    ).id;
  const newTag = async () =>
    (
      await db.prisma().tag.create({
        data: { translations: { create: { locale: 'ru', name: 'M', slug: unique('matrix-tag') } } },
        select: { id: true },
      })
    ).id;
  const newAuthor = async () =>
    (
      await db.prisma().author.create({
        data: { translations: { create: { locale: 'ru', name: 'M', slug: unique('matrix-author') } } },
        select: { id: true },
      })
    ).id;
  const names = () => ({ ru: { name: 'Матрица', slug: unique('matritsa') } });

  const operations: Record<string, { allowed: Role[]; run: (actor: TestActor) => Promise<unknown> }> = {
    listCategories: { allowed: managers, run: (actor) => categories.listCategories(actor) },
    getCategory: { allowed: managers, run: async (actor) => categories.getCategory(actor, await newCategory()) },
    listCategoriesForPicker: { allowed: everyone, run: (actor) => categories.listCategoriesForPicker(actor, 'tk') },
    createCategory: {
      allowed: managers,
      run: (actor) => categories.createCategory(actor, { position: 0, translations: names() }),
    },
    updateCategory: {
      allowed: managers,
      run: async (actor) =>
        categories.updateCategory(actor, await newCategory(), { position: 1, translations: names() }),
    },
    deleteCategory: { allowed: managers, run: async (actor) => categories.deleteCategory(actor, await newCategory()) },
    listTags: { allowed: managers, run: (actor) => tags.listTags(actor) },
    getTag: { allowed: managers, run: async (actor) => tags.getTag(actor, await newTag()) },
    listTagsForPicker: { allowed: everyone, run: (actor) => tags.listTagsForPicker(actor, 'tk') },
    createTag: { allowed: managers, run: (actor) => tags.createTag(actor, { translations: names() }) },
    updateTag: {
      allowed: managers,
      run: async (actor) => tags.updateTag(actor, await newTag(), { translations: names() }),
    },
    deleteTag: { allowed: managers, run: async (actor) => tags.deleteTag(actor, await newTag()) },
    listAuthors: { allowed: managers, run: (actor) => authors.listAuthors(actor) },
    getAuthor: { allowed: managers, run: async (actor) => authors.getAuthor(actor, await newAuthor()) },
    listAuthorsForPicker: { allowed: everyone, run: (actor) => authors.listAuthorsForPicker(actor, 'tk') },
    createAuthor: {
      allowed: managers,
      run: (actor) =>
        authors.createAuthor(actor, {
          isPenName: true,
          translations: { tk: { name: 'Lakam', slug: unique('lakam') } },
        }),
    },
    updateAuthor: {
      allowed: managers,
      run: async (actor) =>
        authors.updateAuthor(actor, await newAuthor(), {
          isPenName: false,
          translations: { en: { name: 'A', slug: unique('a') } },
        }),
    },
    deleteAuthor: { allowed: managers, run: async (actor) => authors.deleteAuthor(actor, await newAuthor()) },
  };

  it('covers every exported function of the categories, tags and authors modules', () => {
    const exported = [categories, tags, authors]
      .flatMap((module) => Object.entries(module))
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    expect(exported.sort()).toEqual(Object.keys(operations).sort());
  });

  for (const [name, operation] of Object.entries(operations)) {
    for (const role of ['admin', 'editor', 'translator'] as const) {
      const expected = operation.allowed.includes(role) ? 'allowed' : 'forbidden';
      it(`${name} as ${role}: ${expected}`, async () => {
        // Allowed writes must really succeed, not be refused for another reason.
        const outcome = await accessOutcome(operation.run(actors[role]), (result) => {
          if (result && typeof result === 'object' && 'ok' in result) expect(result).toMatchObject({ ok: true });
        });
        expect(outcome).toBe(expected);
      });
    }
  }
});
