import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configuredTranslator, googleTranslator, libreTranslator, MtFailure } from '@/lib/desk/mt/providers';

/**
 * Contract tests of both machine-translation providers against a local HTTP server that speaks each service's
 * documented request and answer (Google Cloud Translation Basic v2, LibreTranslate /translate), including their error
 * answers. The real services cannot be reached here; the server checks every request the way the service would.
 */
const KEY = 'test-key-123';
const GOOGLE_LANGUAGES = new Set(['ru', 'tk', 'en']);
const LIBRE_LANGUAGES = new Set(['ru', 'en']); // LibreTranslate's Argos models have no Turkmen.

interface Seen {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}
const seen: Seen[] = [];
let mode: 'ok' | 'quota' | 'garbage' = 'ok';

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

const fake = (text: string, target: string) => `[${target}] ${text}`;

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function google(request: IncomingMessage, body: Record<string, unknown>, response: ServerResponse) {
  const googleError = (code: number, message: string, status: string, reason: string) =>
    send(response, code, { error: { code, message, errors: [{ message, domain: 'global', reason }], status } });
  if (request.headers['x-goog-api-key'] !== KEY) {
    return googleError(400, 'API key not valid. Please pass a valid API key.', 'INVALID_ARGUMENT', 'badRequest');
  }
  if (mode === 'quota') return googleError(403, 'Daily Limit Exceeded', 'PERMISSION_DENIED', 'dailyLimitExceeded');
  if (mode === 'garbage') return send(response, 200, '<html>proxy error</html>');
  const q = body.q as string[];
  const target = String(body.target);
  if (!GOOGLE_LANGUAGES.has(target) || !GOOGLE_LANGUAGES.has(String(body.source))) {
    return googleError(400, 'Bad language pair: {0}', 'INVALID_ARGUMENT', 'badRequest');
  }
  send(response, 200, { data: { translations: q.map((text) => ({ translatedText: fake(text, target) })) } });
}

