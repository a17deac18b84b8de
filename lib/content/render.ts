/**
 * Renders stored Tiptap JSON to HTML on the server, at save time. The static renderer emits only the nodes and marks
 * of `bodyExtensions`, escapes every text and attribute value, and never passes through HTML that came from the
 * client. A body from a client goes through `validateBody` (./validate.ts), which calls this on the rebuilt document.
 */
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { bodyExtensions, type TiptapNode } from './schema';

export function renderBodyHtml(doc: TiptapNode): string {
  return renderToHTMLString({ extensions: bodyExtensions, content: doc });
}
