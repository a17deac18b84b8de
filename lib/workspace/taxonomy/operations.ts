import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit, type AuditContext } from '../audit';
import { pickName, type PickerOption, type TextField } from './fields';
import type { TaxonomyKind } from './kinds';
import {
  auditTitle,
  changedLocales,
  checkTranslations,
  inSiteOrder,
  localesOf,
  writeWithSlugs,
  type FieldErrors,
  type TaxonomyDeleteResult,
  type TaxonomyWriteResult,
  type TranslationRow,
  type TranslationsInput,
} from './translations';

/**
 * Categories, tags and authors are one kind of thing: an entry with language-neutral settings (a category's position,
 * an author's pen-name mark, nothing for a tag) and text per language (decision 002). This module holds their
 * operations once; each kind's module (categories.ts, tags.ts, authors.ts) is its descriptor. Every operation
 * authorizes itself: reads of the full lists and all writes need `manage:taxonomy` (editors and admins), the pickers
 * of the article editor `read:workspace`.
 */
type Editor = Actor & AuditContext;

/** Language-neutral settings of an entry, by name: numbers or flags, audited with their old and new values. */
export type Settings = Record<string, number | boolean>;

export type EntryRow<F extends TextField, S extends Settings> = S & {
  id: string;
  /** Only the languages that have a row, in ru, tk, en order. */
  translations: TranslationRow<F>[];
  /** Articles that carry it, those in the trash included. */
  articleCount: number;
};

export type EntryInput<F extends TextField, S extends Settings> = S & { translations: TranslationsInput<F> };

export interface EntryDescriptor<F extends TextField, S extends Settings> {
  kind: TaxonomyKind;
  fields: readonly F[];
  /** Its settings' names, for reading them (e.g. `{ position: true }`). */
  settings: { [K in keyof S]: true };
  /** Field errors of the settings (the texts are checked in common); none by default. */
  checkSettings?(settings: S): FieldErrors;
  /** List order: by the editors' position, or as created (the default; the pickers then sort by the shown name). */
  order?: 'position' | 'created';
  /** Settings the article editor's picker shows with each name; none by default. */
  pickerSettings?: readonly (keyof S)[];
  /** What must go before the entry itself can be deleted (links that the schema does not cascade). */
  beforeDelete?(tx: Prisma.TransactionClient, id: string): Promise<unknown>;
}

/**
 * The three Prisma models (`category`/`categoryTranslation`, …) have the same shape but no common generated type:
 * this is the one place that reaches them by name, through the few calls the operations need.
 */
interface Rows {
  findMany(args: object): Promise<unknown[]>;
  findUnique(args: object): Promise<unknown>;
  create(args: object): Promise<{ id: string }>;
  update(args: object): Promise<unknown>;
  deleteMany(args: object): Promise<{ count: number }>;
  upsert(args: object): Promise<unknown>;
}

function rowsOf(client: Prisma.TransactionClient, model: string): Rows {
  return (client as unknown as Record<string, Rows>)[model] as Rows;
}

interface StoredEntry<F extends TextField> {
  id: string;
  translations: TranslationRow<F>[];
  _count: { articles: number };
}

