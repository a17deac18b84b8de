/**
 * Machine-translation providers, each spoken exactly as its documentation says (decision 021), and nothing else:
 * - Google Cloud Translation – Basic (v2): `POST {MT_URL or https://translation.googleapis.com}/language/translate/v2`
 *   with the API key in the `x-goog-api-key` header and `{ q: [...], source, target, format }`; answers
 *   `{ data: { translations: [{ translatedText }] } }`, errors as `{ error: { code, message, errors: [{ reason }],
 *   status, details } }` (400 "API key not valid" / API_KEY_INVALID, 403 "Daily Limit Exceeded" / "User Rate Limit
 *   Exceeded", 429 RESOURCE_EXHAUSTED, 400 "Invalid Value" / "Bad language pair" for a language it lacks). At most
 *   128 segments and about 100 KB per request.
 * - LibreTranslate: `POST {MT_URL}/translate` with `{ q: [...], source, target, format, api_key }`; answers
 *   `{ translatedText: [...] }`, errors as `{ error }` (400 "xx is not supported", 400/403 about API keys, 403 "Too
 *   many request limits violations", 429 "Slowdown: …").
 * Nothing here runs unless MT_PROVIDER is set: without it there is no provider and no text leaves the server.
 */

export type MtErrorCode =
  'mt-quota' | 'mt-bad-key' | 'mt-unsupported-language' | 'mt-too-long' | 'mt-unreachable' | 'mt-failed';

export class MtFailure extends Error {
  constructor(
    readonly code: MtErrorCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

export type MtFormat = 'html' | 'text';

export interface Translator {
  readonly name: 'google' | 'libretranslate';
  translate(texts: string[], source: string, target: string, format: MtFormat): Promise<string[]>;
}

export interface MtSettings {
  MT_PROVIDER?: 'google' | 'libretranslate';
  MT_API_KEY?: string;
  MT_URL?: string;
}

const TIMEOUT_MS = 30_000;
/** A provider's answer is read up to this size; anything longer is refused, never buffered. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

async function readBounded(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel();
      throw new MtFailure('mt-failed', 'answer too large');
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

async function post(
  url: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ status: number; json: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (error) {
    throw new MtFailure('mt-unreachable', error instanceof Error ? error.message : String(error));
  }
  const text = await readBounded(response);
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, json };
}

/** Batches of at most `count` texts and `chars` characters (a longer single text goes alone). */
function batches(texts: string[], count: number, chars: number): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const text of texts) {
    if (current.length && (current.length >= count || size + text.length > chars)) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(text);
    size += text.length;
  }
  if (current.length) out.push(current);
  return out;
}

type GoogleError = {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    errors?: { reason?: string }[];
    details?: { reason?: string }[];
  };
};

function googleFailure(status: number, json: unknown): MtFailure {
  const error = (json as GoogleError | null)?.error ?? {};
  const reasons = [...(error.errors ?? []), ...(error.details ?? [])].map((item) => item.reason ?? '');
  const message = error.message ?? '';
  const detail = `HTTP ${status} ${error.status ?? ''} ${message}`.trim();
  if (reasons.includes('API_KEY_INVALID') || /API key not valid|API key/i.test(message) || status === 401) {
    return new MtFailure('mt-bad-key', detail);
  }
  if (
    status === 429 ||
    error.status === 'RESOURCE_EXHAUSTED' ||
    reasons.some((reason) => /LimitExceeded|quotaExceeded|rateLimitExceeded/i.test(reason)) ||
    /Limit Exceeded|quota/i.test(message)
  ) {
    return new MtFailure('mt-quota', detail);
  }
  if (status === 403) return new MtFailure('mt-bad-key', detail);
  if (status === 400 && /language|Invalid Value/i.test(message))
    return new MtFailure('mt-unsupported-language', detail);
  if (status === 400 && /too (long|large)|exceed/i.test(message)) return new MtFailure('mt-too-long', detail);
  return new MtFailure('mt-failed', detail);
}

export function googleTranslator(settings: { apiKey: string; baseUrl?: string }): Translator {
  const url = `${(settings.baseUrl ?? 'https://translation.googleapis.com').replace(/\/+$/, '')}/language/translate/v2`;
  return {
    name: 'google',
    async translate(texts, source, target, format) {
      const results: string[] = [];
      for (const batch of batches(texts, 100, 30_000)) {
        const { status, json } = await post(
          url,
          { 'x-goog-api-key': settings.apiKey },
          { q: batch, source, target, format },
        );
        if (status !== 200) throw googleFailure(status, json);
        const translations = (json as { data?: { translations?: { translatedText?: unknown }[] } } | null)?.data
          ?.translations;
        if (!Array.isArray(translations) || translations.length !== batch.length) {
          throw new MtFailure('mt-failed', 'unexpected answer');
        }
        results.push(
          ...translations.map((item) => (typeof item.translatedText === 'string' ? item.translatedText : '')),
        );
      }
      return results;
    },
  };
}

function libreFailure(status: number, json: unknown): MtFailure {
  const error = (json as { error?: unknown } | null)?.error;
  const message = typeof error === 'string' ? error : '';
  const detail = `HTTP ${status} ${message}`.trim();
  if (status === 429 || /too many request|slowdown/i.test(message)) return new MtFailure('mt-quota', detail);
  if (/api key/i.test(message)) return new MtFailure('mt-bad-key', detail);
  if (status === 400 && /not supported|not available as a target language/i.test(message)) {
    return new MtFailure('mt-unsupported-language', detail);
  }
  if (status === 400 && /exceeds/i.test(message)) return new MtFailure('mt-too-long', detail);
  if (status === 403) return new MtFailure('mt-bad-key', detail);
  return new MtFailure('mt-failed', detail);
}

export function libreTranslator(settings: { url: string; apiKey?: string }): Translator {
  const url = `${settings.url.replace(/\/+$/, '')}/translate`;
  return {
    name: 'libretranslate',
    async translate(texts, source, target, format) {
      const results: string[] = [];
      for (const batch of batches(texts, 25, 20_000)) {
        const body = { q: batch, source, target, format, ...(settings.apiKey ? { api_key: settings.apiKey } : {}) };
        const { status, json } = await post(url, {}, body);
        if (status !== 200) throw libreFailure(status, json);
        const translated = (json as { translatedText?: unknown } | null)?.translatedText;
        if (!Array.isArray(translated) || translated.length !== batch.length) {
          throw new MtFailure('mt-failed', 'unexpected answer');
        }
        results.push(...translated.map((item) => (typeof item === 'string' ? item : '')));
      }
      return results;
    },
  };
}

/** The organisation's chosen provider, or null when none is configured (then nothing is ever sent). */
export function configuredTranslator(settings: MtSettings): Translator | null {
  if (settings.MT_PROVIDER === 'google' && settings.MT_API_KEY) {
    return googleTranslator({ apiKey: settings.MT_API_KEY, baseUrl: settings.MT_URL });
  }
  if (settings.MT_PROVIDER === 'libretranslate' && settings.MT_URL) {
    return libreTranslator({ url: settings.MT_URL, apiKey: settings.MT_API_KEY });
  }
  return null;
}
