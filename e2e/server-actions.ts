import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

/**
 * Calling the app's server actions over plain HTTP, as the browser does, to test them without the UI: the action's
 * id comes from the build's server-reference manifest; arguments use React's reply encoding (JSON with `$` escaped,
 * or multipart for FormData arguments: React 19.3 sends a FormData argument's fields as `_1_<name>` before the root
 * row `0` that refers to it as `$K1`).
 */
interface ManifestEntry {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

export interface ServerAction {
  id: string;
  file: string;
  name: string;
  /** A page that uses the action (the request must go to a route whose bundle knows it). */
  page: string;
}

export function serverActions(): ServerAction[] {
  const file = path.join(process.cwd(), '.next/server/server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).sort((a, b) => a.split('[').length - b.split('[').length)[0] ?? '';
    const page =
      '/' +
      worker
        .replace(/^app\//, '')
        .replace(/\/page$/, '')
        .replace(/\[locale\]/g, 'ru')
        .replace(/\[[^\]]+\]/g, 'x');
    return { id, file: entry.filename, name: entry.exportedName, page };
  });
}

/** React's reply encoding escapes strings that start with `$`. */
function escapeStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith('$') ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escapeStrings(item)]));
  }
  return value;
}

export type ActionArgs =
  | { json: unknown[] }
  /** A form action `(previousState, formData)`: fields, and files as { name, mimeType, buffer }. */
  | { form: Record<string, FormValue> };

const boundary = '----habar-e2e-form-boundary';
type FormValue = string | { name: string; mimeType: string; buffer: Buffer };

const prefixed = (form: Record<string, FormValue>): [string, FormValue][] =>
  Object.entries(form).map(([key, value]) => [`_1_${key}`, value]);

/** The body built by hand: a browser context's request object sends string parts in a way Next does not read. */
/** Parts in order: the root row must come last (a JS object would put the key `0` first). */
function multipartBody(fields: [string, FormValue][]): Buffer {
  const parts = fields.map(([name, value]) => {
    const head =
      typeof value === 'string'
        ? `Content-Disposition: form-data; name="${name}"\r\n\r\n`
        : `Content-Disposition: form-data; name="${name}"; filename="${value.name}"\r\nContent-Type: ${value.mimeType}\r\n\r\n`;
    return Buffer.concat([
      Buffer.from(`--${boundary}\r\n${head}`),
      typeof value === 'string' ? Buffer.from(value) : value.buffer,
      Buffer.from('\r\n'),
    ]);
  });
  return Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
}

export interface ActionReply {
  status: number;
  /** The action's return value (the typed result), when the response carried one. */
  result: { ok?: boolean; error?: string; [key: string]: unknown } | null;
}

export async function callAction(
  api: APIRequestContext,
  action: ServerAction,
  args: ActionArgs,
  options: { origin: string; headers?: Record<string, string> },
): Promise<ActionReply> {
  const headers = { 'next-action': action.id, accept: 'text/x-component', origin: options.origin, ...options.headers };
  const response =
    'json' in args
      ? await api.post(action.page, {
          headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' },
          data: JSON.stringify(escapeStrings(args.json)),
          maxRedirects: 0,
        })
      : await api.post(action.page, {
          headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
          data: multipartBody([...prefixed(args.form), ['0', JSON.stringify([null, '$K1'])]]),
          maxRedirects: 0,
        });
  const text = await response.text();
  let result: ActionReply['result'] = null;
  for (const line of text.split('\n')) {
    const match = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!match?.[1]) continue;
    try {
      const parsed = JSON.parse(match[1]) as Record<string, unknown>;
      if ('ok' in parsed) result = parsed;
    } catch {
      // Not a JSON row (another kind of RSC chunk).
    }
  }
  return { status: response.status(), result };
}
