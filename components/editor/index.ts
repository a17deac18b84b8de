/** The article body editor, one client module: provider (state), content (the editable area), toolbar. */
export { EditorProvider, useBodyEditor } from './editor-provider';
export { BodyContent } from './editor-content';
export { Toolbar } from './toolbar';
export type { PickerItem } from './media-picker';
