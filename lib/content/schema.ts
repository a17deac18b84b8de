/**
 * The Tiptap extensions that define what an article body may contain. The editor, the server-side validation and the
 * HTML renderer all use this one list, so what the editor can produce is exactly what the server accepts and renders.
 * It imports nothing React- or DOM-only: it runs in the browser, in Node and in Vitest alike.
 */
import { type AnyExtension, type Extensions } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { LangMark } from './lang-mark';
import { MediaImage } from './media-image';

export { LANG_MARK, isLangTag } from './lang-mark';
export { IMAGE_NODE, isMediaId, isMediaSrc } from './media-image';

export const HEADING_LEVELS = [2, 3, 4] as const;
export const ORDERED_LIST_TYPES = ['1', 'a', 'A', 'i', 'I'] as const;
export const LINK_REL = 'noopener noreferrer nofollow';
const MAX_HREF_LENGTH = 2048;

/**
 * The one rule for link targets, used by the editor (typing, pasting, autolinking), the validator and the renderer.
 * Returns the href to store, or null when the link is refused.
 *
 * - Absolute: only `http:`, `https:` (with a host) and `mailto:`. The scheme is read after trimming the whitespace and
 *   control characters browsers ignore, and compared case-folded, so ` JaVaScRiPt:` is seen for what it is.
 * - Relative: only `/path` (links between our own pages) and `#fragment`. Protocol-relative `//host` and `/\host`
 *   (which browsers treat as `//host`) are refused, and so is everything else without a scheme, such as `evil.org`
 *   or `javascript&colon;…`, since what it resolves to depends on the page.
 * - Any control character left inside (`java\tscript:`, which browsers read as `javascript:`) refuses the link;
 *   inner spaces become `%20`.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  // Whitespace (Unicode included), zero-width characters and C0/C1 controls around the URL.
  const trimmed = raw
    .replace(/^[\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]+/, '')
    .replace(/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]+$/, '');
  if (trimmed === '' || trimmed.length > MAX_HREF_LENGTH) return null;
  if (/[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u2028\u2029\\]/.test(trimmed)) return null;
  const href = trimmed.replace(/\s/g, '%20');
  if (href.startsWith('#')) return href;
  if (href.startsWith('/')) return href.startsWith('//') ? null : href;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'mailto') return href.length > 'mailto:'.length ? `mailto:${href.slice('mailto:'.length)}` : null;
  if (scheme !== 'http' && scheme !== 'https') return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!url.hostname || !href.slice(scheme.length + 1).startsWith('//')) return null;
  return `${scheme}:${href.slice(scheme.length + 1)}`;
}

// Table cells keep only their spans: the column widths and alignment Tiptap would store end up as `style`, and the
// public stylesheet lays tables out. Spans are bounded because table maps allocate colspan × rowspan slots.
export const MAX_TABLE_SPAN = 100;
const spanAttribute = (name: 'colspan' | 'rowspan') => ({
  default: 1,
  parseHTML: (element: HTMLElement) => {
    const value = Number.parseInt(element.getAttribute(name) ?? '1', 10);
    return Number.isInteger(value) && value >= 1 && value <= MAX_TABLE_SPAN ? value : 1;
  },
});
const cellAttributes = () => ({ colspan: spanAttribute('colspan'), rowspan: spanAttribute('rowspan') });

const PlainTable = Table.configure({ resizable: false }).extend({
  // A plain `<table><tbody>…`: no colgroup, no width style.
  renderHTML() {
    return ['table', ['tbody', 0]];
  },
});

/**
 * StarterKit's link, keeping `href` as its only attribute: `target`, `rel` and `class` would otherwise be read from
 * pasted HTML and stored. `rel` is added on render from the options instead.
 */
const StarterKitWithPlainLinks = StarterKit.extend({
  addExtensions() {
    const extensions: AnyExtension[] = this.parent?.() ?? [];
    return extensions.map((extension) => {
      if (extension.name === 'link') {
        return extension.extend({
          addAttributes() {
            return {
              href: { default: null, parseHTML: (element: HTMLElement) => safeHref(element.getAttribute('href')) },
            };
          },
        });
      }
      if (extension.name === 'orderedList') {
        // A pasted `<ol type="…">` keeps only the numbering styles the server accepts; anything else is dropped.
        return extension.extend({
          addAttributes() {
            return {
              start: {
                default: 1,
                parseHTML: (element: HTMLElement) => {
                  const start = Number.parseInt(element.getAttribute('start') ?? '1', 10);
                  return Number.isInteger(start) && Math.abs(start) <= 1_000_000 ? start : 1;
                },
              },
              type: {
                default: null,
                parseHTML: (element: HTMLElement) => {
                  const type = element.getAttribute('type');
                  return type && (ORDERED_LIST_TYPES as readonly string[]).includes(type) ? type : null;
                },
              },
            };
          },
        });
      }
      return extension;
    });
  },
});

export const bodyExtensions: Extensions = [
  StarterKitWithPlainLinks.configure({
    // Headings inside an article start below the page's h1.
    heading: { levels: [...HEADING_LEVELS] },
    code: false,
    codeBlock: false,
    underline: false,
    // On (StarterKit's defaults), listed here so the schema reads in one place.
    blockquote: {},
    bold: {},
    italic: {},
    strike: {},
    bulletList: {},
    orderedList: {},
    horizontalRule: {},
    hardBreak: {},
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['http', 'https', 'mailto'],
      isAllowedUri: (url) => safeHref(url) !== null,
      HTMLAttributes: { rel: LINK_REL, target: null, class: null },
    },
  }),
  PlainTable,
  TableRow,
  TableHeader.extend({ addAttributes: cellAttributes }),
  TableCell.extend({ addAttributes: cellAttributes }),
  MediaImage,
  LangMark,
];

export interface TiptapNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TiptapNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}
