/**
 * The three kinds of taxonomy entry (categories, tags, authors) described once: their per-language fields, their
 * workspace address and the messages that name them. Pages, forms and actions are built from these descriptors;
 * no server code here, the client forms import it too.
 */
import { authorFields, categoryFields, tagFields, type TextField } from './fields';

export const taxonomyKinds = ['category', 'tag', 'author'] as const;
export type TaxonomyKind = (typeof taxonomyKinds)[number];

export interface KindDescriptor {
  /** The workspace address segment: `/admin/<segment>`. */
  segment: string;
  fields: readonly TextField[];
  /** Whether its name is a person's (authors): labelled as such. */
  person: boolean;
  /** Message keys in `TaxonomyPage`. */
  messages: {
    listTitle: 'categoriesTitle' | 'tagsTitle' | 'authorsTitle';
    entryTitle: 'categoryTitle' | 'tagTitle' | 'authorTitle';
    count: 'categoriesCount' | 'tagsCount' | 'authorsCount';
    create: 'newCategory' | 'newTag' | 'newAuthor';
    back: 'backToCategories' | 'backToTags' | 'backToAuthors';
    deleted: 'categoryDeleted' | 'tagDeleted' | 'authorDeleted';
  };
  /** The namespace of its delete warning (`deleteWarning`) and its own fields. */
  formMessages: 'CategoryForm' | 'TagForm' | 'AuthorForm';
}

export const kinds: Record<TaxonomyKind, KindDescriptor> = {
  category: {
    segment: 'categories',
    fields: categoryFields,
    person: false,
    messages: {
      listTitle: 'categoriesTitle',
      entryTitle: 'categoryTitle',
      count: 'categoriesCount',
      create: 'newCategory',
      back: 'backToCategories',
      deleted: 'categoryDeleted',
    },
    formMessages: 'CategoryForm',
  },
  tag: {
    segment: 'tags',
    fields: tagFields,
    person: false,
    messages: {
      listTitle: 'tagsTitle',
      entryTitle: 'tagTitle',
      count: 'tagsCount',
      create: 'newTag',
      back: 'backToTags',
      deleted: 'tagDeleted',
    },
    formMessages: 'TagForm',
  },
  author: {
    segment: 'authors',
    fields: authorFields,
    person: true,
    messages: {
      listTitle: 'authorsTitle',
      entryTitle: 'authorTitle',
      count: 'authorsCount',
      create: 'newAuthor',
      back: 'backToAuthors',
      deleted: 'authorDeleted',
    },
    formMessages: 'AuthorForm',
  },
};

/** The kind whose workspace address segment this is (`categories` → category), or null. */
export function kindOfSegment(segment: string): TaxonomyKind | null {
  return taxonomyKinds.find((kind) => kinds[kind].segment === segment) ?? null;
}

/** The workspace address of a kind's list, or of one entry. */
export function kindPath(kind: TaxonomyKind, id?: string): string {
  return `/admin/${kinds[kind].segment}${id ? `/${id}` : ''}`;
}
