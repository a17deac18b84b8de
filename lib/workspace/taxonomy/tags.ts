import 'server-only';
import { tagFields } from './fields';
import { taxonomyOperations, type EntryDescriptor } from './operations';

/** Tags: no settings beyond their names; the pickers sort them by the name shown. */
export const tagDescriptor: EntryDescriptor<(typeof tagFields)[number], Record<never, never>> = {
  kind: 'tag',
  fields: tagFields,
  settings: {},
};

/** Deleting one removes it from its articles (the links cascade). */
export const {
  list: listTags,
  get: getTag,
  picker: listTagsForPicker,
  create: createTag,
  update: updateTag,
  remove: deleteTag,
} = taxonomyOperations(tagDescriptor);
