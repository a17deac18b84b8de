/**
 * The production HTTP server: Next's request handler behind Node's own server (a Next "custom server"), so that
 * every request gets an id and one structured access-log line (method, route, status, duration, size: no address,
 * no query string, no user agent), and everything Next itself prints goes through the same bounded logger
 * (lib/log.ts). The launcher (scripts/start.ts) runs it; SIGTERM closes it after the requests in progress.
 *
 * Environment: PORT (required, set by the launcher), LOG_LEVEL. It listens on every interface, like `next start`.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import compression from 'compression';
import next from 'next';
import onHeaders from 'on-headers';
import { canSendEncodedHeader, precompressedHeader } from '@/lib/public/representation';
import { createResponseMemo, memoHeader, type ResponseMemo } from '@/lib/public/response-memo';
import { pageCacheBytes } from '@/cache-handler/memory.mjs';
import { captureConsole, clip, logger, withRequest } from '@/lib/log';
import { projectRoot } from './lib/settings';

const http = logger('http');
const port = Number(process.env.PORT);

/** A request id from a proxy in front is kept when it looks like one (a short token); otherwise a fresh one. */
function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
}

/** The path only: the query string may hold a reader's search. Long hostile paths are clipped. */
function routeOf(url: string | undefined): string {
  const raw = url ?? '';
  const path = raw.split('?', 1)[0] ?? '';
  return clip(path, 200);
}

/**
 * A path with a malformed percent-escape (`/en/articles/%E0%A4%A`) makes Next fail to decode its parameters and
 * answer a bare 500. No page lives at such a path: it is answered as the unknown path it is, the localized 404 of
 * its language prefix (or of the reader's language), by asking Next for a path that cannot exist.
 */
function withoutMalformedEscapes(url: string | undefined): string | undefined {
  if (!url) return url;
  const path = url.split('?', 1)[0] ?? '';
  try {
    decodeURIComponent(path);
    return url;
  } catch {
    const first = /^\/([a-z]{2})(?:\/|$)/.exec(path)?.[1] ?? 'xx';
    return `/${first}/--malformed-url--`;
  }
}

/**
 * Compression is this server's job (next.config.ts turns Next's off): public pages arrive already compressed, stored
 * that way when they were rendered (lib/public/representation.ts), and name their encoding in a private header, because
 * Next drops a Content-Encoding set by a route handler; everything else (workspace pages, scripts, styles) is
 * compressed here per response by Express's `compression`, which leaves an encoded body alone.
 */
const compress = compression({ threshold: 1024 });

/**
 * Turns the private headers of a public page into what is sent: its encoding into Content-Encoding, and its memo mark
 * (lib/public/response-memo.ts) into the value `memoMark` returns, never sent.
 */
function translatePrivateHeaders(response: ServerResponse): { memoMark: () => string | undefined } {
  let mark: string | undefined;
  onHeaders(response, function translate(this: ServerResponse) {
    const memo = this.getHeader(memoHeader);
    if (memo !== undefined) {
      this.removeHeader(memoHeader);
      mark = String(memo);
    }
    const encoding = this.getHeader(precompressedHeader);
    if (typeof encoding !== 'string') return;
    this.removeHeader(precompressedHeader);
    this.setHeader('content-encoding', encoding);
  });
  return { memoMark: () => mark };
}

/**
 * Public pages as last sent, answered without Next while their tags are unchanged (decision 025): a single instance's
 * memory only. With REDIS_URL a publish on another instance could not reach it, so there is none; the edge in front
 * of several instances does this job. A quarter of PAGE_CACHE_MB (Next's cache keeps every form of a page; this keeps
 * the forms readers asked for).
 */
function responseMemo(): ResponseMemo | null {
  if (process.env.REDIS_URL) return null;
  return createResponseMemo({ maxBytes: Math.round(pageCacheBytes() / 4) });
}

async function main(): Promise<void> {
  captureConsole();
  // The configuration the build recorded, as Next's own standalone server passes it: loading next.config.ts instead
  // would load the SWC compiler to read it (about 40 MB resident, two native threads) for the life of the server.
  const serverFiles = readFileSync(path.join(projectRoot, '.next', 'required-server-files.json'), 'utf8');
  const { config: conf } = JSON.parse(serverFiles) as { config: NonNullable<Parameters<typeof next>[0]['conf']> };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
  const app = next({ dev: false, dir: projectRoot, port, conf });
  await app.prepare();
  const handle = app.getRequestHandler();
  const memo = responseMemo();
  if (memo) (globalThis as { habarResponseMemoStats?: () => unknown }).habarResponseMemoStats = () => memo.stats();

  const server = createServer((request, response) => {
    const id = requestId(request);
    const started = process.hrtime.bigint();
    response.setHeader('x-request-id', id);
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const line = {
        reqId: id,
        method: clip(request.method ?? '', 10),
        route,
        status: response.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 10_000n) / 100,
        ...(response.writableFinished ? {} : { aborted: true }),
      };
      if (response.statusCode >= 500) http.error(line, 'request');
      // The launcher's own calls (the scheduler every few seconds) only when something is wrong.
      else if (route.startsWith('/api/internal/') && response.statusCode < 400) http.debug(line, 'request');
      else http.info(line, 'request');
    };
    response.once('finish', done);
    response.once('close', done);
    const route = routeOf(request.url);
    request.url = withoutMalformedEscapes(request.url);
    if (memo?.answer(request, response)) return;
    // Only this server may say that it turns the private header into Content-Encoding: never a client.
    request.headers[canSendEncodedHeader] = '1';
    // compression's own header hook is installed first, so ours runs before it and it sees the body is encoded.
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => {
      const { memoMark } = translatePrivateHeaders(response);
      memo?.collect(request, response, memoMark);
      withRequest(id, () => {
        handle(request, response).catch((error: unknown) => {
          http.error({ reqId: id, err: clip(error instanceof Error ? error.message : String(error)) }, 'unhandled');
          if (!response.headersSent) {
            response.statusCode = 500;
            response.end();
          }
        });
      });
    });
  });
  server.keepAliveTimeout = 65_000;
  server.on('upgrade', (_request, socket) => socket.destroy());
  server.on('error', (error) => {
    http.fatal({ err: clip(error.message), port }, 'the server could not listen');
    process.exit(1);
  });
  server.listen(port, () => http.info({ port }, 'listening'));

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Finish what is in progress, refuse new connections; idle keep-alive connections go at once.
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, 4_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  logger('http').fatal({ err: clip(error instanceof Error ? error.message : String(error)) }, 'start-up failed');
  process.exit(1);
});
