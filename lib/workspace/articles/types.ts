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
 * Unpublished changes to a published or scheduled translation (its working copy, decision 012): being edited,
 * submitted for review, or scheduled to go live.
 */
export const changesStates = ['editing', 'in_review', 'scheduled'] as const;
export type ChangesState = (typeof changesStates)[number];

/** A translation's working copy as the workspace shows it. */
export interface ChangesView {
  state: ChangesState;
  scheduledAt: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

/**
 * The moves of one language (decision 012). The first six move the translation itself; the `-changes` ones move its
 * working copy (unpublished changes to a published or scheduled translation).
 */
export const transitions = [
  'submit',
  'publish',
  'schedule',
  'unpublish',
  'return',
  'cancel-schedule',
  'submit-changes',
  'publish-changes',
  'schedule-changes',
  'return-changes',
  'discard-changes',
  'cancel-changes-schedule',
] as const;
export type Transition = (typeof transitions)[number];

/** Why this user cannot change this text now (shown before they type, never after). */
export type ReadOnlyReason = 'changes-scheduled' | 'in-trash';

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

/**
 * One language of an article as the workspace edits it: the working text (the working copy when there is one, else the
 * translation itself), its version, and what readers see.
 */
export interface TranslationView extends TranslationDraft {
  id: string;
  locale: Locale;
  status: TranslationStatus;
  /** The version of the working text: what a save or a status change names. */
  version: number;
  /** The working text rendered (read-only side of the side-by-side editor, preview). */
  bodyHtml: string;
  scheduledAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  updatedBy: string | null;
  outdated: boolean;
  /** Unpublished changes to the live (or scheduled) text, if any. */
  changes: ChangesView | null;
  /** Working copy against the live text, field by field (empty without changes). */
  liveDiff: FieldChange[];
  /** The public address of this language (whether or not it is live now). */
  path: string;
  /** Why this user may not change this text now, or null. */
  readOnly: ReadOnlyReason | null;
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
  | 'changes-scheduled'
  | 'cross-origin'
  | 'second-factor-required';

export type SaveResult =
  | {
      ok: true;
      version: number;
      slug: string;
      savedAt: string;
      status: TranslationStatus;
      /** Set when the save went to the working copy (the live text is unchanged). */
      changes: ChangesState | null;
    }
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
