/**
 * WordPress post HTML (block editor or classic) to a Habar body. The HTML is parsed by happy-dom with scripts, file
 * loading and navigation off, cleaned (what must never survive is removed, embeds become links, images are replaced
 * by media-library images or dropped), then read by ProseMirror with the editor's own schema (the same parse rules as
 * a paste) and checked by the server's validator: what is stored is exactly what the editor could have saved.
 */
import { DOMParser as ProseMirrorParser } from '@tiptap/pm/model';
import { Window } from 'happy-dom';
import type { Element as HappyElement, Document as HappyDocument } from 'happy-dom';
import { bodySchema, validateBody, type BodyError } from '@/lib/content/validate';
import { safeHref, type TiptapNode } from '@/lib/content/schema';
import { autoParagraphs, stripShortcodes } from './shortcodes';

/** An image of the post, as the converter asks the media importer for it. */
export interface ImageRequest {
  src: string;
  /** From `wp-image-<id>` classes or a gallery shortcode. */
  attachmentId?: string;
}
export interface ResolvedImage {
  mediaId: string;
  src: string;
  alt: string;
}

export interface ConvertContext {
  /** Hosts of the old site: links to them become paths on this site, which the old-address redirects answer. */
  siteHosts: ReadonlySet<string>;
  resolveImage(request: ImageRequest): Promise<ResolvedImage | null>;
}

export type ConvertedBody =
  { ok: true; doc: TiptapNode; html: string; text: string; missingImages: string[] } | { ok: false; error: BodyError };

/** Never kept, with their content. */
const DROPPED =
  'script, style, noscript, template, object, embed, applet, form, input, button, select, textarea, svg, math, ' +
  'canvas, link, meta, base, title, head, frame, frameset, portal, dialog';

let window: Window | null = null;

function parseHtml(html: string): HappyDocument {
  window ??= new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  const parser = new window.DOMParser();
  return parser.parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
}

/** A block with one link, for an embed: `<p><a href="url">url</a></p>`, or nothing for a URL we do not link to. */
function linkParagraph(document: HappyDocument, url: string | null | undefined): HappyElement | null {
  const href = safeHref(url ?? '');
  if (!href || !/^https?:/i.test(href)) return null;
  const p = document.createElement('p');
  const a = document.createElement('a');
  a.setAttribute('href', href);
  a.textContent = href;
  p.appendChild(a);
  return p;
}

function rename(document: HappyDocument, element: HappyElement, tag: string): void {
  const replacement = document.createElement(tag);
  while (element.firstChild) replacement.appendChild(element.firstChild);
  element.replaceWith(replacement);
}

/** A link to the old site becomes a path here (`https://old.org/2019/05/x/` → `/2019/05/x/`). */
function localizeHref(href: string, siteHosts: ReadonlySet<string>): string {
  try {
    const url = new URL(href);
    if (siteHosts.has(url.host.toLowerCase())) return `${url.pathname}${url.search}${url.hash}` || '/';
  } catch {
    // Relative or unparsable: left to safeHref.
  }
  return href;
}

async function cleanDocument(document: HappyDocument, context: ConvertContext, missing: string[]): Promise<void> {
  const body = document.body;
  for (const element of [...body.querySelectorAll(DROPPED)]) element.remove();

  // Block-editor embeds: the URL is the wrapper's text.
  for (const figure of [...body.querySelectorAll('figure.wp-block-embed, .wp-block-embed')]) {
    const url = figure.getAttribute('data-url') ?? figure.textContent?.trim().split(/\s+/)[0];
    const link = linkParagraph(document, url);
    if (link) figure.replaceWith(link);
    else figure.remove();
  }
  for (const frame of [...body.querySelectorAll('iframe, video, audio')]) {
    const source = frame.getAttribute('src') ?? frame.querySelector('source')?.getAttribute('src');
    const link = linkParagraph(document, source);
    if (link) frame.replaceWith(link);
    else frame.remove();
  }
  // Classic auto-embeds: a paragraph that is nothing but a URL.
  for (const p of [...body.querySelectorAll('p')]) {
    const text = p.textContent?.trim() ?? '';
    if (p.children.length === 0 && /^https?:\/\/\S+$/.test(text)) {
      const link = linkParagraph(document, text);
      if (link) p.replaceWith(link);
    }
  }
  for (const heading of [...body.querySelectorAll('h1')]) rename(document, heading, 'h2');
  for (const heading of [...body.querySelectorAll('h5, h6')]) rename(document, heading, 'h4');
  for (const caption of [...body.querySelectorAll('figcaption')]) rename(document, caption, 'p');
  for (const link of [...body.querySelectorAll('a[href]')]) {
    link.setAttribute('href', localizeHref(link.getAttribute('href') ?? '', context.siteHosts));
  }

  for (const image of [...body.querySelectorAll('img')]) {
    const src = image.getAttribute('src') ?? '';
    const classId = /(?:^|\s)wp-image-(\d{1,12})(?:\s|$)/.exec(image.getAttribute('class') ?? '')?.[1];
    const attachmentId = image.getAttribute('data-attachment-id') ?? classId;
    const resolved = await context.resolveImage({ src, ...(attachmentId ? { attachmentId } : {}) });
    if (!resolved) {
      missing.push(src || `attachment ${attachmentId ?? '?'}`);
      image.remove();
      continue;
    }
    const replacement = document.createElement('img');
    replacement.setAttribute('src', resolved.src);
    replacement.setAttribute('data-media-id', resolved.mediaId);
    replacement.setAttribute('alt', image.getAttribute('alt') || resolved.alt);
    // An image inside a link (to the full-size file) stands on its own: Habar images are blocks.
    const link = image.closest('a');
    if (link) link.replaceWith(replacement);
    else image.replaceWith(replacement);
  }
}

const comparable = (text: string) =>
  text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:!?…]+$/, '')
    .toLowerCase();

function plainText(node: TiptapNode): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(plainText).join('');
}

/** Drops a first heading or paragraph that only repeats the title (a common artefact of older imports). */
function withoutRepeatedTitle(doc: TiptapNode, title: string): TiptapNode {
  const [first, ...rest] = doc.content ?? [];
  if (!first || rest.length === 0 || !title.trim()) return doc;
  if ((first.type === 'heading' || first.type === 'paragraph') && comparable(plainText(first)) === comparable(title)) {
    return { ...doc, content: rest };
  }
  return doc;
}

/** Converts one post's content; a body the validator refuses comes back as its error (the post is then skipped). */
export async function convertContent(raw: string, title: string, context: ConvertContext): Promise<ConvertedBody> {
  const withoutShortcodes = stripShortcodes(raw);
  const html = withoutShortcodes.includes('<!-- wp:') ? withoutShortcodes : autoParagraphs(withoutShortcodes);
  const document = parseHtml(html);
  const missingImages: string[] = [];
  await cleanDocument(document, context, missingImages);
  const parsed = ProseMirrorParser.fromSchema(bodySchema).parse(document.body as unknown as globalThis.Node);
  const doc = withoutRepeatedTitle(parsed.toJSON() as TiptapNode, title);
  const checked = validateBody(doc);
  if (!checked.ok) return { ok: false, error: checked.error };
  return { ok: true, doc: checked.doc, html: checked.html, text: checked.text, missingImages };
}

/** Text of an HTML fragment (an excerpt): tags dropped, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  const document = parseHtml(stripShortcodes(html));
  for (const element of [...document.body.querySelectorAll(DROPPED)]) element.remove();
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
