import { escapeHtml } from './html';

/**
 * The article body for text-only readers (the lite edition, feeds, the static export): images become links that
 * name them, so nothing is downloaded unless asked for. Input is the server-rendered, sanitized body HTML.
 */
export function textOnlyBody(bodyHtml: string, imageLabel: (alt: string) => string): string {
  return bodyHtml.replace(/<img\b[^>]*>/g, (tag) => {
    const src = /\ssrc="([^"]*)"/.exec(tag)?.[1] ?? '';
    const alt = /\salt="([^"]*)"/.exec(tag)?.[1] ?? '';
    // alt is still entity-escaped from the body HTML: the label is built from it and escaped once more as a whole.
    const label = escapeHtml(
      imageLabel(
        alt
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      ),
    );
    return src ? `<a href="${src}">[${label}]</a>` : '';
  });
}

/** Root-relative links and sources become absolute (feeds are read far from the site). */
export function absolutizeLinks(bodyHtml: string, origin: string): string {
  return bodyHtml.replace(/\b(href|src)="\/(?!\/)/g, (_match, attribute: string) => `${attribute}="${origin}/`);
}
