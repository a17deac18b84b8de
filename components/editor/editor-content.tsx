'use client';
import { EditorContent } from '@tiptap/react';
import { useBodyEditor } from './editor-provider';

/** The editable body (its accessible name and language come from the provider). */
export function BodyContent() {
  const editor = useBodyEditor();
  return <EditorContent editor={editor} className="body-editor-frame" />;
}
