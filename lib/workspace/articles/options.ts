import 'server-only';
import type { Locale } from '@/i18n/routing';
import type { Actor } from '@/lib/auth/permissions';
import { mediaForPicker } from '../media/read';
import { listAuthorsForPicker } from '../taxonomy/authors';
import { listCategoriesForPicker } from '../taxonomy/categories';
import { listTagsForPicker } from '../taxonomy/tags';

/** The choices of the article settings form, named in the workspace language. */
export async function settingsOptions(actor: Actor, locale: Locale) {
  const [categories, tags, authors, covers] = await Promise.all([
    listCategoriesForPicker(actor, locale),
    listTagsForPicker(actor, locale),
    listAuthorsForPicker(actor, locale),
    mediaForPicker(actor, locale),
  ]);
  return {
    categories: categories.map(({ id, name }) => ({ id, name })),
    tags: tags.map(({ id, name }) => ({ id, name })),
    authors: authors.map((author) => ({ id: author.id, name: author.name, isPenName: author.isPenName })),
    covers: covers.map(({ id, thumb, alt }) => ({ id, thumb, alt })),
  };
}
