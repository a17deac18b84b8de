import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { recordAudit, type AuditContext } from '../audit';
import { authorFields, pickName, type PickerOption } from './fields';
import { deleteEntry } from './entries';
import {
  auditTitle,
  changedLocales,
  checkTranslations,
  inSiteOrder,
  localesOf,
  rowsOf,
  type TaxonomyDeleteResult,
  type TaxonomyWriteResult,
  type TranslationsInput,
} from './translations';

/**
 * Bylines (not logins): every function authorizes itself; writes need `manage:taxonomy` (editors and admins). A pen
 * name protects a writer who cannot sign with their own name; nothing here links a byline to a staff account.
 */
type Editor = Actor & AuditContext;
type Field = (typeof authorFields)[number];

export interface AuthorTranslationRow {
  locale: Locale;
  name: string;
  bio: string;
}

export interface AuthorRow {
  id: string;
  isPenName: boolean;
  /** Only the languages that have a row, in ru, tk, en order. */
  translations: AuthorTranslationRow[];
  /** Articles carrying this byline, those in the trash included. */
  articleCount: number;
}

export interface AuthorInput {
  isPenName: boolean;
  translations: TranslationsInput<Field>;
}

export type AuthorPickerOption = PickerOption & { isPenName: boolean };

const authorSelect = {
  id: true,
  isPenName: true,
  translations: { select: { locale: true, name: true, bio: true } },
  _count: { select: { articles: true } },
} as const;

function toRow(author: {
  id: string;
  isPenName: boolean;
  translations: AuthorTranslationRow[];
  _count: { articles: number };
}): AuthorRow {
  const translations = inSiteOrder(author.translations);
  return { id: author.id, isPenName: author.isPenName, translations, articleCount: author._count.articles };
}

export async function listAuthors(actor: Actor): Promise<AuthorRow[]> {
  authorize(actor, 'manage:taxonomy');
  const authors = await db().author.findMany({ orderBy: { createdAt: 'asc' }, select: authorSelect });
  return authors.map(toRow);
}

export async function getAuthor(actor: Actor, id: string): Promise<AuthorRow | null> {
  authorize(actor, 'manage:taxonomy');
  const author = await db().author.findUnique({ where: { id }, select: authorSelect });
  return author ? toRow(author) : null;
}

/** For the article editor's byline choice: every author, named in `locale` where it can be, in that language's order. */
export async function listAuthorsForPicker(actor: Actor, locale: Locale): Promise<AuthorPickerOption[]> {
  authorize(actor, 'read:workspace');
  const authors = await db().author.findMany({
    select: { id: true, isPenName: true, translations: { select: { locale: true, name: true } } },
  });
  const collator = new Intl.Collator(locale);
  return authors
    .flatMap((author) => {
      const name = pickName(author.translations, locale);
      return name ? [{ id: author.id, isPenName: author.isPenName, ...name }] : [];
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

export async function createAuthor(actor: Editor, input: AuthorInput): Promise<TaxonomyWriteResult> {
  authorize(actor, 'manage:taxonomy');
  const checked = checkTranslations(authorFields, input.translations, 'author');
  if (!checked.ok) return { ok: false, error: 'invalid', fieldErrors: checked.fieldErrors };
  const rows = rowsOf(checked.translations);
  return db().$transaction(async (tx): Promise<TaxonomyWriteResult> => {
    const author = await tx.author.create({
      data: { isPenName: input.isPenName, translations: { create: rows } },
      select: { id: true },
    });
    await recordAudit(
      tx,
      actor,
      'author.created',
      { type: 'author', id: author.id },
      { title: auditTitle(rows), locales: localesOf(rows), isPenName: input.isPenName },
    );
    return { ok: true, id: author.id, locales: localesOf(rows) };
  });
}

/**
 * Saves every language at once: a language left blank loses its row. The languages whose text changed are stale;
 * turning the pen-name mark on or off changes the byline in every language the author has.
 */
export async function updateAuthor(actor: Editor, id: string, input: AuthorInput): Promise<TaxonomyWriteResult> {
  authorize(actor, 'manage:taxonomy');
  const checked = checkTranslations(authorFields, input.translations, 'author');
  if (!checked.ok) return { ok: false, error: 'invalid', fieldErrors: checked.fieldErrors };
  const { translations } = checked;
  const rows = rowsOf(translations);
  return db().$transaction(async (tx): Promise<TaxonomyWriteResult> => {
    const before = await tx.author.findUnique({ where: { id }, select: authorSelect });
    if (!before) return { ok: false, error: 'not-found' };
    const changed = changedLocales(authorFields, before.translations, translations);
    const remarked = before.isPenName !== input.isPenName;
    if (!changed.length && !remarked) return { ok: true, id, locales: [] };
    await tx.authorTranslation.deleteMany({ where: { authorId: id, locale: { notIn: localesOf(rows) } } });
    for (const { locale, ...values } of rows.filter((row) => changed.includes(row.locale))) {
      await tx.authorTranslation.upsert({
        where: { authorId_locale: { authorId: id, locale } },
        create: { authorId: id, locale, ...values },
        update: values,
      });
    }
    await tx.author.update({ where: { id }, data: { isPenName: input.isPenName }, select: { id: true } });
    await recordAudit(
      tx,
      actor,
      'author.updated',
      { type: 'author', id },
      {
        title: auditTitle(rows),
        locales: changed,
        ...(remarked ? { isPenName: { from: before.isPenName, to: input.isPenName } } : {}),
      },
    );
    return { ok: true, id, locales: remarked ? localesOf([...before.translations, ...rows]) : changed };
  });
}

/** Removes the byline from its articles first (the schema refuses to drop an author still linked), then the author. */
export async function deleteAuthor(actor: Editor, id: string): Promise<TaxonomyDeleteResult> {
  authorize(actor, 'manage:taxonomy');
  return deleteEntry(
    actor,
    { type: 'author', id },
    (tx) => tx.author.findUnique({ where: { id }, select: authorSelect }),
    async (tx) => {
      await tx.articleAuthor.deleteMany({ where: { authorId: id } });
      return tx.author.deleteMany({ where: { id } });
    },
  );
}
