/**
 * Content sniffing for uploads. The type of a file is decided by its bytes only: names and client-sent MIME types are
 * chosen by whoever uploads, so trusting them would let an HTML page or a script in as "photo.jpg".
 *
 * Safety comes from the allow-list (JPEG, PNG, WebP, AVIF, PDF, each recognised by its signature); the SVG check
 * below only picks a clearer refusal message, so it may be heuristic without letting anything through.
 */
import { constants, gunzipSync } from 'node:zlib';

export type DetectedType = 'jpeg' | 'png' | 'webp' | 'avif' | 'pdf';

export type Sniffed = { type: DetectedType } | { refused: 'svg' | 'unsupported' };

/** MIME type and file extension we store each detected type under (all served by lib/public/media.ts). */
export const typeInfo: Record<DetectedType, { mimeType: string; ext: string }> = {
  jpeg: { mimeType: 'image/jpeg', ext: 'jpg' },
  png: { mimeType: 'image/png', ext: 'png' },
  webp: { mimeType: 'image/webp', ext: 'webp' },
  avif: { mimeType: 'image/avif', ext: 'avif' },
  pdf: { mimeType: 'application/pdf', ext: 'pdf' },
};

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GZIP = [0x1f, 0x8b];

/** Identifies the upload from its first bytes. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, JPEG)) return { type: 'jpeg' };
  if (startsWith(bytes, PNG)) return { type: 'png' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { type: 'webp' };
  if (isAvif(bytes)) return { type: 'avif' };
  // Only at offset 0: readers tolerate junk before the header, which is how PDF polyglots are built.
  if (ascii(bytes, 0, 5) === '%PDF-') return { type: 'pdf' };
  return { refused: looksLikeSvg(bytes) ? 'svg' : 'unsupported' };
}

/**
 * AVIF is an ISO-BMFF file whose leading `ftyp` box names `avif` (still) or `avis` (sequence) as its major or a
 * compatible brand. HEIC shares the container but not the brands, and sharp here cannot decode it anyway.
 */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const declared = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  // A box size below the header or past the end of the file is not a box we understand; cap the brand scan too.
  const end = Math.min(declared >= 16 ? declared : 0, bytes.length, 4096);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands.some((brand) => brand === 'avif' || brand === 'avis');
}

/** True when the bytes are an SVG document: plain, behind a BOM, whitespace, XML prologue or comments, or gzipped. */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = startsWith(bytes, GZIP) ? gunzipHead(bytes) : bytes.subarray(0, 8192);
  if (!head) return false;
  const text = decodeHead(head).replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  if (/<!doctype\s+svg\b/i.test(text)) return true;
  // The first start tag (`<?xml`, `<!DOCTYPE` and comments do not match), with an optional namespace prefix.
  const root = /<(?:[a-z_][\w.-]*:)?([a-z_][\w.-]*)/i.exec(text);
  return root?.[1]?.toLowerCase() === 'svg';
}

/** The start of a gzip stream (.svgz), read from a bounded slice so a decompression bomb stays small. */
function gunzipHead(bytes: Uint8Array): Uint8Array | undefined {
  try {
    // Z_SYNC_FLUSH returns what the truncated slice decodes to instead of failing on the missing end of stream.
    const out = gunzipSync(bytes.subarray(0, 2048), {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: 4 * 1024 * 1024,
    });
    return out.subarray(0, 8192);
  } catch {
    return undefined;
  }
}

/** Text of the first bytes, honouring UTF-8 and UTF-16 byte-order marks. */
function decodeHead(head: Uint8Array): string {
  // The decoder drops a matching BOM itself; malformed sequences become U+FFFD rather than throwing.
  if (startsWith(head, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(head);
  if (startsWith(head, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(head);
  // Dropping NULs turns BOM-less UTF-16 markup into readable ASCII-range text, whatever its byte order.
  return new TextDecoder('utf-8').decode(head).replaceAll('\0', '');
}