export function taxonomyOperations<F extends TextField, S extends Settings>(descriptor: EntryDescriptor<F, S>) {
  const { kind, fields } = descriptor;
  const key = `${kind}Id`;
  const entries = (client: Prisma.TransactionClient = db()) => rowsOf(client, kind);
  const texts = (client: Prisma.TransactionClient = db()) => rowsOf(client, `${kind}Translation`);
  const select = {
    id: true,
    ...descriptor.settings,
    translations: { select: { locale: true, ...Object.fromEntries(fields.map((field) => [field, true])) } },
    _count: { select: { articles: true } },
  };
  const orderBy = descriptor.order === 'position' ? [{ position: 'asc' }, { createdAt: 'asc' }] : { createdAt: 'asc' };
  const settingsOf = (source: S | StoredEntry<F>): S =>
    Object.fromEntries(Object.keys(descriptor.settings).map((name) => [name, (source as S)[name]])) as S;

  const toRow = (stored: StoredEntry<F>): EntryRow<F, S> => ({
    ...settingsOf(stored),
    id: stored.id,
    translations: inSiteOrder(stored.translations),
    articleCount: stored._count.articles,
  });

  // Every kind's first field is its name (checkTranslations requires it in each filled language).
  const titleOf = (rows: readonly TranslationRow<F>[]) =>
    auditTitle(rows as unknown as { locale: Locale; name: string }[]);

  const find = (client: Prisma.TransactionClient, id: string) =>
    entries(client).findUnique({ where: { id }, select }) as Promise<StoredEntry<F> | null>;

  /** Whether an entry other than `id` (null: a new one) has `slug` in `locale`. */
  const takenByAnother = (id: string | null) => async (locale: Locale, slug: string) => {
    const owner = (await texts().findUnique({
      where: { locale_slug: { locale, slug } },
      select: { [key]: true },
    })) as Record<string, string> | null;
    return Boolean(owner && owner[key] !== id);
  };

  /** The texts per language and the settings, checked together so the form shows every error at once. */
  const check = (input: EntryInput<F, S>) => {
    const checked = checkTranslations(fields, input.translations, kind);
    const settingErrors = descriptor.checkSettings?.(input) ?? {};
    if (!Object.keys(settingErrors).length) return checked;
    return { ok: false as const, fieldErrors: { ...(checked.ok ? {} : checked.fieldErrors), ...settingErrors } };
  };

  async function list(actor: Actor): Promise<EntryRow<F, S>[]> {
    authorize(actor, 'manage:taxonomy');
    const stored = (await entries().findMany({ orderBy, select })) as StoredEntry<F>[];
    return stored.map(toRow);
  }

  async function get(actor: Actor, id: string): Promise<EntryRow<F, S> | null> {
    authorize(actor, 'manage:taxonomy');
    const stored = await find(db(), id);
    return stored ? toRow(stored) : null;
  }

  /** For the article editor's choices: every entry, named in `locale` where it can be. */
  async function picker(actor: Actor, locale: Locale): Promise<(PickerOption & Partial<S>)[]> {
    authorize(actor, 'read:workspace');
    const shown = Object.fromEntries((descriptor.pickerSettings ?? []).map((name) => [name, true]));
    const stored = (await entries().findMany({
      orderBy,
      select: { id: true, ...shown, translations: { select: { locale: true, name: true } } },
    })) as (Partial<S> & { id: string; translations: { locale: Locale; name: string }[] })[];
    const options = stored.flatMap(({ id, translations, ...settings }) => {
      const name = pickName(translations, locale);
      return name ? [{ id, ...(settings as unknown as Partial<S>), ...name }] : [];
    });
    if (descriptor.order === 'position') return options;
    const collator = new Intl.Collator(locale);
    return options.sort((a, b) => collator.compare(a.name, b.name));
  }

  async function create(actor: Editor, input: EntryInput<F, S>): Promise<TaxonomyWriteResult> {
    authorize(actor, 'manage:taxonomy');
    const settings = settingsOf(input);
    return writeWithSlugs(check(input), takenByAnother(null), (_, rows) =>
      db().$transaction(async (tx): Promise<TaxonomyWriteResult> => {
        const { id } = await entries(tx).create({
          data: { ...settings, translations: { create: rows } },
          select: { id: true },
        });
        const locales = localesOf(rows);
        await recordAudit(
          tx,
          actor,
          `${kind}.created`,
          { type: kind, id },
          { title: titleOf(rows), locales, ...settings },
        );
        return { ok: true, id, locales };
      }),
    );
  }

  /**
   * Saves every language at once: a language left blank loses its row. The public pages of the languages whose text
   * changed are stale; a changed setting (a category's position, the pen-name mark) changes every language it has.
   */
  async function update(actor: Editor, id: string, input: EntryInput<F, S>): Promise<TaxonomyWriteResult> {
    authorize(actor, 'manage:taxonomy');
    const settings = settingsOf(input);
    return writeWithSlugs(check(input), takenByAnother(id), (translations, rows) =>
      db().$transaction(async (tx): Promise<TaxonomyWriteResult> => {
        const before = await find(tx, id);
        if (!before) return { ok: false, error: 'not-found' };
        const changed = changedLocales(fields, before.translations, translations);
        const previous = settingsOf(before);
        const moved = Object.fromEntries(
          Object.keys(settings)
            .filter((name) => previous[name] !== settings[name])
            .map((name) => [name, { from: previous[name], to: settings[name] }]),
        );
        const settingsChanged = Object.keys(moved).length > 0;
        if (!changed.length && !settingsChanged) return { ok: true, id, locales: [] };
        await texts(tx).deleteMany({ where: { [key]: id, locale: { notIn: localesOf(rows) } } });
        for (const { locale, ...values } of rows.filter((row) => changed.includes(row.locale))) {
          await texts(tx).upsert({
            where: { [`${key}_locale`]: { [key]: id, locale } },
            create: { [key]: id, locale, ...values },
            update: values,
          });
        }
        await entries(tx).update({ where: { id }, data: { ...settings, updatedAt: new Date() }, select: { id: true } });
        await recordAudit(
          tx,
          actor,
          `${kind}.updated`,
          { type: kind, id },
          { title: titleOf(rows), locales: changed, ...moved },
        );
        return { ok: true, id, locales: settingsChanged ? localesOf([...before.translations, ...rows]) : changed };
      }),
    );
  }

  /** Deletes it in one transaction; its public pages disappear in every language it had. */
  async function remove(actor: Editor, id: string): Promise<TaxonomyDeleteResult> {
    authorize(actor, 'manage:taxonomy');
    return db().$transaction(async (tx): Promise<TaxonomyDeleteResult> => {
      const entry = await find(tx, id);
      if (!entry) return { ok: false, error: 'not-found' };
      await descriptor.beforeDelete?.(tx, id);
      // A count of 0: another request deleted it first.
      const { count } = await entries(tx).deleteMany({ where: { id } });
      if (!count) return { ok: false, error: 'not-found' };
      const locales = localesOf(entry.translations);
      await recordAudit(
        tx,
        actor,
        `${kind}.deleted`,
        { type: kind, id },
        {
          title: titleOf(entry.translations),
          locales,
          articles: entry._count.articles,
        },
      );
      return { ok: true, id, locales };
    });
  }

  return { list, get, picker, create, update, remove };
}
