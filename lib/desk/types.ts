/**
 * Shapes of the translator's desk shared between server and browser (no server imports here).
 */
import type { Locale } from '@/i18n/routing';

export type GlossaryStatus = 'proposed' | 'approved';

export interface GlossaryTermView {
  term: string;
  variants: string[];
}

export interface GlossaryEntryView {
  id: string;
  status: GlossaryStatus;
  doNotTranslate: boolean;
  note: string;
  proposedBy: string | null;
  updatedAt: string;
  terms: Partial<Record<Locale, GlossaryTermView>>;
}

export interface GlossaryInput {
  terms: Partial<Record<Locale, { term: string; variants: string[] }>>;
  doNotTranslate: boolean;
  note: string;
}

/** A glossary entry as the side-by-side editor shows it next to a source term. */
export interface GlossaryHint {
  entryId: string;
  /** The source language's term. */
  term: string;
  /** The approved rendering in the target language (the term itself when it is not translated); null when none. */
  rendering: string | null;
  doNotTranslate: boolean;
  note: string;
}

/** Where glossary terms occur in the source: per text unit (`title`, `summary`, `body:<path>`…), character ranges. */
export interface GlossaryHighlights {
  hints: GlossaryHint[];
  matches: Record<string, { entryId: string; start: number; end: number }[]>;
}

/** A source term whose approved rendering the translation does not contain (a warning, never a block). */
export interface MissingTerm {
  entryId: string;
  term: string;
  rendering: string;
}

/** A translation-memory match for one source segment. */
export interface MemoryMatch {
  source: string;
  target: string;
  /** 100 for an exact match (same text), else the trigram similarity in percent. */
  score: number;
  exact: boolean;
  /** The article it was translated in (its title in the source language), or null for an imported unit. */
  articleTitle: string | null;
}
