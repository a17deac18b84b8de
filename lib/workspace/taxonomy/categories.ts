import 'server-only';
import { categoryFields, TAXONOMY_LIMITS } from './fields';
import { taxonomyOperations, type EntryDescriptor } from './operations';

/** Categories (sections): ordered by the editors' position, which the home page follows too. */
export const categoryDescriptor: EntryDescriptor<(typeof categoryFields)[number], { position: number }> = {
  kind: 'category',
  fields: categoryFields,
  settings: { position: true },
  order: 'position',
  checkSettings: ({ position }): Record<string, string> =>
    Number.isInteger(position) && position >= 0 && position <= TAXONOMY_LIMITS.position ? {} : { position: 'invalid' },
};

/** Deleting one leaves its articles without a category (the schema sets theirs to null). */
export const {
  list: listCategories,
  get: getCategory,
  picker: listCategoriesForPicker,
  create: createCategory,
  update: updateCategory,
  remove: deleteCategory,
} = taxonomyOperations(categoryDescriptor);
