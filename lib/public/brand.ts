import 'server-only';
import { readFile } from 'node:fs/promises';
import { routing } from '@/i18n/routing';
import { env } from '@/lib/env';
import { resolveStored } from '@/lib/media/storage';
import { defaultIconSvg, icoFrom } from '@/lib/site/brand';
import { notFoundResponse } from './serve';
import { siteData } from './site';

/**
 * The organisation's logo and icon (lib/site/brand.ts) and the favicons. Brand files are named by their content's
 * hash, so they are cached for a year. An SVG is served with a policy that forbids everything but drawing, in case
 * a reader opens it directly: it was sanitised on upload, and this is the second wall.
 */
const types = { svg: 'image/svg+xml', png: 'image/png', ico: 'image/x-icon' } as const;
type Ext = keyof typeof types;

const brandName = /^([0-9a-f]{16})\.(svg|png|ico)$/;

function fileResponse(bytes: Uint8Array, ext: Ext, cacheControl: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': types[ext],
      'content-length': String(bytes.byteLength),
      'cache-control': cacheControl,
      'x-content-type-options': 'nosniff',
      ...(ext === 'svg' ? { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" } : {}),
    },
  });
}

/** `/brand/<hash>.<ext>`: only names of that shape, read from the uploads folder's brand/ folder. */
export async function serveBrandFile(name: string): Promise<Response> {
  const match = brandName.exec(name);
  if (!match) return notFoundResponse(routing.defaultLocale);
  try {
    const bytes = await readFile(resolveStored(env().UPLOADS_DIR, `brand/${name}`));
    return fileResponse(bytes, match[2] as Ext, 'public, max-age=31536000, immutable');
  } catch {
    return notFoundResponse(routing.defaultLocale);
  }
}

let defaultIco: Promise<Uint8Array> | null = null;

/**
 * `/favicon.ico` and `/favicon.svg`: the icon admins uploaded (its ICO made on upload), else the built-in one. A day
 * of caching: a new icon reaches browsers within a day, and the address stays the one browsers ask for by habit.
 */
export async function serveFavicon(ext: 'ico' | 'svg'): Promise<Response> {
  const { icon } = (await siteData()).identity;
  const cache = 'public, max-age=86400';
  try {
    if (icon && ext === 'ico')
      return fileResponse(await readFile(resolveStored(env().UPLOADS_DIR, icon.ico)), 'ico', cache);
    if (icon?.path.endsWith('.svg') && ext === 'svg') {
      return fileResponse(await readFile(resolveStored(env().UPLOADS_DIR, icon.path)), 'svg', cache);
    }
  } catch (error) {
    console.error(`[public] icon file unreadable: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (ext === 'svg') return fileResponse(new TextEncoder().encode(defaultIconSvg), 'svg', cache);
  defaultIco ??= icoFrom(new TextEncoder().encode(defaultIconSvg));
  return fileResponse(await defaultIco, 'ico', cache);
}
