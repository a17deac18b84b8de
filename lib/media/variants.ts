/**
 * Image processing for uploads: every image is decoded and re-encoded, never stored as uploaded. Re-encoding is what
 * removes EXIF (GPS position, camera serial, capture time), XMP and IPTC, which could identify a photographer or a
 * source: sharp writes no metadata unless asked to (`keepMetadata`, `withExif`, …), and converts to sRGB.
 * It also turns any polyglot (an image that is also HTML or a script) into plain pixels.
 */
import sharp, { type FormatEnum, type Sharp, type SharpOptions } from 'sharp';
import type { DetectedType } from './sniff';

/** Widths of the WebP variants for the public site's `srcset`; only those narrower than the original are made. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

/** 50 megapixels: above any camera the foundation uses, below what would exhaust a small server's memory. */
export const MAX_INPUT_PIXELS = 50_000_000;

export type ImageType = Exclude<DetectedType, 'pdf'>;

export type EncodedImage = { data: Buffer; width: number; height: number };

export type ProcessedImage =
  { ok: true; original: EncodedImage; variants: EncodedImage[] } | { ok: false; error: 'corrupt' | 'too-large' };

/** The decoder sharp must report for each sniffed type, so a file cannot pass the sniffer as one thing and decode as another. */
const expectedDecoder: Record<ImageType, keyof FormatEnum> = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif' };

const inputOptions: SharpOptions = {
  // A backstop for the header check below, in case a decoder reports different dimensions than metadata().
  limitInputPixels: MAX_INPUT_PIXELS,
  // Truncated or broken pixel data aborts; mere encoder warnings (common in phone JPEGs) do not.
  failOn: 'error',
};

/** Decodes the upload (first frame only for animations) and applies the EXIF orientation before anything else. */
const decode = (bytes: Uint8Array): Sharp => sharp(bytes, inputOptions).rotate();

/**
 * The stored original keeps its format; quality is high because it is the archive copy and the largest size served.
 * Speed settings are chosen for the upload request (measured on a 24-megapixel photo, 2 cores): mozjpeg would take
 * 3 s instead of 0.6 s for 6% less, AVIF at the default effort 50 s instead of 3 s for 4% less.
 */
function encodeOriginal(image: Sharp, type: ImageType): Sharp {
  switch (type) {
    case 'jpeg':
      return image.jpeg({ quality: 90, progressive: true }); // progressive: a preview early on slow connections
    case 'png':
      return image.png();
    case 'webp':
      return image.webp({ quality: 90 });
    case 'avif':
      return image.avif({ quality: 70, effort: 0 });
  }
}

async function encode(image: Sharp): Promise<EncodedImage> {
  const { data, info } = await image.toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * Re-encodes the original without metadata and makes the WebP variants. Any decoding failure is reported as
 * 'corrupt' (sharp's messages are not a stable interface), never thrown.
 */
export async function processImage(bytes: Uint8Array, type: ImageType): Promise<ProcessedImage> {
  try {
    // The header alone gives the dimensions, so an oversized image is refused before its pixels are decoded.
    const meta = await sharp(bytes, inputOptions).metadata();
    if (meta.format !== expectedDecoder[type] || (type === 'avif' && meta.compression !== 'av1')) {
      return { ok: false, error: 'corrupt' };
    }
    if (meta.width * (meta.pageHeight ?? meta.height) > MAX_INPUT_PIXELS) return { ok: false, error: 'too-large' };

    const original = await encode(encodeOriginal(decode(bytes), type));
    const variants: EncodedImage[] = [];
    // One at a time: each decode of a large image takes memory, and uploads are rare enough not to need parallelism.
    for (const width of VARIANT_WIDTHS.filter((w) => w < original.width)) {
      variants.push(await encode(decode(bytes).resize({ width, withoutEnlargement: true }).webp({ quality: 80 })));
    }
    return { ok: true, original, variants };
  } catch (error) {
    // Only the pixel-limit backstop is told apart; should sharp reword it, it degrades to 'corrupt', still a refusal.
    return { ok: false, error: /pixel limit/i.test(String(error)) ? 'too-large' : 'corrupt' };
  }
}
