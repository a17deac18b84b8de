/**
 * The segments of an article body, the unit of the translator's desk: every text block (paragraph, heading, list item
 * paragraph, table cell paragraph, quoted paragraph) and every image's alt text, in document order, each with its
 * place in the document structure. Memory alignment, XLIFF, glossary highlighting, machine drafts and the counts all
 * walk the body through this one module. Pure (no server or DOM imports): the editor uses it in the browser too.
 */
import type { TiptapNode } from '@/lib/content/schema';

const TEXT_BLOCKS = new Set(['paragraph', 'heading']);

export interface Block {
  /** Child indexes from the document root, dot-joined ("3", "4.1.0"): where the block sits in the structure. */
  path: string;
  /** The node types from the root to the block ("bulletList/listItem/paragraph"): blocks align only when equal. */
  shape: string;
  kind: 'text' | 'image';
  /**
   * The block's text. Inline leaves (hard breaks) count as one character ("\n"), so an offset in this text is the
   * same offset in ProseMirror positions from the start of the block's content.
   */
  text: string;
  /** The block's inline content as stored (text blocks), for rebuilding it with other text. */
  inline: TiptapNode[];
}

export function blockText(inline: readonly TiptapNode[]): string {
  return inline.map((node) => (node.type === 'text' ? (node.text ?? '') : '\n')).join('');
}

/** The segments of a body, in document order. Anything that is not a document has none. */
export function bodyBlocks(doc: unknown): Block[] {
  const blocks: Block[] = [];
  const root = doc as TiptapNode | null;
  if (!root || typeof root !== 'object' || root.type !== 'doc') return blocks;
  // An explicit stack: stored bodies are bounded in depth, but nothing here should trust that.
  const stack: { node: TiptapNode; path: number[]; shape: string[] }[] = [];
  const children = (node: TiptapNode, path: number[], shape: string[]) =>
    (node.content ?? []).map((child, index) => ({
      node: child,
      path: [...path, index],
      shape: [...shape, child.type],
    }));
  stack.push(...children(root, [], []).reverse());
  while (stack.length) {
    const { node, path, shape } = stack.pop() as (typeof stack)[number];
    if (TEXT_BLOCKS.has(node.type)) {
      const inline = node.content ?? [];
      blocks.push({ path: path.join('.'), shape: shape.join('/'), kind: 'text', text: blockText(inline), inline });
    } else if (node.type === 'image') {
      const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
      blocks.push({ path: path.join('.'), shape: shape.join('/'), kind: 'image', text: alt, inline: [] });
    } else {
      stack.push(...children(node, path, shape).reverse());
    }
  }
  return blocks;
}

/**
 * Source and target blocks that correspond: the same place in the document structure and the same node types on
 * the way there. Translations made from the source's structure (the editor's "copy the source's structure", machine
 * drafts, XLIFF) align block for block; where a translator restructured, only the blocks that still correspond do.
 */
export function alignBlocks(source: Block[], target: Block[]): { source: Block; target: Block | null }[] {
  const byPath = new Map(target.map((block) => [block.path, block]));
  return source.map((block) => {
    const candidate = byPath.get(block.path);
    return { source: block, target: candidate && candidate.shape === block.shape ? candidate : null };
  });
}

/** The block of `blocks` at `path`, or null. */
export function blockAt(blocks: Block[], path: string): Block | null {
  return blocks.find((block) => block.path === path) ?? null;
}

const wordSegmenters = new Map<string, Intl.Segmenter>();
const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, locale: string, granularity: 'word' | 'sentence') {
  let found = cache.get(locale);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity });
    cache.set(locale, found);
  }
  return found;
}

/** Words in a text, as the language's word boundaries (ICU, the same in Node and browsers) see them. */
export function countWords(text: string, locale: string): number {
  let count = 0;
  for (const part of segmenter(wordSegmenters, locale, 'word').segment(text)) if (part.isWordLike) count++;
  return count;
}

/** The sentences of a text, trimmed, without empty ones. */
export function sentences(text: string, locale: string): string[] {
  return [...segmenter(sentenceSegmenters, locale, 'sentence').segment(text)]
    .map((part) => part.segment.trim())
    .filter(Boolean);
}

/** Whitespace runs as one space, trimmed: how memory segments are stored and compared. */
export function normalizeSegment(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface BlockCount {
  path: string;
  words: number;
}

/** Words per block and in total (body blocks only), for the counts the editor and the dashboard show. */
export function bodyCounts(doc: unknown, locale: string): { words: number; blocks: BlockCount[] } {
  const blocks = bodyBlocks(doc).map((block) => ({ path: block.path, words: countWords(block.text, locale) }));
  return { words: blocks.reduce((sum, block) => sum + block.words, 0), blocks };
}

/**
 * Translation progress: of the source blocks that have text, how many have a corresponding target block with text.
 */
export function translationProgress(
  source: { doc: unknown },
  target: { doc: unknown } | null,
): { translated: number; total: number } {
  const sourceBlocks = bodyBlocks(source.doc).filter((block) => block.text.trim());
  if (!target) return { translated: 0, total: sourceBlocks.length };
  const aligned = alignBlocks(sourceBlocks, bodyBlocks(target.doc));
  return {
    translated: aligned.filter((pair) => pair.target?.text.trim()).length,
    total: sourceBlocks.length,
  };
}
