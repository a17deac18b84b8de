/**
 * Shapes the article workspace shares between server and browser (no server imports here).
 */
import type { Locale } from '@/i18n/routing';
import type { TiptapNode } from '@/lib/content/schema';
import type { DiffPart } from '@/lib/diff/words';

export const translationStatuses = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const;
export type TranslationStatus = (typeof translationStatuses)[number];

/** What the dashboard shows per language: a status, or that the language is missing. */
export type LanguageState = TranslationStatus | 'missing';

/**
 * The fields translated side by side, in the order the form aligns them: the one definition that the database
 * selects, the revision copy, diffs and the actions' input derive from (lib/workspace/articles/fields.ts).
 */
export const translatedFields = ['title', 'summary', 'body', 'slug', 'seoDescription', 'coverAlt'] as const;
export type TranslatedField = (typeof translatedFields)[number];
/** The text fields (all but the body). */
export type TranslatedTextField = Exclude<TranslatedField, 'body'>;

/** Longest accepted text per field, in characters (the form's maxLength and the server's check). */
export const translatedFieldLimits: Record<TranslatedTextField, number> = {
  title: 300,
  summary: 1000,
  slug: 80,
  seoDescription: 300,
  coverAlt: 500,
};

export interface TranslationDraft {
  title: string;
  summary: string;
  body: TiptapNode;
  slug: string;
  seoDescription: string;
  coverAlt: string;
}

export interface TranslationView extends TranslationDraft {
  id: string;
  locale: Locale;
  status: TranslationStatus;
  version: number;
  bodyHtml: string;
  scheduledAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  updatedBy: string | null;
  outdated: boolean;
}

export interface FieldChange {
  field: TranslatedField;
  parts: DiffPart[];
}

export type SaveError =
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'invalid'
  | 'conflict'
  | 'published-needs-editor'
  | 'cross-origin'
  | 'second-factor-required';

export type SaveResult =
  | { ok: true; version: number; slug: string; savedAt: string; status: TranslationStatus }
  | {
      ok: false;
      error: SaveError;
      fieldErrors?: Record<string, string>;
      /** On a conflict: the version on the server, who saved it, and what they changed since yours. */
      conflict?: {
        version: number;
        updatedBy: string | null;
        updatedAt: string;
        changes: FieldChange[];
        theirs: TranslationDraft;
      };
    };
