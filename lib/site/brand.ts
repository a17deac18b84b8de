/**
 * The organisation's logo and icon files: an uploaded SVG is sanitised (lib/media/svg.ts), a PNG is decoded and
 * re-encoded without metadata like every image (lib/media/variants.ts); files are named by their content's hash
 * under `brand/` in the uploads folder, so a new logo is a new address and browsers may keep each one forever.
 * The icon also becomes `favicon.ico` (16, 32 and 48 pixels, PNG inside, encoded by ico-endec).
 */
import { createHash } from 'node:crypto';
import icoEndec from 'ico-endec';
import sharp from 'sharp';
import { sniff } from '@/lib/media/sniff';
import { storeFiles } from '@/lib/media/storage';
import { sanitizeSvg } from '@/lib/media/svg';
import type { BrandFile } from './identity';

export type BrandSlot = 'logo' | 'icon';
export type BrandError = 'empty' | 'too-large' | 'unsupported-type' | 'corrupt' | 'svg-no-size' | 'not-square';

/** A PNG logo larger than this is resized down: the masthead shows it at most 64 pixels high. */
const MAX_PNG_SIDE = 1024;
export const MAX_BRAND_BYTES = 2 * 1024 * 1024;

export type PreparedBrand = { file: BrandFile; data: Uint8Array; ico?: { path: string; data: Uint8Array } };

const named = (data: Uint8Array, ext: 'svg' | 'png' | 'ico') =>
  `brand/${createHash('sha256').update(data).digest('hex').slice(0, 16)}.${ext}`;

const looksLikeSvgText = (bytes: Uint8Array) =>
  /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(new TextDecoder().decode(bytes.subarray(0, 4096)));

/** 16, 32 and 48 pixel PNGs of a picture, packed as one ICO file. */
export async function icoFrom(picture: Uint8Array): Promise<Uint8Array> {
  const sizes = [16, 32, 48];
  const pngs = await Promise.all(
    sizes.map((size) =>
      sharp(picture, { density: 300 })
        .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
        .png()
        .toBuffer(),
    ),
  );
  return new Uint8Array(icoEndec.encode(pngs));
}

/** Checks and cleans an upload for a slot; nothing is written. The icon must be (nearly) square. */
export async function prepareBrandImage(
  slot: BrandSlot,
  bytes: Uint8Array,
): Promise<{ ok: true; prepared: PreparedBrand } | { ok: false; error: BrandError }> {
  if (bytes.byteLength === 0) return { ok: false, error: 'empty' };
  if (bytes.byteLength > MAX_BRAND_BYTES) return { ok: false, error: 'too-large' };
  let data: Uint8Array;
  let ext: 'svg' | 'png';
  let width: number;
  let height: number;
  if (looksLikeSvgText(bytes)) {
    const svg = sanitizeSvg(bytes);
    if (!svg.ok) return svg;
    data = new TextEncoder().encode(svg.svg);
    ext = 'svg';
    ({ width, height } = svg);
    // The sanitised file must still be a picture (librsvg draws it), or it is refused rather than stored broken.
    try {
      await sharp(data).png().toBuffer();
    } catch {
      return { ok: false, error: 'corrupt' };
    }
  } else {
    const sniffed = sniff(bytes);
    if (!('type' in sniffed) || sniffed.type !== 'png') return { ok: false, error: 'unsupported-type' };
    try {
      const { data: png, info } = await sharp(bytes, { limitInputPixels: 50_000_000, failOn: 'error' })
        .resize(MAX_PNG_SIDE, MAX_PNG_SIDE, { fit: 'inside', withoutEnlargement: true })
        .png()
        .toBuffer({ resolveWithObject: true });
      data = new Uint8Array(png);
      ext = 'png';
      width = info.width;
      height = info.height;
    } catch {
      return { ok: false, error: 'corrupt' };
    }
  }
  if (slot === 'icon' && Math.abs(width / height - 1) > 0.1) return { ok: false, error: 'not-square' };
  const file: BrandFile = { path: named(data, ext), width: Math.round(width), height: Math.round(height) };
  if (slot === 'logo') return { ok: true, prepared: { file, data } };
  const ico = await icoFrom(data);
  return { ok: true, prepared: { file, data, ico: { path: named(ico, 'ico'), data: ico } } };
}

export async function storeBrandImage(uploadsDir: string, prepared: PreparedBrand): Promise<void> {
  await storeFiles(uploadsDir, [
    { storagePath: prepared.file.path, data: prepared.data },
    ...(prepared.ico ? [{ storagePath: prepared.ico.path, data: prepared.ico.data }] : []),
  ]);
}

/**
 * The icon until an admin uploads one: a dark blue square with three white lines of text, drawn here (no font, so
 * it renders the same everywhere, also as ICO).
 */
export const defaultIconSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#12355b"/>' +
  '<path d="M8 10h16M8 16h16M8 22h10" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>';
