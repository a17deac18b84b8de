/**
 * Renders stored Tiptap JSON to HTML on the server, at save time. The static renderer emits only the nodes and marks
 * of `bodyExtensions`, escapes every text and attribute value, and never passes through HTML that came from the
 * client. A body from a client goes through `validateBody` (./validate.ts), which calls this on the rebuilt document.
 *
 * The renderer is what `renderToHTMLString` builds on every call (resolved extensions, their attributes, a schema and
 * the node and mark mappings), built once: rebuilding it cost about 5 ms and a schema's worth of garbage per body,
 * which the WordPress import pays for each of thousands of posts.
 */
import {
  getAttributesFromExtensions,
  getSchemaByResolvedExtensions,
  resolveExtensions,
  splitExtensions,
} from '@tiptap/core';
import { Node as PMNode, type Mark } from '@tiptap/pm/model';
import { escapeHTML, renderJSONContentToString } from '@tiptap/static-renderer/json/html-string';
import {
  domOutputSpecToHTMLString,
  mapMarkExtensionToReactNode,
  mapNodeExtensionToReactNode,
  serializeChildrenToHTMLString,
} from '@tiptap/static-renderer/pm/html-string';
import { bodyExtensions, type TiptapNode } from './schema';

type Renderer = (doc: TiptapNode) => string;
let renderer: Renderer | null = null;

function buildRenderer(): Renderer {
  const extensions = resolveExtensions(bodyExtensions);
  const attributes = getAttributesFromExtensions(extensions);
  const schema = getSchemaByResolvedExtensions(extensions);
  const { nodeExtensions, markExtensions } = splitExtensions(extensions);
  const defined = {
    doc: ({ children }: { children?: string | string[] }) => serializeChildrenToHTMLString(children),
    text: ({ node }: { node: PMNode }) => escapeHTML(node.text ?? ''),
  };
  const render = renderJSONContentToString<Mark, PMNode>({
    nodeMapping: {
      ...Object.fromEntries(
        nodeExtensions
          .filter((extension) => !(extension.name in defined))
          .map((extension) => mapNodeExtensionToReactNode(domOutputSpecToHTMLString, extension, attributes)),
      ),
      ...defined,
    },
    markMapping: Object.fromEntries(
      markExtensions.map((mark) => mapMarkExtensionToReactNode(domOutputSpecToHTMLString, mark, attributes)),
    ),
  });
  return (doc) => render({ content: PMNode.fromJSON(schema, doc) });
}

export function renderBodyHtml(doc: TiptapNode): string {
  renderer ??= buildRenderer();
  return renderer(doc);
}
