'use client';
import { useEditor, type Editor } from '@tiptap/react';
import { createContext, useContext, type ReactNode } from 'react';
import { bodyExtensions, type TiptapNode } from '@/lib/content/schema';
import { cleanPastedHtml } from './paste';

const EditorContext = createContext<Editor | null>(null);

/**
 * The article body editor's state: one Tiptap editor with exactly the schema the server validates against
 * (lib/content/schema.ts), so what can be typed or pasted is what can be saved. Remount it (React `key`) to load
 * other content, e.g. a restored revision.
 */
export function EditorProvider({
  initial,
  locale,
  label,
  describedBy,
  editable = true,
  onChange,
  children,
}: {
  initial: TiptapNode;
  locale: string;
  label: string;
  describedBy?: string;
  editable?: boolean;
  onChange: (doc: TiptapNode) => void;
  children: ReactNode;
}) {
  const editor = useEditor({
    extensions: bodyExtensions,
    content: initial,
    editable,
    // Rendered on the client only: the server sends the page without the editor's DOM.
    immediatelyRender: false,
    // Our CSP allows style elements only with the page's nonce; the editor's few rules live in workspace.css.
    injectCSS: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        lang: locale,
        class: 'body-editor',
      },
      transformPastedHTML: (html) => cleanPastedHtml(html, locale),
    },
    // ProseMirror builds attrs with a null prototype; React's action encoding would send such objects as opaque
    // references instead of data, so the document is copied into plain objects first.
    onUpdate: ({ editor: current }) => onChange(JSON.parse(JSON.stringify(current.getJSON())) as TiptapNode),
  });
  return <EditorContext.Provider value={editor}>{children}</EditorContext.Provider>;
}

export function useBodyEditor(): Editor | null {
  return useContext(EditorContext);
}
