/**
 * Turns an uploaded file into stored media, ready for a `Media` row. Pure server code (no Prisma, no auth, no Next)
 * that takes the uploads folder as a parameter; the workspace's upload action checks permissions, calls this and
 * creates the row.
 *
 * Order matters: the size is checked before anything looks at the bytes, the type is sniffed before anything
 * decodes them, and nothing is written until the upload has been fully processed.
 */
import { createHash } from 'node:crypto';
import { sniff, typeInfo } from './sniff';
import { removeFiles, safeFileStem, displayName, storageBase, storeFiles } from './storage';
import { processImage, type EncodedImage } from './variants';
import { MAX_UPLOAD_BYTES } from '@/lib/config/body-limits';

/** 20 MiB (lib/config/body-limits.ts, which the proxy and Next's own limits follow). */
export const DEFAULT_MAX_UPLOAD_BYTES = MAX_UPLOAD_BYTES;

/** Mirrors the `MediaKind` enum in prisma/schema.prisma (this module stays free of Prisma). */
export type MediaKind = 'image' | 'document';

/** One entry of `Media.variants`. A type alias, not an interface: Prisma's JSON input accepts only the former. */
export type MediaVariant = { width: number; height: number; storagePath: string; mimeType: string; sizeBytes: number };

/** The fields of a `Media` row, as stored. */
export type IngestedMedia = {
  kind: MediaKind;
  storagePath: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  checksum: string;
  variants: MediaVariant[];
};

export type IngestError = 'empty' | 'too-large' | 'unsupported-type' | 'svg-refused' | 'corrupt';

export type IngestResult = { ok: true; media: IngestedMedia } | { ok: false; error: IngestError };

export type IngestInput = { bytes: Uint8Array; originalName: string };

export type IngestOptions = { uploadsDir: string; maxBytes?: number; now?: Date };

type Prepared = { original: EncodedImage | { data: Uint8Array; width: null; height: null }; variants: EncodedImage[] };

/**
 * Validates, cleans and stores an upload. Refusals come back as `{ ok: false, error }` and write nothing; only a
 * storage failure (full disk, permissions) throws, after removing what it had written.
 */
export async function ingestUpload(input: IngestInput, options: IngestOptions): Promise<IngestResult> {
  const { bytes } = input;
  if (bytes.byteLength === 0) return { ok: false, error: 'empty' };
  if (bytes.byteLength > (options.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES)) return { ok: false, error: 'too-large' };

  const sniffed = sniff(bytes);
  if ('refused' in sniffed) return { ok: false, error: sniffed.refused === 'svg' ? 'svg-refused' : 'unsupported-type' };
  const { type } = sniffed;

  let prepared: Prepared;
  if (type === 'pdf') {
    // Stored byte for byte, document metadata (Info dictionary, XMP) included: removing it reliably means rewriting
    // the PDF (object streams, incremental updates), which needs a real PDF library. Editors must clean PDFs first.
    if (!pdfLooksComplete(bytes)) return { ok: false, error: 'corrupt' };
    prepared = { original: { data: bytes, width: null, height: null }, variants: [] };
  } else {
    const processed = await processImage(bytes, type);
    if (!processed.ok) return processed;
    prepared = processed;
  }

  const { mimeType, ext } = typeInfo[type];
  const stem = safeFileStem(input.originalName);
  const base = storageBase(options.now ?? new Date(), stem);
  const { original } = prepared;
  const variants = prepared.variants.map((variant) => ({
    ...variant,
    // `-<width>w` cannot collide with the original: that ends in `.<ext>` right after the stem.
    storagePath: `${base}-${variant.width}w.webp`,
  }));
  const storagePath = `${base}.${ext}`;
  await storeFiles(options.uploadsDir, [{ storagePath, data: original.data }, ...variants]);

  return {
    ok: true,
    media: {
      kind: type === 'pdf' ? 'document' : 'image',
      storagePath,
      originalName: displayName(input.originalName) || `${stem}.${ext}`,
      mimeType,
      sizeBytes: original.data.byteLength,
      width: original.width,
      height: original.height,
      checksum: createHash('sha256').update(original.data).digest('hex'),
      variants: variants.map(({ width, height, storagePath, data }) => ({
        width,
        height,
        storagePath,
        mimeType: 'image/webp',
        sizeBytes: data.byteLength,
      })),
    },
  };
}

/** Deletes the files of an ingested upload: for the upload action when creating the `Media` row fails. */
export async function discardIngested(
  uploadsDir: string,
  media: Pick<IngestedMedia, 'storagePath' | 'variants'>,
): Promise<void> {
  await removeFiles(uploadsDir, [media.storagePath, ...media.variants.map((variant) => variant.storagePath)]);
}

/**
 * A PDF cut short in transit lacks its final `%%EOF` marker (readers look for it in the last 1024 bytes); refusing
 * those catches truncated uploads without parsing the document.
 */
function pdfLooksComplete(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-1024);
  return tail.includes('%%EOF');
}
