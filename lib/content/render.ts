/**
 * Renders stored Tiptap JSON to HTML on the server, at save time. The static renderer emits only the nodes and marks
 * of `bodyExtensions`; it never passes through HTML that came from the client.
 */
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { bodyExtensions, type TiptapNode } from './schema';

export function renderBodyHtml(doc: TiptapNode): string {
  return renderToHTMLString({ extensions: bodyExtensions, content: doc });
}
