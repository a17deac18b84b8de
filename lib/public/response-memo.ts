import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { chooseEncoding } from './representation';
import { revalidatedSince } from './tag-clock';

/**
 * The production server's memory of public pages as it last sent them (decision 025). A cached page costs Next about
 * 2.5 ms of routing, request objects and web streams before its stored bytes go out; the same bytes sent from here
 * cost a tenth of that, which is what lets one instance answer several times as many readers (issue 16).
 *
 * What may be kept is said by the page itself: servePublicPage (lib/public/serve.ts) marks a public page with a private
 * header naming its cache tags and when its render began. Nothing else is ever kept (the workspace, search, 404s,
 * redirects, anything with a query string, anything answered to a conditional request). A kept page is served only
 * while none of its tags has been revalidated since its render began (lib/public/tag-clock.ts), so it is exactly as
 * fresh as Next's own cache, and fresher: a page Next serves stale while it renders it again is never kept.
 *
 * The tag clock is this process's, so the memo is too: with REDIS_URL (several instances, one shared cache) a publish
 * on another instance could not reach it, and the server does not use it (scripts/server.ts).
 *
 * (No server-only marker: scripts/server.ts uses it.)
 */
export const memoHeader = 'x-habar-memo';

/** The private header's value: when the render began (tag clock), then the page's tags. */
export function memoHeaderValue(tags: readonly string[], renderedAt: number): string {
  return [String(renderedAt), ...tags.map(encodeURIComponent)].join(' ');
}

function parseMemoHeader(value: string): { renderedAt: number; tags: string[] } | null {
  const [at, ...tags] = value.split(' ');
  const renderedAt = Number(at);
  if (!Number.isFinite(renderedAt) || tags.length === 0) return null;
  try {
    return { renderedAt, tags: tags.map(decodeURIComponent) };
  } catch {
    return null;
  }
}

interface Kept {
  headers: Record<string, string | string[]>;
  body: Buffer;
  tags: string[];
  renderedAt: number;
}

/** Headers that belong to one exchange, never to a kept page. */
const perExchange = new Set([
  'x-request-id',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
]);

/** Paths that are never public pages: not worth collecting a body for. */
const notPublic = /^\/(?:admin|api|_next|media|brand)(?:\/|$)/;

/** A body larger than this is not collected (pages are about 10 KB compressed, 60 KB as plain HTML). */
const MAX_BODY = 1024 * 1024;

export interface ResponseMemoStats {
  entries: number;
  bytes: number;
  maxBytes: number;
}

export interface ResponseMemo {
  /** Sends the kept page for this request and returns true, or returns false (the request goes to Next). */
  answer(request: IncomingMessage, response: ServerResponse): boolean;
  /**
   * Collects the body of a request that may be kept; once the response has finished, keeps it if its headers said it
   * may (`markedAs` reads the private header's value, which the server removed before sending).
   */
  collect(request: IncomingMessage, response: ServerResponse, markedAs: () => string | undefined): void;
  stats(): ResponseMemoStats;
}

/** The key of a request the memo may answer or keep: its encoding and path; null for any other request. */
function keyOf(request: IncomingMessage): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const url = request.url ?? '';
  if (!url.startsWith('/') || url.includes('?') || notPublic.test(url)) return null;
  const headers = request.headers;
  if (headers['if-none-match'] || headers['if-modified-since'] || headers.range) return null;
  const acceptEncoding = headers['accept-encoding'];
  return `${chooseEncoding(typeof acceptEncoding === 'string' ? acceptEncoding : null)} ${url}`;
}

/** A memo holding at most `maxBytes` of pages, least recently used out first. */
export function createResponseMemo({ maxBytes }: { maxBytes: number }): ResponseMemo {
  const store = new LRUCache<string, Kept>({
    maxSize: maxBytes,
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
    sizeCalculation: (kept, key) => kept.body.length + 2 * key.length + 512,
  });

  return {
    answer(request, response) {
      const key = keyOf(request);
      const kept = key === null ? undefined : store.get(key);
      if (!key || !kept) return false;
      if (revalidatedSince(kept.tags, kept.renderedAt)) {
        store.delete(key);
        return false;
      }
      response.writeHead(200, { ...kept.headers, 'content-length': String(kept.body.length) });
      response.end(request.method === 'HEAD' ? undefined : kept.body);
      return true;
    },

    collect(request, response, markedAs) {
      const key = request.method === 'GET' ? keyOf(request) : null;
      if (key === null) return;
      const chunks: Buffer[] = [];
      let size = 0;
      const take = (chunk: unknown, encoding: unknown) => {
        if (size > MAX_BODY || chunk === undefined || chunk === null || typeof chunk === 'function') return;
        const bytes =
          typeof chunk === 'string'
            ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
            : Buffer.from(chunk as Uint8Array);
        size += bytes.length;
        if (size <= MAX_BODY) chunks.push(bytes);
      };
      const write = response.write.bind(response) as (...args: unknown[]) => boolean;
      const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
      response.write = ((chunk: unknown, ...rest: unknown[]) => {
        take(chunk, rest[0]);
        return write(chunk, ...rest);
      }) as typeof response.write;
      response.end = ((chunk?: unknown, ...rest: unknown[]) => {
        take(chunk, rest[0]);
        return end(chunk, ...rest);
      }) as typeof response.end;
      response.once('finish', () => {
        const marked = markedAs();
        const mark = marked === undefined ? null : parseMemoHeader(marked);
        if (!mark || response.statusCode !== 200 || size > MAX_BODY) return;
        // Rendered before a change to one of its tags (Next answered a stale copy while rendering it again): not kept.
        if (revalidatedSince(mark.tags, mark.renderedAt)) return;
        const headers: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(response.getHeaders())) {
          if (value !== undefined && !perExchange.has(name))
            headers[name] = Array.isArray(value) ? value : String(value);
        }
        store.set(key, { headers, body: Buffer.concat(chunks, size), ...mark });
      });
    },

    stats: () => ({ entries: store.size, bytes: store.calculatedSize, maxBytes }),
  };
}
