'use client';
import { useEditor, type Editor } from '@tiptap/react';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { bodyExtensions, type TiptapNode } from '@/lib/content/schema';
import { cleanPastedHtml } from './paste';

const EditorContext = createContext<Editor | null>(null);

/**
 * The article body editor's state: one Tiptap editor with exactly the schema the server validates against
 * (lib/content/schema.ts), so what can be typed or pasted is what can be saved. Remount it (React `key`) to load
 * other content, e.g. a restored revision: `initial` is read once.
 *
 * Its options stay the same objects from render to render. Tiptap's useEditor compares them on every render and, when
 * one differs, calls `setOptions`, which redraws the view from its state; a click whose selection ProseMirror had not
 * read yet was then undone, and the next keystroke landed where the caret had been before (the start of the first
 * block). The parent re-renders on every keystroke, so new option objects each time made that a race under load.
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
  const [content] = useState(initial);
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  const editorProps = useMemo(
    () => ({
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        lang: locale,
        class: 'body-editor',
      },
      transformPastedHTML: (html: string) => cleanPastedHtml(html, locale),
    }),
    [label, describedBy, locale],
  );
  const editor = useEditor({
    extensions: bodyExtensions,
    content,
    editable,
    // Rendered on the client only: the server sends the page without the editor's DOM.
    immediatelyRender: false,
    // Our CSP allows style elements only with the page's nonce; the editor's few rules live in workspace.css.
    injectCSS: false,
    editorProps,
    // ProseMirror builds attrs with a null prototype; React's action encoding would send such objects as opaque
    // references instead of data, so the document is copied into plain objects first.
    onUpdate: ({ editor: current }) =>
      latestOnChange.current(JSON.parse(JSON.stringify(current.getJSON())) as TiptapNode),
  });
  // useEditor keeps an editor's editability as it was; a read-only change is applied here.
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);
  return <EditorContext.Provider value={editor}>{children}</EditorContext.Provider>;
}

export function useBodyEditor(): Editor | null {
  return useContext(EditorContext);
}
