/**
 * The server's gate for article bodies. A body arrives as Tiptap JSON from a client we do not trust; it is rebuilt
 * from scratch keeping only the node types, mark types and attributes of `bodyExtensions`, every attribute value is
 * checked, ProseMirror checks the structure, and only then is it rendered. What is stored is the rebuilt document and
 * our own rendering of it, never anything the client wrote verbatim.
 */
import { storableJson, storableText } from '@/lib/text';
import { getSchema } from '@tiptap/core';
import { Node as PMNode, type Schema } from '@tiptap/pm/model';
import { MAX_ALT_LENGTH } from './media-image';
import { renderBodyHtml } from './render';
import {
  HEADING_LEVELS,
  ORDERED_LIST_TYPES,
  MAX_TABLE_SPAN,
  bodyExtensions,
  isLangTag,
  isMediaId,
  isMediaSrc,
  safeHref,
  type TiptapNode,
} from './schema';

export type BodyError =
  | 'not-a-document'
  | 'unknown-node'
  | 'unknown-mark'
  | 'bad-attribute'
  | 'bad-link'
  | 'bad-image'
  | 'too-large'
  | 'too-deep'
  | 'invalid-structure';

export type BodyResult =
  { ok: true; doc: TiptapNode; html: string; text: string } | { ok: false; error: BodyError; path?: string };

export const BODY_LIMITS = {
  /** Size of the submitted JSON, in UTF-8 bytes. */
  maxJsonBytes: 2 * 1024 * 1024,
  /** Characters of text in all text nodes together (a long report is ~100,000). */
  maxTextChars: 200_000,
  /** Nesting of nodes, the doc being 1; well past any real list-in-table-in-quote, well short of any stack limit. */
  maxDepth: 64,
} as const;

export const bodySchema: Schema = getSchema(bodyExtensions);

/** Thrown inside the walk and caught by `validateBody`: the first problem found decides the answer. */
class Refusal extends Error {
  constructor(
    readonly error: BodyError,
    readonly path: string,
  ) {
    super(`${error} at ${path}`);
  }
}

