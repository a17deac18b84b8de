/**
 * Glossary terms highlighted in a (read-only) body: a ProseMirror plugin whose decorations mark each term and put its
 * approved rendering right after it. The ranges come from the server (lib/desk/glossary-apply.ts) as a block path and
 * character offsets in the block's text, where an inline leaf counts as one character, exactly as ProseMirror
 * counts positions inside a text block; so the mapping is arithmetic, never a search in the DOM.
 */
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface GlossaryRange {
  /** The block's path (child indexes from the root, dot-joined), as lib/desk/blocks.ts names it. */
  path: string;
  start: number;
  end: number;
  /** The rendering shown after the term (null: no approved rendering in this language yet). */
  rendering: string | null;
  /** Title of the highlight (e.g. "Glossary: ÝHHG"). */
  label: string;
}

export const glossaryHighlightKey = new PluginKey('glossaryHighlight');

/** The position where the content of the block at `path` starts, or null. */
function contentStart(doc: PMNode, path: string): number | null {
  let node: PMNode = doc;
  let pos = 0;
  for (const part of path.split('.')) {
    const index = Number(part);
    if (!Number.isInteger(index) || index < 0 || index >= node.childCount) return null;
    // Inside `node`, child `index` starts after the sizes of the children before it.
    for (let child = 0; child < index; child++) pos += node.child(child).nodeSize;
    node = node.child(index);
    pos += 1;
  }
  return node.isTextblock ? pos : null;
}

function decorate(doc: PMNode, ranges: readonly GlossaryRange[], language: string): DecorationSet {
  const decorations: Decoration[] = [];
  for (const range of ranges) {
    const start = contentStart(doc, range.path);
    if (start === null) continue;
    const from = start + range.start;
    const to = start + range.end;
    if (to > doc.content.size || from >= to) continue;
    decorations.push(Decoration.inline(from, to, { class: 'glossary-term', title: range.label }));
    const rendering = range.rendering;
    if (rendering) {
      decorations.push(
        Decoration.widget(
          to,
          () => {
            const span = document.createElement('span');
            span.className = 'glossary-rendering';
            span.lang = language;
            span.textContent = rendering;
            return span;
          },
          { side: 1, key: `${range.path}:${range.start}:${rendering}` },
        ),
      );
    }
  }
  return DecorationSet.create(doc, decorations);
}

/** The plugin for one set of ranges; renderings are written in `language` (the target's). */
export function glossaryHighlight(ranges: readonly GlossaryRange[], language: string): Plugin {
  return new Plugin({
    key: glossaryHighlightKey,
    state: {
      init: (_config, state) => decorate(state.doc, ranges, language),
      apply: (transaction, set) => set.map(transaction.mapping, transaction.doc),
    },
    props: {
      decorations(state) {
        return glossaryHighlightKey.getState(state) as DecorationSet;
      },
    },
  });
}
