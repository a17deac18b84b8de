/**
 * The Tiptap extensions that define what an article body may contain. The editor, the server-side validation and the
 * HTML renderer all use this one list, so what the editor can produce is exactly what the server accepts and renders.
 */
import StarterKit from '@tiptap/starter-kit';

export const bodyExtensions = [
  StarterKit.configure({
    // Headings inside an article start below the page's h1.
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['http', 'https', 'mailto'],
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    },
  }),
];

export interface TiptapNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TiptapNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}
