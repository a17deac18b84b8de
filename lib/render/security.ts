import { createHash } from 'node:crypto';
import { trustedHtml, type SafeHtml } from './html';

/**
 * The Content-Security-Policy of the public pages and the style elements it allows. Public pages run no script at
 * all; their one inline stylesheet is allowed by its hash, so an injected <style> or <script> is refused by the
 * browser even if it ever got into a page.
 */
const hashes = new Set<string>();

/** A <style> element whose exact content is added to the policy. */
export function inlineStyle(css: string): SafeHtml {
  hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  return trustedHtml(`<style>${css}</style>`);
}

export function publicContentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "img-src 'self'",
    `style-src ${[...hashes].join(' ') || "'none'"}`,
    "form-action 'self'",
    // No script runs here; this lets audit tools that fetch from the page (Lighthouse's robots.txt check) do so.
    "connect-src 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "script-src 'none'",
  ].join('; ');
}
