import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { recordAudit, type AuditContext } from '../audit';
import { categoryFields, pickName, TAXONOMY_LIMITS, type PickerOption } from './fields';
import { deleteEntry } from './entries';
import {
  auditTitle,
  changedLocales,
  checkTranslations,
  inSiteOrder,
  localesOf,
  writeWithSlugs,
  type TaxonomyDeleteResult,
  type TaxonomyWriteResult,
  type TranslationsInput,
} from './translations';

/** Categories (sections): every function authorizes itself; writes need `manage:taxonomy` (editors and admins). */
type Editor = Actor & AuditContext;
type Field = (typeof categoryFields)[number];

export interface CategoryTranslationRow {
  locale: Locale;
  name: string;
  slug: string;
  description: string;
}

export interface CategoryRow {
  id: string;
  position: number;
  /** Only the languages that have a row, in ru, tk, en order. */
  translations: CategoryTranslationRow[];
  /** Articles filed under it, those in the trash included. */
  articleCount: number;
}

export interface CategoryInput {
  position: number;
  translations: TranslationsInput<Field>;
}

const categorySelect = {
  id: true,
  position: true,
  translations: { select: { locale: true, name: true, slug: true, description: true } },
  _count: { select: { articles: true } },
} as const;

function toRow(category: {
  id: string;
  position: number;
  translations: CategoryTranslationRow[];
  _count: { articles: number };
}): CategoryRow {
  const translations = inSiteOrder(category.translations);
  return { id: category.id, position: category.position, translations, articleCount: category._count.articles };
}

export async function listCategories(actor: Actor): Promise<CategoryRow[]> {
  authorize(actor, 'manage:taxonomy');
  const categories = await db().category.findMany({
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: categorySelect,
  });
  return categories.map(toRow);
}

export async function getCategory(actor: Actor, id: string): Promise<CategoryRow | null> {
  authorize(actor, 'manage:taxonomy');
  const category = await db().category.findUnique({ where: { id }, select: categorySelect });
  return category ? toRow(category) : null;
}

/** For the article editor's category choice: every category, named in `locale` where it can be. */
export async function listCategoriesForPicker(actor: Actor, locale: Locale): Promise<PickerOption[]> {
  authorize(actor, 'read:workspace');
  const categories = await db().category.findMany({
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, translations: { select: { locale: true, name: true } } },
  });
  return categories.flatMap((category) => {
    const name = pickName(category.translations, locale);
    return name ? [{ id: category.id, ...name }] : [];
  });
}

/** The texts per language, and a whole position from 0 up (the home page lists sections in this order). */
function check(input: CategoryInput) {
  const checked = checkTranslations(categoryFields, input.translations, 'category');
  const { position } = input;
  if (Number.isInteger(position) && position >= 0 && position <= TAXONOMY_LIMITS.position) return checked;
  return { ok: false as const, fieldErrors: { ...(checked.ok ? {} : checked.fieldErrors), position: 'invalid' } };
}

/** Whether a category other than `id` (null: a new one) has `slug` in `locale`. */
function takenByAnother(id: string | null) {
  return async (locale: Locale, slug: string) => {
    const owner = await db().categoryTranslation.findUnique({
      where: { locale_slug: { locale, slug } },
      select: { categoryId: true },
    });
    return Boolean(owner && owner.categoryId !== id);
  };
}

export async function createCategory(actor: Editor, input: CategoryInput): Promise<TaxonomyWriteResult> {
  authorize(actor, 'manage:taxonomy');
  return writeWithSlugs(check(input), takenByAnother(null), (_, rows) =>
    db().$transaction(async (tx): Promise<TaxonomyWriteResult> => {
      const category = await tx.category.create({
        data: { position: input.position, translations: { create: rows } },
        select: { id: true },
      });
      await recordAudit(
        tx,
        actor,
        'category.created',
        { type: 'category', id: category.id },
        { title: auditTitle(rows), locales: localesOf(rows), position: input.position },
      );
      return { ok: true, id: category.id, locales: localesOf(rows) };
    }),
  );
}

/**
 * Saves every language at once: a language left blank loses its row. The public pages of the languages whose text
 * changed are stale; a new position reorders the home page of every language the category has.
 */
export async function updateCategory(actor: Editor, id: string, input: CategoryInput): Promise<TaxonomyWriteResult> {
  authorize(actor, 'manage:taxonomy');
  return writeWithSlugs(check(input), takenByAnother(id), (translations, rows) =>
    db().$transaction(async (tx): Promise<TaxonomyWriteResult> => {
      const before = await tx.category.findUnique({ where: { id }, select: categorySelect });
      if (!before) return { ok: false, error: 'not-found' };
      const changed = changedLocales(categoryFields, before.translations, translations);
      const moved = before.position !== input.position;
      if (!changed.length && !moved) return { ok: true, id, locales: [] };
      await tx.categoryTranslation.deleteMany({ where: { categoryId: id, locale: { notIn: localesOf(rows) } } });
      for (const { locale, ...values } of rows.filter((row) => changed.includes(row.locale))) {
        await tx.categoryTranslation.upsert({
          where: { categoryId_locale: { categoryId: id, locale } },
          create: { categoryId: id, locale, ...values },
          update: values,
        });
      }
      await tx.category.update({ where: { id }, data: { position: input.position }, select: { id: true } });
      await recordAudit(
        tx,
        actor,
        'category.updated',
        { type: 'category', id },
        {
          title: auditTitle(rows),
          locales: changed,
          ...(moved ? { position: { from: before.position, to: input.position } } : {}),
        },
      );
      const everyLocale = localesOf([...before.translations, ...rows]);
      return { ok: true, id, locales: moved ? everyLocale : changed };
    }),
  );
}

/** Its articles stay, without a category (the schema sets theirs to null); its pages disappear in every language. */
export async function deleteCategory(actor: Editor, id: string): Promise<TaxonomyDeleteResult> {
  authorize(actor, 'manage:taxonomy');
  return deleteEntry(
    actor,
    { type: 'category', id },
    (tx) => tx.category.findUnique({ where: { id }, select: categorySelect }),
    (tx) => tx.category.deleteMany({ where: { id } }),
  );
}
