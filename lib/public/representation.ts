import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import Negotiator from 'negotiator';

/**
 * (No server-only marker: scripts/server.ts reads the header names.)
 * A public page as it is stored and sent: compressed once when it is rendered (gzip and brotli at their best levels),
 * never per request, with the validators an edge cache or a browser needs to ask "has it changed?" (decision 022).
 * The three bodies are kept as base64 because the page cache stores JSON; a shared cache (Redis) then holds the same
 * bytes for every instance, so every instance answers with the same ETag.
 */
export type Encoded = {
  /** Hash of the HTML: the strong validator, with a suffix per encoding (a strong ETag names one representation). */
  hash: string;
  /** When this HTML was rendered, as an HTTP date. */
  modified: string;
  gzip: string;
  br: string;
};

export type Encoding = 'br' | 'gzip' | 'identity';

export function encodePage(html: string, now = new Date()): Encoded {
  const bytes = Buffer.from(html, 'utf8');
  return {
    hash: createHash('sha256').update(bytes).digest('base64url').slice(0, 27),
    modified: now.toUTCString(),
    gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).toString('base64'),
    br: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).toString('base64'),
  };
}

const suffix: Record<Encoding, string> = { br: '-br', gzip: '-gz', identity: '' };

export const etagOf = (encoded: Encoded, encoding: Encoding) => `"${encoded.hash}${suffix[encoding]}"`;

/**
 * The reader's preferred encoding among ours (brotli, gzip, none), by `Accept-Encoding` and its q-values
 * (`negotiator`, the same rules Express's compression follows).
 */
export function chooseEncoding(acceptEncoding: string | null): Encoding {
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding ?? undefined } });
  // Among equally acceptable encodings, ours decide: brotli is the smaller.
  const [chosen] = negotiator.encodings(['br', 'gzip', 'identity'], { preferred: ['br', 'gzip', 'identity'] });
  return chosen === 'br' || chosen === 'gzip' ? chosen : 'identity';
}

/**
 * Whether a conditional GET can be answered 304. `If-None-Match` wins over `If-Modified-Since` (RFC 9110 13.2.2); any
 * of the page's representations matches (a cache may revalidate a gzip copy with a brotli-capable client).
 */
export function notModified(request: Request, encoded: Encoded): boolean {
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    if (ifNoneMatch.trim() === '*') return true;
    const tags = new Set(ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, '')));
    return (['br', 'gzip', 'identity'] as const).some((encoding) => tags.has(etagOf(encoded, encoding)));
  }
  const since = request.headers.get('if-modified-since');
  if (since === null) return false;
  const sinceTime = Date.parse(since);
  return Number.isFinite(sinceTime) && Date.parse(encoded.modified) <= sinceTime;
}

/**
 * The request header by which the production server (scripts/server.ts) says it turns `precompressedHeader` on a
 * response into `Content-Encoding` (Next drops a Content-Encoding set by a route handler). Without it (`next dev`)
 * pages are sent as HTML and compressed by Next.
 */
export const canSendEncodedHeader = 'x-habar-precompressed-ok';
export const precompressedHeader = 'x-habar-content-encoding';

export function bodyFor(encoded: Encoded, html: string, encoding: Encoding): BodyInit {
  if (encoding === 'identity') return html;
  return new Uint8Array(Buffer.from(encoding === 'br' ? encoded.br : encoded.gzip, 'base64'));
}
