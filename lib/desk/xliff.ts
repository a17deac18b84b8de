/**
 * XLIFF 1.2 for outside translators (decision 021). One `trans-unit` per segment: the title, summary, SEO description
 * and cover alt text, and every text block and image alt text of the body, in document order. Marks are inline codes:
 * `<g ctype="bold|italic|x-strike|link|x-lang">` carrying their attributes (`habar:href`, `habar:lang`) and `<x
 * ctype="lb"/>` for line breaks; the glossary's renderings are notes. Reading back: a target's codes resolve by their
 * own attributes, else by the source code with the same id (CAT tools copy tags by id).
 */
import { isLocale, type Locale } from '@/i18n/routing';
import type { TiptapNode } from '@/lib/content/schema';
import { bodyBlocks } from './blocks';
import { markKey, nestRuns, runsFromInline, type MarkDef, type Run } from './inline';
import { attributes, childElements, escapeXml, localName, parseXml, type XmlElement, type XmlNode } from './xml';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const HABAR_NS = 'urn:habar:xliff:1';
export const XLIFF_LIMITS = { maxBytes: 5 * 1024 * 1024, maxDepth: 64, maxElements: 500_000 };

export interface XliffText {
  title: string;
  summary: string;
  seoDescription: string;
  coverAlt: string | null;
  body: unknown;
}

export type SegmentKind = 'field' | 'text' | 'image';

export interface Segment {
  id: string;
  kind: SegmentKind;
  /** The field name, or the block's path in the body. */
  place: string;
  runs: Run[];
}

export type XliffField = 'title' | 'summary' | 'seoDescription' | 'coverAlt';

export const bodyUnitId = (path: string) => `body-${path.replace(/\./g, '-')}`;

/** The segments of a text in document order (fields first and last, as the editor shows them). Empty ones skipped. */
export function segmentsOf(text: XliffText): Segment[] {
  const field = (name: XliffField): Segment[] => {
    const value = name === 'coverAlt' ? (text.coverAlt ?? '') : text[name];
    return value ? [{ id: name, kind: 'field', place: name, runs: [{ text: value, marks: [] }] }] : [];
  };
  const body = bodyBlocks(text.body)
    .filter((block) => block.text.trim())
    .map((block): Segment => ({
      id: bodyUnitId(block.path),
      kind: block.kind,
      place: block.path,
      runs: block.kind === 'text' ? runsFromInline(block.inline) : [{ text: block.text, marks: [] }],
    }));
  return [...field('title'), ...field('summary'), ...body, ...field('seoDescription'), ...field('coverAlt')];
}

const CTYPES: Record<string, string> = {
  bold: 'bold',
  italic: 'italic',
  strike: 'x-strike',
  link: 'link',
  lang: 'x-lang',
};
const MARKS = Object.fromEntries(Object.entries(CTYPES).map(([mark, ctype]) => [ctype, mark]));

const attr = (mark: MarkDef, name: string) => {
  const value = mark.attrs?.[name];
  return typeof value === 'string' ? value : '';
};

function codeAttributes(mark: MarkDef): Record<string, string | undefined> {
  return {
    ctype: CTYPES[mark.type] ?? `x-${mark.type}`,
    'habar:href': mark.type === 'link' ? attr(mark, 'href') : undefined,
    'habar:lang': mark.type === 'lang' ? attr(mark, 'lang') : undefined,
  };
}

/**
 * Runs as XLIFF inline content. `ids` numbers every code of the unit (source first, then target); a target code for
 * the same mark as a source code reuses that code's id, so tools that pair tags by id see them as the same tag.
 */
