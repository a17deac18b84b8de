/**
 * XML in and out for XLIFF and TMX. Files come from outside (CAT tools, other systems) and are treated as hostile:
 * parsed by saxes, a maintained streaming parser that expands no entities beyond XML's five and numeric references,
 * with a document type declaration refused outright (no entity can be declared, so none can be expanded: no
 * "billion laughs", no external entities), and bounds on size, depth and element count. Writing is escaping only.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export type XmlError = 'xml-too-large' | 'xml-malformed' | 'xml-doctype' | 'xml-too-deep' | 'xml-too-many-elements';

export interface XmlLimits {
  maxBytes: number;
  maxDepth: number;
  maxElements: number;
}

class Refused extends Error {
  constructor(readonly code: XmlError) {
    super(code);
  }
}

/** The whole document as a tree, or why it was refused. */
export function parseXml(
  text: string,
  limits: XmlLimits,
): { ok: true; root: XmlElement } | { ok: false; error: XmlError } {
  if (Buffer.byteLength(text, 'utf8') > limits.maxBytes) return { ok: false, error: 'xml-too-large' };
  const parser = new SaxesParser({ xmlns: false, position: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let elements = 0;
  let failure: XmlError | null = null;
  parser.on('doctype', () => {
    throw new Refused('xml-doctype');
  });
  parser.on('error', () => {
    failure ??= 'xml-malformed';
  });
  parser.on('opentag', (tag) => {
    elements++;
    if (elements > limits.maxElements) throw new Refused('xml-too-many-elements');
    if (stack.length >= limits.maxDepth) throw new Refused('xml-too-deep');
    const element: XmlElement = {
      name: tag.name,
      attrs: { ...(tag.attributes as Record<string, string>) },
      children: [],
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (value: string) => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const last = parent.children[parent.children.length - 1];
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + value;
    else parent.children.push(value);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    return { ok: false, error: error instanceof Refused ? error.code : 'xml-malformed' };
  }
  if (failure || !root) return { ok: false, error: failure ?? 'xml-malformed' };
  return { ok: true, root };
}

/** Child elements named `name` (any namespace prefix ignored when `local` is set). */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && (name === undefined || localName(child.name) === name),
  );
}

export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** The text inside an element, every descendant's included. */
export function textContent(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text or an attribute value as XML: the five special characters escaped, and characters XML 1.0 cannot carry
 * (controls other than tab, newline and return) dropped.
 */
export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** `name="value"` pairs, escaped, for an opening tag. */
export function attributes(values: Record<string, string | number | undefined | null>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}
