import 'server-only';
import { authorFields } from './fields';
import { taxonomyOperations, type EntryDescriptor } from './operations';

/**
 * Bylines (not logins). A pen name protects a writer who cannot sign with their own name; nothing here links a byline
 * to a staff account. The mark travels with the name into the article editor's picker.
 */
export const authorDescriptor: EntryDescriptor<(typeof authorFields)[number], { isPenName: boolean }> = {
  kind: 'author',
  fields: authorFields,
  settings: { isPenName: true },
  pickerSettings: ['isPenName'],
  // The schema refuses to drop an author still linked: the byline goes from its articles first.
  beforeDelete: (tx, id) => tx.articleAuthor.deleteMany({ where: { authorId: id } }),
};

export const {
  list: listAuthors,
  get: getAuthor,
  picker: listAuthorsForPicker,
  create: createAuthor,
  update: updateAuthor,
  remove: deleteAuthor,
} = taxonomyOperations(authorDescriptor);