function writeRuns(runs: Run[], ids: { next: number; byMark: Map<string, number[]> }, reuse: boolean): string {
  const taken = new Map<string, number>();
  const idFor = (key: string) => {
    if (reuse) {
      const offered = ids.byMark.get(key) ?? [];
      const used = taken.get(key) ?? 0;
      taken.set(key, used + 1);
      if (used < offered.length) return offered[used] as number;
    }
    const id = ids.next++;
    if (!reuse) ids.byMark.set(key, [...(ids.byMark.get(key) ?? []), id]);
    return id;
  };
  return nestRuns(runs, {
    open: (mark) => `<g${attributes({ id: idFor(markKey(mark)), ...codeAttributes(mark) })}>`,
    close: () => '</g>',
    text: escapeXml,
    lineBreak: () => `<x${attributes({ id: idFor('lb'), ctype: 'lb' })}/>`,
  });
}

export interface XliffDocument {
  articleId: string;
  sourceLocale: Locale;
  targetLocale: Locale;
  source: XliffText;
  /** The target language's current text aligned to the source's segments (by id), if any. */
  target: Map<string, Run[]>;
  /** Glossary notes per segment id. */
  notes: Map<string, string[]>;
  title: string;
}

export function writeXliff(document: XliffDocument): string {
  const units = segmentsOf(document.source).map((segment) => {
    const ids = { next: 1, byMark: new Map<string, number[]>() };
    const source = writeRuns(segment.runs, ids, false);
    const targetRuns = document.target.get(segment.id);
    const target = targetRuns?.length ? `<target state="translated">${writeRuns(targetRuns, ids, true)}</target>` : '';
    const notes = (document.notes.get(segment.id) ?? [])
      .map((note) => `<note from="glossary" annotates="source">${escapeXml(note)}</note>`)
      .join('');
    const resname =
      segment.kind === 'field' ? segment.place : `${segment.kind === 'image' ? 'image-alt' : 'block'}:${segment.place}`;
    return `<trans-unit${attributes({ id: segment.id, resname, 'xml:space': 'preserve' })}><source>${source}</source>${target}${notes}</trans-unit>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="1.2" xmlns="${XLIFF_NS}" xmlns:habar="${HABAR_NS}">`,
    `<file${attributes({
      original: `habar:article:${document.articleId}`,
      'source-language': document.sourceLocale,
      'target-language': document.targetLocale,
      datatype: 'x-habar-article',
      'product-name': 'Habar',
    })}>`,
    `<header><note>${escapeXml(document.title)}</note></header>`,
    '<body>',
    ...units,
    '</body>',
    '</file>',
    '</xliff>',
    '',
  ].join('\n');
}

export type XliffError =
  | 'xliff-not-xliff'
  | 'xliff-wrong-version'
  | 'xliff-wrong-article'
  | 'xliff-wrong-language'
  | 'xliff-bad-code'
  | `xml-${string}`;

export interface ParsedUnit {
  source: Run[];
  /** Null when the unit has no target (or an empty one): the segment is not translated in the file. */
  target: Run[] | null;
}

export interface ParsedXliff {
  original: string;
  sourceLocale: Locale | null;
  targetLocale: Locale | null;
  units: Map<string, ParsedUnit>;
}

function markOf(element: XmlElement): MarkDef | 'lb' | null {
  const ctype = element.attrs.ctype ?? '';
  if (localName(element.name) === 'x') return ctype === 'lb' || ctype === '' ? 'lb' : null;
  const type = MARKS[ctype];
  if (!type) return null;
  if (type === 'link') {
    const href = element.attrs['habar:href'];
    return href ? { type, attrs: { href } } : null;
  }
  if (type === 'lang') {
    const lang = element.attrs['habar:lang'];
    return lang ? { type, attrs: { lang } } : null;
  }
  return { type };
}

class BadCode extends Error {}

/**
 * Inline content as runs. A code resolves by its own ctype and attributes, else by the source's code with the same
 * id; an unknown code refuses the unit. `mrk` (a tool's annotation) is transparent; native codes (`ph`, `bpt`,
 * `ept`, `it`, `bx`, `ex`) hold another format's markup, not text, and are dropped.
 */
function readRuns(element: XmlElement, codes: Map<string, MarkDef | 'lb'>, record: boolean): Run[] {
  const runs: Run[] = [];
  const walk = (node: XmlNode, marks: MarkDef[]) => {
    if (typeof node === 'string') {
      runs.push({ text: node, marks });
      return;
    }
    const name = localName(node.name);
    if (name === 'mrk') return node.children.forEach((child) => walk(child, marks));
    if (name !== 'g' && name !== 'x') return;
    const id = node.attrs.id ?? '';
    const resolved = markOf(node) ?? codes.get(id) ?? null;
    if (!resolved) throw new BadCode();
    if (record && id) codes.set(id, resolved);
    if (resolved === 'lb') {
      runs.push({ break: true });
      return;
    }
    if (name === 'x') throw new BadCode();
    node.children.forEach((child) => walk(child, [...marks, resolved]));
  };
  element.children.forEach((child) => walk(child, []));
  return runs;
}

/** The translation units of an XLIFF 1.2 file (its first `file`), or why it cannot be read. */
export function parseXliff(
  xml: string,
): { ok: true; file: ParsedXliff } | { ok: false; error: XliffError; unit?: string } {
  const parsed = parseXml(xml, XLIFF_LIMITS);
  if (!parsed.ok) return parsed;
  const root = parsed.root;
  if (localName(root.name) !== 'xliff') return { ok: false, error: 'xliff-not-xliff' };
  if (!String(root.attrs.version ?? '').startsWith('1.')) return { ok: false, error: 'xliff-wrong-version' };
  const file = childElements(root, 'file')[0];
  const body = file ? childElements(file, 'body')[0] : undefined;
  if (!file || !body) return { ok: false, error: 'xliff-not-xliff' };
  const localeOf = (tag: string | undefined) => {
    const primary = (tag ?? '').split(/[-_]/)[0]?.toLowerCase() ?? '';
    return isLocale(primary) ? primary : null;
  };
  const units = new Map<string, ParsedUnit>();
  // Units may sit in groups (tools add them); every trans-unit counts wherever it is.
  const stack: XmlElement[] = [body];
  while (stack.length) {
    const element = stack.pop() as XmlElement;
    for (const child of childElements(element)) {
      const name = localName(child.name);
      if (name === 'group') stack.push(child);
      if (name !== 'trans-unit') continue;
      const id = child.attrs.id ?? '';
      const sourceElement = childElements(child, 'source')[0];
      const targetElement = childElements(child, 'target')[0];
      if (!id || !sourceElement) return { ok: false, error: 'xliff-not-xliff' };
      const codes = new Map<string, MarkDef | 'lb'>();
      try {
        const source = readRuns(sourceElement, codes, true);
        const target = targetElement ? readRuns(targetElement, codes, false) : null;
        const translated = target && target.some((run) => !('text' in run) || run.text.trim());
        units.set(id, { source, target: translated ? target : null });
      } catch (error) {
        if (error instanceof BadCode) return { ok: false, error: 'xliff-bad-code', unit: id };
        throw error;
      }
    }
  }
  return {
    ok: true,
    file: {
      original: file.attrs.original ?? '',
      sourceLocale: localeOf(file.attrs['source-language']),
      targetLocale: localeOf(file.attrs['target-language']),
      units,
    },
  };
}

/** A body with each text block's content (and image's alt) replaced where `replace` gives one; structure kept. */
export function rebuildBody(
  skeleton: unknown,
  replace: (path: string, kind: 'text' | 'image') => TiptapNode[] | string | null,
): TiptapNode {
  const copy = structuredClone(skeleton) as TiptapNode;
  const walk = (node: TiptapNode, path: number[]) => {
    (node.content ?? []).forEach((child, index) => {
      const at = [...path, index];
      const key = at.join('.');
      if (child.type === 'paragraph' || child.type === 'heading') {
        const inline = replace(key, 'text');
        if (Array.isArray(inline)) {
          if (inline.length) child.content = inline;
          else delete child.content;
        }
      } else if (child.type === 'image') {
        const alt = replace(key, 'image');
        if (typeof alt === 'string') child.attrs = { ...child.attrs, alt };
      } else walk(child, at);
    });
  };
  walk(copy, []);
  return copy;
}
