import 'server-only';
import { storedBodyText } from '@/lib/content/validate';
import type { TiptapNode } from '@/lib/content/schema';
import { diffFields } from '@/lib/diff/fields';
import type { FieldChange, TranslatedField, TranslationDraft } from './types';

/** A translation's fields as text, for diffs (the body as its plain text, one line per block). */
export function fieldTexts(draft: {
  title: string;
  summary: string;
  body: unknown;
  slug: string;
  seoDescription: string;
  coverAlt: string | null;
}): Record<TranslatedField, string> {
  return {
    title: draft.title,
    summary: draft.summary,
    body: storedBodyText(draft.body),
    slug: draft.slug,
    seoDescription: draft.seoDescription,
    coverAlt: draft.coverAlt ?? '',
  };
}

/** What changed between two versions of a translation, field by field (only the changed fields). */
export function changedFields(
  before: Parameters<typeof fieldTexts>[0],
  after: Parameters<typeof fieldTexts>[0],
  fields: readonly TranslatedField[] = ['title', 'summary', 'body', 'slug', 'seoDescription', 'coverAlt'],
): FieldChange[] {
  return diffFields(fieldTexts(before), fieldTexts(after), fields)
    .filter((field) => field.changed)
    .map((field) => ({ field: field.field as TranslatedField, parts: field.parts }));
}

export function toDraft(row: {
  title: string;
  summary: string;
  body: unknown;
  slug: string;
  seoDescription: string;
  coverAlt: string | null;
}): TranslationDraft {
  return {
    title: row.title,
    summary: row.summary,
    body: row.body as TiptapNode,
    slug: row.slug,
    seoDescription: row.seoDescription,
    coverAlt: row.coverAlt ?? '',
  };
}
