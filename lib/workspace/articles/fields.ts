import 'server-only';
import { storedBodyText } from '@/lib/content/validate';
import type { TiptapNode } from '@/lib/content/schema';
import { diffFields } from '@/lib/diff/fields';
import type { Prisma } from '@/lib/generated/prisma/client';
import { storableText } from '@/lib/text';
import {
  translatedFields,
  type FieldChange,
  type TranslatedField,
  type TranslatedTextField,
  type TranslationDraft,
} from './types';

/** The translated fields as a translation row or a revision row stores them (the body as JSON, no alt text as null). */
export type StoredFields = Record<Exclude<TranslatedTextField, 'coverAlt'>, string> & {
  body: unknown;
  coverAlt: string | null;
};

/** Prisma's select of the translated fields, for a translation or a revision. */
export const translatedFieldSelect = Object.fromEntries(translatedFields.map((field) => [field, true])) as {
  [F in TranslatedField]: true;
};

/** No text at all: what a diff compares against when there is no earlier version. */
export const emptyFields: StoredFields = {
  title: '',
  summary: '',
  body: { type: 'doc', content: [] },
  slug: '',
  seoDescription: '',
  coverAlt: null,
};

/** The translated fields of a row, and nothing else (for copying a translation into its revision). */
export function pickFields(row: StoredFields): StoredFields {
  return Object.fromEntries(translatedFields.map((field) => [field, row[field]])) as StoredFields;
}

/** A validated draft as a translation row and its revision store it (the same six fields in both). */
export function storedText(draft: TranslationDraft, doc: TiptapNode): StoredFields & { body: Prisma.InputJsonObject } {
  return {
    ...pickFields({ ...draft, coverAlt: draft.coverAlt || null }),
    body: doc as unknown as Prisma.InputJsonObject,
  };
}

/** The text fields trimmed of what PostgreSQL cannot store (the body is checked by its own validator). */
export function storableFields<D extends Omit<TranslationDraft, 'body'>>(draft: D): D {
  const cleaned = { ...draft };
  for (const field of translatedFields) {
    if (field !== 'body') cleaned[field] = storableText(draft[field]);
  }
  return cleaned;
}

/** A translation's fields as text, for diffs (the body as its plain text, one line per block). */
export function fieldTexts(row: StoredFields): Record<TranslatedField, string> {
  return { ...row, body: storedBodyText(row.body), coverAlt: row.coverAlt ?? '' };
}

/** What changed between two versions of a translation, field by field (only the changed fields). */
export function changedFields(
  before: StoredFields,
  after: StoredFields,
  fields: readonly TranslatedField[] = translatedFields,
): FieldChange[] {
  return diffFields(fieldTexts(pickFields(before)), fieldTexts(pickFields(after)), fields)
    .filter((field) => field.changed)
    .map((field) => ({ field: field.field as TranslatedField, parts: field.parts }));
}

/** A stored row as the editor's draft. */
export function toDraft(row: StoredFields): TranslationDraft {
  return { ...pickFields(row), body: row.body as TiptapNode, coverAlt: row.coverAlt ?? '' };
}
