import type { TiptapNode } from '@/lib/content/schema';

/**
 * The source body's structure without its words: same headings, lists, quotes, tables and images (alt text
 * emptied, to be written in the new language), so a translator starts from the layout rather than a blank page.
 */
export function structureOf(node: TiptapNode): TiptapNode {
  const copy: TiptapNode = { type: node.type, ...(node.attrs ? { attrs: node.attrs } : {}) };
  if (node.type === 'image') copy.attrs = { ...node.attrs, alt: '' };
  if (node.content) copy.content = node.content.filter((child) => child.type !== 'text').map(structureOf);
  return copy;
}

export const emptyBody: TiptapNode = { type: 'doc', content: [{ type: 'paragraph' }] };
