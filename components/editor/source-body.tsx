'use client';
import { EditorContent, useEditor } from '@tiptap/react';
import { useState } from 'react';
import { bodyExtensions, type TiptapNode } from '@/lib/content/schema';
import { glossaryHighlight, type GlossaryRange } from './glossary-highlight';

/**
 * The other language's body on the left of the side-by-side editor, read-only, with the glossary's terms
 * highlighted by a decoration plugin. Until the editor has mounted (and without JavaScript) the server's rendering
 * of the same body is shown. Its options are made once: the body and the ranges do not change while it is shown
 * (the page remounts it for another language).
 */
export function SourceBody({
  body,
  html,
  locale,
  ranges,
  renderingLocale,
  label,
}: {
  body: TiptapNode;
  html: string;
  locale: string;
  ranges: GlossaryRange[];
  renderingLocale: string;
  label: string;
}) {
  const [options] = useState(() => ({
    extensions: bodyExtensions,
    content: body,
    editable: false,
    immediatelyRender: false,
    injectCSS: false,
    // Read-only text to read, not a field to type into: a document, not Tiptap's default textbox.
    editorProps: { attributes: { role: 'document', 'aria-label': label, lang: locale, class: 'source-body-editor' } },
    onCreate: ({ editor }: { editor: { registerPlugin: (plugin: ReturnType<typeof glossaryHighlight>) => void } }) =>
      editor.registerPlugin(glossaryHighlight(ranges, renderingLocale)),
  }));
  const editor = useEditor(options);
  if (!editor) {
    // Server-rendered from validated JSON (lib/content/render.ts), never HTML from a client.
    return <div className="source-body" dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return <EditorContent editor={editor} className="source-body" />;
}
