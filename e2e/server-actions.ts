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
        .replace(/\[taxonomy\]/g, 'tags')
        .replace(/\[[^\]]+\]/g, 'x');
    return { id, file: entry.filename, name: entry.exportedName, page };
  });
}

/** One action by its exported name (and file, when two files export the same name). */
export function serverAction(name: string, file = 'lib/workspace/articles/actions.ts'): ServerAction {
  const found = serverActions().find((action) => action.name === name && action.file === file);
  if (!found) throw new Error(`no server action ${name} in ${file}`);
  return found;
}

/** A piece of JSON text already written, on the serializer's stack. */
class Raw {
  constructor(readonly text: string) {}
}

/**
 * React's encodeReply: the arguments as JSON, where a string that starts with `$` is escaped as `$$` (otherwise the
 * server would read it as a reference). Written without recursion, so a hostile body nested thousands of levels deep
 * is sent as it is rather than overflowing the test's own stack.
 */
export function encodeReply(args: unknown[]): string {
  const out: string[] = [];
  const stack: unknown[] = [args];
  const pushAll = (items: unknown[]) => {
    for (let index = items.length - 1; index >= 0; index--) stack.push(items[index]);
  };
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Raw) out.push(item.text);
    else if (typeof item === 'string') out.push(JSON.stringify(item.startsWith('$') ? `$${item}` : item));
    else if (Array.isArray(item)) {
      const parts: unknown[] = [new Raw('[')];
      item.forEach((value: unknown, index) => {
        if (index > 0) parts.push(new Raw(','));
        parts.push(value === undefined || typeof value === 'function' ? null : value);
      });
      pushAll([...parts, new Raw(']')]);
    } else if (item !== null && typeof item === 'object') {
      const parts: unknown[] = [new Raw('{')];
      const entries = Object.entries(item).filter(([, value]) => value !== undefined && typeof value !== 'function');
      entries.forEach(([key, value], index) => {
        parts.push(new Raw(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`), value);
      });
      pushAll([...parts, new Raw('}')]);
    } else out.push(JSON.stringify(item) ?? 'null');
  }
  return out.join('');
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

export interface ActionReply<T = { ok?: boolean; error?: string; [key: string]: unknown }> {
  status: number;
  /** The action's return value (the typed result), or null when the stream held none (e.g. the action threw). */
  result: T | null;
  raw: string;
}

/**
 * Calls a server action the way the browser does: POST to a page that uses it (`options.page`, or one found in the
 * manifest), with the action's id in `Next-Action` and the request context's cookies. The answer is an RSC stream of
 * `id:json` lines; the result is the last line holding an object with an `ok` key.
 */
export async function callAction<T = ActionReply['result'] & object>(
  api: APIRequestContext,
  action: ServerAction,
  args: ActionArgs,
  options: { origin: string; headers?: Record<string, string>; page?: string },
): Promise<ActionReply<T>> {
  const headers = { 'next-action': action.id, accept: 'text/x-component', origin: options.origin, ...options.headers };
  const page = options.page ?? action.page;
  const response =
    'json' in args
      ? await api.post(page, {
          headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' },
          data: encodeReply(args.json),
          maxRedirects: 0,
        })
      : await api.post(page, {
          headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
          data: multipartBody([...prefixed(args.form), ['0', JSON.stringify([null, '$K1'])]]),
          maxRedirects: 0,
        });
  const raw = await response.text();
  let result: T | null = null;
  for (const line of raw.split('\n')) {
    const json = /^[0-9a-f]+:(\{.*\})$/.exec(line)?.[1];
    if (!json) continue;
    try {
      const value = JSON.parse(json) as unknown;
      if (value && typeof value === 'object' && 'ok' in value) result = value as T;
    } catch {
      // Not a JSON row (another kind of RSC chunk).
    }
  }
  return { status: response.status(), result, raw };
}
