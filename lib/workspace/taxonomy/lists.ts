import 'server-only';
import type { Locale } from '@/i18n/routing';
import type { Actor } from '@/lib/auth/permissions';
import { getAuthor, listAuthors } from './authors';
import { getCategory, listCategories } from './categories';
import type { TextField } from './fields';
import type { TaxonomyKind } from './kinds';
import { getTag, listTags } from './tags';

/** Any kind's entry as its workspace pages show it: texts per language, and the settings that kind has. */
export interface TaxonomyEntry {
  id: string;
  translations: ({ locale: Locale; name: string } & Partial<Record<TextField, string>>)[];
  articleCount: number;
  position?: number;
  isPenName?: boolean;
}

const readers: Record<
  TaxonomyKind,
  { list: (actor: Actor) => Promise<TaxonomyEntry[]>; get: (actor: Actor, id: string) => Promise<TaxonomyEntry | null> }
> = {
  category: { list: listCategories, get: getCategory },
  tag: { list: listTags, get: getTag },
  author: { list: listAuthors, get: getAuthor },
};

/** Every entry of a kind (authorized by the kind's own operation: `manage:taxonomy`). */
export function listTaxonomy(actor: Actor, kind: TaxonomyKind): Promise<TaxonomyEntry[]> {
  return readers[kind].list(actor);
}

export function getTaxonomyEntry(actor: Actor, kind: TaxonomyKind, id: string): Promise<TaxonomyEntry | null> {
  return readers[kind].get(actor, id);
}