const integerIn = (min: number, max: number) => (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Checks one attribute value (the schema default when the client left it out); returns the value to store. */
function rule(error: BodyError, accept: (value: unknown) => boolean, normalize?: (value: unknown) => unknown) {
  return (value: unknown, path: string) => {
    if (!accept(value)) throw new Refusal(error, path);
    return normalize ? normalize(value) : value;
  };
}

const rules: Record<string, (value: unknown, path: string) => unknown> = {
  'heading.level': rule('bad-attribute', (value) => (HEADING_LEVELS as readonly unknown[]).includes(value)),
  'orderedList.start': rule('bad-attribute', integerIn(-1_000_000, 1_000_000)),
  'orderedList.type': rule(
    'bad-attribute',
    (value) => value === null || (ORDERED_LIST_TYPES as readonly unknown[]).includes(value),
  ),
  'tableCell.colspan': rule('bad-attribute', integerIn(1, MAX_TABLE_SPAN)),
  'tableCell.rowspan': rule('bad-attribute', integerIn(1, MAX_TABLE_SPAN)),
  'tableHeader.colspan': rule('bad-attribute', integerIn(1, MAX_TABLE_SPAN)),
  'tableHeader.rowspan': rule('bad-attribute', integerIn(1, MAX_TABLE_SPAN)),
  'image.src': rule('bad-image', isMediaSrc),
  'image.mediaId': rule('bad-image', isMediaId),
  'image.alt': rule('bad-attribute', (value) => typeof value === 'string' && value.length <= MAX_ALT_LENGTH),
  'link.href': rule('bad-link', (value) => safeHref(value) !== null, safeHref),
  'lang.lang': rule('bad-attribute', isLangTag),
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Walk {
  textChars: number;
}

/**
 * Keeps the attributes the schema defines for `type` and checks each value. Unknown attributes are dropped (an old
 * client or a paste may carry some); an attribute the schema knows but no rule covers may only hold its default,
 * so a new extension's attribute is refused until someone writes its rule.
 */
function cleanAttrs(kind: 'node' | 'mark', type: string, attrs: unknown, path: string) {
  if (attrs !== undefined && attrs !== null && !isRecord(attrs)) throw new Refusal('invalid-structure', path);
  const spec = (kind === 'node' ? bodySchema.nodes[type] : bodySchema.marks[type])?.spec.attrs ?? {};
  const cleaned: Record<string, unknown> = {};
  for (const [name, attrSpec] of Object.entries(spec)) {
    const given = attrs && Object.hasOwn(attrs, name) ? attrs[name] : undefined;
    const value = given === undefined ? (attrSpec as { default?: unknown }).default : given;
    const check = rules[`${type}.${name}`];
    if (check) cleaned[name] = check(value, `${path}.${name}`);
    else if (value === (attrSpec as { default?: unknown }).default) cleaned[name] = value;
    else throw new Refusal('bad-attribute', `${path}.${name}`);
  }
  return cleaned;
}

function cleanMarks(marks: unknown, path: string): TiptapNode['marks'] {
  if (marks === undefined || marks === null) return undefined;
  if (!Array.isArray(marks)) throw new Refusal('invalid-structure', path);
  return marks.map((mark: unknown, index) => {
    const at = `${path}.${index}`;
    if (!isRecord(mark) || typeof mark.type !== 'string') throw new Refusal('invalid-structure', at);
    if (!Object.hasOwn(bodySchema.marks, mark.type)) throw new Refusal('unknown-mark', `${at}.type`);
    return { type: mark.type, attrs: cleanAttrs('mark', mark.type, mark.attrs, `${at}.attrs`) };
  });
}

/** Rebuilds one node from plain values only; depth is checked before recursing, so hostile nesting cannot overflow. */
function cleanNode(value: unknown, path: string, depth: number, walk: Walk): TiptapNode | null {
  if (depth > BODY_LIMITS.maxDepth) throw new Refusal('too-deep', path);
  if (!isRecord(value) || typeof value.type !== 'string') throw new Refusal('invalid-structure', path);
  const { type } = value;
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (!Object.hasOwn(bodySchema.nodes, type)) throw new Refusal('unknown-node', at('type'));
  const marks = cleanMarks(value.marks, at('marks'));
  if (type === 'text') {
    // Control characters and unpaired surrogates are dropped from text, like a paste would lose them; a text node
    // that held nothing else goes with them (its parent leaves it out).
    if (typeof value.text !== 'string' || value.text === '') throw new Refusal('invalid-structure', at('text'));
    const text = storableText(value.text);
    if (text === '') return null;
    walk.textChars += text.length;
    if (walk.textChars > BODY_LIMITS.maxTextChars) throw new Refusal('too-large', at('text'));
    return marks ? { type, text, marks } : { type, text };
  }
  const node: TiptapNode = { type, attrs: cleanAttrs('node', type, value.attrs, at('attrs')) };
  if (marks) node.marks = marks;
  if (value.content !== undefined && value.content !== null) {
    if (!Array.isArray(value.content)) throw new Refusal('invalid-structure', at('content'));
    node.content = value.content
      .map((child: unknown, index) => cleanNode(child, at(`content.${index}`), depth + 1, walk))
      .filter((child) => child !== null);
  }
  return node;
}

function jsonBytes(input: unknown): number | BodyError {
  try {
    return new TextEncoder().encode(JSON.stringify(input)).length;
  } catch (error) {
    // Nesting deep enough to exhaust the stack, or a cycle / BigInt (never produced by JSON.parse).
    return error instanceof RangeError ? 'too-deep' : 'invalid-structure';
  }
}

/** Plain text of a body, one line per block: for search, fingerprints and revision diffs. Images count by alt text. */
export function bodyText(doc: PMNode): string {
  return doc.textBetween(0, doc.content.size, '\n', (leaf) => {
    if (leaf.type.name === 'image') return typeof leaf.attrs.alt === 'string' ? leaf.attrs.alt : '';
    return leaf.type.name === 'hardBreak' ? '\n' : '';
  });
}

export function validateBody(input: unknown): BodyResult {
  if (!isRecord(input) || input.type !== 'doc') return { ok: false, error: 'not-a-document' };
  const bytes = jsonBytes(input);
  if (typeof bytes === 'string') return { ok: false, error: bytes };
  if (bytes > BODY_LIMITS.maxJsonBytes) return { ok: false, error: 'too-large' };

  let doc: PMNode;
  try {
    const cleaned = cleanNode(input, '', 1, { textChars: 0 }) as TiptapNode;
    doc = PMNode.fromJSON(bodySchema, cleaned);
    // Content expressions (no text directly in doc, no image in a paragraph), mark sets, attribute validators.
    doc.check();
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.error, ...(error.path ? { path: error.path } : {}) };
    return { ok: false, error: 'invalid-structure' };
  }

  // Free-text attributes (alt) get the same treatment; every other attribute was checked against a pattern.
  const normalized = storableJson(doc.toJSON()) as TiptapNode;
  return { ok: true, doc: normalized, html: renderBodyHtml(normalized), text: bodyText(doc) };
}

/** Plain text of a body already stored (and so already validated): for diffs between revisions. */
export function storedBodyText(json: unknown): string {
  try {
    return bodyText(PMNode.fromJSON(bodySchema, json));
  } catch {
    return '';
  }
}
