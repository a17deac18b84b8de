/**
 * SVG logos and icons uploaded by admins, made safe before they are stored. An SVG is a document that can carry
 * scripts, event handlers, links to other sites, embedded HTML (foreignObject) and style sheets that fetch things; the
 * public site shows logos only through <img> (where browsers run none of that) and serves the files with a sandboxing
 * policy, and this sanitizer is the third wall: DOMPurify (a maintained sanitizer, with jsdom as its DOM on the server)
 * keeps only SVG's drawing elements, and our hooks drop every reference that leaves the document.
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

/** A logo is a few kilobytes; a quarter of a megabyte already means an embedded bitmap or an attack. */
export const MAX_SVG_BYTES = 256 * 1024;

export type SvgResult =
  | { ok: true; svg: string; width: number; height: number }
  | { ok: false; error: 'too-large' | 'corrupt' | 'svg-no-size' };

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Elements that reach outside the picture or hold another document; never kept, whatever DOMPurify's lists say. */
const forbiddenTags = ['script', 'style', 'foreignObject', 'image', 'a', 'iframe', 'animate', 'set', 'animateMotion'];

/** A reference inside the document (`#id`) is drawing; anything else (http:, data:, javascript:, a file) is not. */
const isLocalReference = (value: string) => /^#[A-Za-z_][\w.-]*$/.test(value.trim());

/** `url(...)` in a presentation attribute or an inline style may only point at a gradient or filter of this file. */
function externalUrl(value: string): boolean {
  return [...value.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)].some((match) => !isLocalReference(match[2] ?? ''));
}

function dimension(value: string | null): number | null {
  if (!value) return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(value);
  return match ? Number(match[1]) : null;
}

/** The picture's size: from width and height in pixels, else from the viewBox (what browsers use for <img>). */
function intrinsicSize(root: Element): { width: number; height: number } | null {
  const width = dimension(root.getAttribute('width'));
  const height = dimension(root.getAttribute('height'));
  if (width && height) return { width, height };
  const box = (root.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box.length === 4 && box.every(Number.isFinite) && (box[2] ?? 0) > 0 && (box[3] ?? 0) > 0) {
    return { width: box[2] as number, height: box[3] as number };
  }
  return null;
}

export function sanitizeSvg(bytes: Uint8Array): SvgResult {
  if (bytes.byteLength > MAX_SVG_BYTES) return { ok: false, error: 'too-large' };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  // Entities and document types are how XML bombs and external entities get in; a logo needs neither.
  if (/<!DOCTYPE|<!ENTITY/i.test(text) || !/<svg[\s>]/i.test(text)) return { ok: false, error: 'corrupt' };
  const { window } = new JSDOM('');
  try {
    const purify = createDOMPurify(window);
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      const name = data.attrName.toLowerCase();
      const value = data.attrValue;
      if ((name === 'href' || name === 'xlink:href') && !isLocalReference(value)) data.keepAttr = false;
      if (name.startsWith('on') || externalUrl(value) || /@import|expression\s*\(|javascript:/i.test(value)) {
        data.keepAttr = false;
      }
    });
    const fragment = purify.sanitize(text, {
      USE_PROFILES: { svg: true, svgFilters: true },
      FORBID_TAGS: forbiddenTags,
      RETURN_DOM_FRAGMENT: true,
    });
    const root = fragment.firstElementChild;
    if (!root || root.namespaceURI !== SVG_NS || root.localName !== 'svg' || fragment.children.length !== 1) {
      return { ok: false, error: 'corrupt' };
    }
    const size = intrinsicSize(root);
    if (!size) return { ok: false, error: 'svg-no-size' };
    const svg = new window.XMLSerializer().serializeToString(root);
    return { ok: true, svg, ...size };
  } finally {
    window.close();
  }
}
