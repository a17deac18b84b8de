/**
 * Shape of the demo content seeded into an empty database. The seed turns these plain records into rows:
 * blocks become Tiptap JSON, slugs are derived from titles, dates become publish times.
 */
export type DemoLocale = 'ru' | 'tk' | 'en';

/** A block of body text. Inline text is plain: no HTML, no Markdown. */
export type DemoBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'ul'; items: string[] }
  | { type: 'ol'; items: string[] };

export interface DemoTranslation {
  title: string;
  /** One or two sentences shown under the title on lists and as the page summary. */
  summary: string;
  /** Up to ~155 characters for search engines. */
  seoDescription: string;
  body: DemoBlock[];
  /** `published` (live), `draft`, or `in_review`. */
  status: 'published' | 'draft' | 'in_review';
}

export interface DemoArticle {
  /** Stable identifier, kebab-case English, unique across all demo articles. */
  key: string;
  sourceLocale: DemoLocale;
  /** Key of a category from `taxonomy.ts`. */
  category: string;
  /** Keys of tags from `taxonomy.ts`. */
  tags: string[];
  /** Keys of authors from `taxonomy.ts`. */
  authors: string[];
  /** ISO date-time (UTC) of first publication, e.g. `2021-01-27T09:00:00Z`. */
  publishedAt: string;
  /** Key of a cover from `taxonomy.ts` `covers`, optional. */
  cover?: string;
  translations: Partial<Record<DemoLocale, DemoTranslation>>;
}

export interface DemoNamed {
  key: string;
  names: Record<DemoLocale, string>;
}

export interface DemoAuthor extends DemoNamed {
  /** True when the byline is a pen name protecting the writer. */
  isPenName: boolean;
  bio: Record<DemoLocale, string>;
}

export interface DemoCover {
  key: string;
  /** Alt text per language. */
  alt: Record<DemoLocale, string>;
  caption: Record<DemoLocale, string>;
  /** Photo credit per language, shown under the cover. */
  credit: Record<DemoLocale, string>;
  /** Two colours for the generated placeholder illustration (hex). */
  colors: [string, string];
}

/** A page of the site (About, Contact): translated like an article, without date, category or byline. */
export interface DemoPage {
  key: string;
  sourceLocale: DemoLocale;
  placement: 'masthead' | 'footer';
  position: number;
  translations: Record<DemoLocale, Omit<DemoTranslation, 'status'>>;
}

/** The organisation behind the demo site, per language. */
export interface DemoIdentity {
  languages: Record<DemoLocale, { name: string; tagline: string; description: string; address: string }>;
  contact: { email: string; phone: string; signal: string; pgpFingerprint: string };
  mirrors: string[];
}