function libre(body: Record<string, unknown>, response: ServerResponse) {
  if (body.api_key !== KEY) {
    return send(response, 400, { error: 'Invalid API key' });
  }
  if (mode === 'quota') return send(response, 429, { error: 'Slowdown: 30 per 1 minute' });
  const source = String(body.source);
  const target = String(body.target);
  if (!LIBRE_LANGUAGES.has(source)) return send(response, 400, { error: `${source} is not supported` });
  if (!LIBRE_LANGUAGES.has(target)) return send(response, 400, { error: `${target} is not supported` });
  const q = body.q as string[];
  send(response, 200, { translatedText: q.map((text) => fake(text, target)) });
}

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    void (async () => {
      const body = request.method === 'POST' ? await readJson(request) : {};
      seen.push({ path: request.url ?? '', headers: request.headers, body });
      if (request.method !== 'POST') return send(response, 405, { error: 'Method Not Allowed' });
      if (request.url === '/language/translate/v2') return google(request, body, response);
      if (request.url === '/translate') return libre(body, response);
      send(response, 404, { error: 'Not Found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(MtFailure);
    return (error as MtFailure).code;
  }
  throw new Error('expected a failure');
}

describe('machine translation is off unless configured', () => {
  it('has no provider without MT_PROVIDER, or with a provider missing its key or address', () => {
    expect(configuredTranslator({})).toBeNull();
    expect(configuredTranslator({ MT_PROVIDER: 'google' })).toBeNull();
    expect(configuredTranslator({ MT_PROVIDER: 'libretranslate' })).toBeNull();
    expect(configuredTranslator({ MT_API_KEY: KEY, MT_URL: 'http://127.0.0.1:9' })).toBeNull();
    expect(configuredTranslator({ MT_PROVIDER: 'google', MT_API_KEY: KEY })?.name).toBe('google');
    expect(configuredTranslator({ MT_PROVIDER: 'libretranslate', MT_URL: base })?.name).toBe('libretranslate');
  });
});

describe('Google Cloud Translation (Basic, v2)', () => {
  it('sends the documented request and reads the documented answer, in order', async () => {
    mode = 'ok';
    seen.length = 0;
    const translator = googleTranslator({ apiKey: KEY, baseUrl: base });
    const out = await translator.translate(['Привет', '<b>мир</b>'], 'ru', 'tk', 'html');
    expect(out).toEqual(['[tk] Привет', '[tk] <b>мир</b>']);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe('/language/translate/v2');
    expect(seen[0]?.headers['x-goog-api-key']).toBe(KEY);
    expect(seen[0]?.headers['content-type']).toMatch(/application\/json/);
    expect(seen[0]?.body).toEqual({ q: ['Привет', '<b>мир</b>'], source: 'ru', target: 'tk', format: 'html' });
  });

  it('splits long lists into batches the service accepts', async () => {
    mode = 'ok';
    seen.length = 0;
    const texts = Array.from({ length: 230 }, (_, index) => `текст ${index}`);
    const out = await googleTranslator({ apiKey: KEY, baseUrl: base }).translate(texts, 'ru', 'en', 'text');
    expect(out).toEqual(texts.map((text) => `[en] ${text}`));
    expect(seen.length).toBeGreaterThan(1);
    for (const request of seen) expect((request.body.q as string[]).length).toBeLessThanOrEqual(128);
  });

  it('names a bad key, an exhausted quota, an unsupported language and a garbled answer', async () => {
    mode = 'ok';
    expect(
      await failure(googleTranslator({ apiKey: 'wrong', baseUrl: base }).translate(['a'], 'ru', 'en', 'text')),
    ).toBe('mt-bad-key');
    expect(await failure(googleTranslator({ apiKey: KEY, baseUrl: base }).translate(['a'], 'ru', 'xx', 'text'))).toBe(
      'mt-unsupported-language',
    );
    mode = 'quota';
    expect(await failure(googleTranslator({ apiKey: KEY, baseUrl: base }).translate(['a'], 'ru', 'en', 'text'))).toBe(
      'mt-quota',
    );
    mode = 'garbage';
    expect(await failure(googleTranslator({ apiKey: KEY, baseUrl: base }).translate(['a'], 'ru', 'en', 'text'))).toBe(
      'mt-failed',
    );
    mode = 'ok';
  });

  it('reports an unreachable service', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const translator = googleTranslator({ apiKey: KEY, baseUrl: `http://127.0.0.1:${port}` });
    expect(await failure(translator.translate(['a'], 'ru', 'en', 'text'))).toBe('mt-unreachable');
  });
});

describe('LibreTranslate', () => {
  it('sends the documented request with the key in the body and reads the array answer', async () => {
    mode = 'ok';
    seen.length = 0;
    const out = await libreTranslator({ url: `${base}/`, apiKey: KEY }).translate(
      ['Привет', 'мир'],
      'ru',
      'en',
      'text',
    );
    expect(out).toEqual(['[en] Привет', '[en] мир']);
    expect(seen[0]?.path).toBe('/translate');
    expect(seen[0]?.body).toEqual({ q: ['Привет', 'мир'], source: 'ru', target: 'en', format: 'text', api_key: KEY });
  });

  it('names a bad key, a rate limit and an unsupported language (Turkmen)', async () => {
    mode = 'ok';
    expect(await failure(libreTranslator({ url: base, apiKey: 'wrong' }).translate(['a'], 'ru', 'en', 'text'))).toBe(
      'mt-bad-key',
    );
    expect(await failure(libreTranslator({ url: base, apiKey: KEY }).translate(['a'], 'ru', 'tk', 'text'))).toBe(
      'mt-unsupported-language',
    );
    mode = 'quota';
    expect(await failure(libreTranslator({ url: base, apiKey: KEY }).translate(['a'], 'ru', 'en', 'text'))).toBe(
      'mt-quota',
    );
    mode = 'ok';
  });
});
