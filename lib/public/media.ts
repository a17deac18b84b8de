import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { routing } from '@/i18n/routing';
import { env } from '@/lib/env';
import { notFoundResponse } from './serve';

/** Types the public site may serve from the uploads folder; anything else is a 404. */
const types: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
};

const storedName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/**
 * Serves an uploaded file. The path is resolved inside the uploads folder and must stay there; files are served
 * with their stored type and nosniff, never as HTML.
 */
export async function serveMedia(segments: string[]): Promise<Response> {
  const root = path.resolve(env().UPLOADS_DIR);
  // Stored names are plain ASCII (lib/media/storage.ts): anything with an escape or a stray character is no file of
  // ours, and a malformed escape must not become an exception.
  if (!segments.every((segment) => storedName.test(segment))) return notFoundResponse(routing.defaultLocale);
  const file = path.resolve(root, ...segments);
  const type = types[path.extname(file).toLowerCase()];
  if (!type || !file.startsWith(root + path.sep)) return notFoundResponse(routing.defaultLocale);
  try {
    const bytes = await readFile(file);
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': type,
        'content-length': String(bytes.length),
        'cache-control': 'public, max-age=86400',
        'x-content-type-options': 'nosniff',
        'content-disposition': type === 'application/pdf' ? 'attachment' : 'inline',
      },
    });
  } catch {
    return notFoundResponse(routing.defaultLocale);
  }
}
