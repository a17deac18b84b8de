import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discardIngested, ingestUpload, type IngestedMedia, type IngestResult } from '@/lib/media/ingest';

// Every fixture is generated here with sharp or by hand: no binary files in the repository.
let root: string;
const now = new Date('2026-03-05T12:00:00Z');

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'habar-media-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const canvas = (width: number, height: number, channels: 3 | 4 = 3) =>
  sharp({ create: { width, height, channels, background: { r: 200, g: 40, b: 40, alpha: 0.5 } } });
const withSecretExif = (image: Sharp) => image.withExif({ IFD0: { Make: 'Secret Camera' } }).toBuffer();

async function ingest(bytes: Uint8Array, originalName = 'photo.jpg', uploadsDir = root): Promise<IngestedMedia> {
  const result = await ingestUpload({ bytes, originalName }, { uploadsDir, now });
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.media;
}

const refusal = async (bytes: Uint8Array, originalName: string, maxBytes?: number): Promise<IngestResult> => {
  const uploadsDir = await mkdtemp(path.join(root, 'refused-'));
  const result = await ingestUpload({ bytes, originalName }, { uploadsDir, maxBytes, now });
  expect(await readdir(uploadsDir)).toEqual([]); // a refusal writes nothing
  return result;
};

const stored = (storagePath: string) => readFile(path.join(root, storagePath));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** No metadata as sharp reads it, nor in the bytes: EXIF and XMP identifiers, EXIF's TIFF header, our values. */
async function expectCleanImage(bytes: Buffer) {
  const meta = await sharp(bytes).metadata();
  expect([meta.exif, meta.xmp, meta.iptc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined]);
  for (const marker of ['Exif\0\0', 'II*\0', 'MM\0*', 'Secret Camera', 'Hidden Person', 'http://ns.adobe.com/xap']) {
    expect(bytes.includes(marker), marker).toBe(false);
  }
}

const xmp =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Hidden Person</dc:creator>' +
  '</rdf:Description></rdf:RDF></x:xmpmeta>';

/** A phone photo: camera make, GPS position, XMP author, and Orientation 6 (stored sideways, shown rotated). */
async function phonePhoto(width: number, height: number): Promise<Buffer> {
  // Left half red, right half blue, so the rotation can be checked on the pixels.
  const red = { create: { width: width / 2, height, channels: 3, background: '#f00' } } as const;
  return sharp({ create: { width, height, channels: 3, background: '#00f' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'Secret Camera', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '37/1 57/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '58/1 23/1 0/1' },
    })
    .withXmp(xmp)
    .toBuffer();
}

/** The strongest of red, green and blue at one pixel: robust to JPEG's small colour shifts. */
async function colourAt(bytes: Buffer, left: number, top: number): Promise<string> {
  const rgb = [...(await sharp(bytes).extract({ left, top, width: 1, height: 1 }).removeAlpha().raw().toBuffer())];
  return ['red', 'green', 'blue'][rgb.indexOf(Math.max(...rgb))]!;
}

describe('images', () => {
  it('strips EXIF, GPS and XMP from a JPEG, applies its orientation and makes WebP variants', async () => {
    const input = await phonePhoto(1200, 800);
    const inputMeta = await sharp(input).metadata();
    // The fixture really carries what must go: an EXIF block with the GPS IFD pointer (tag 0x8825), XMP, rotation.
    expect(inputMeta.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect([inputMeta.orientation, inputMeta.xmp?.includes('Hidden Person')]).toEqual([6, true]);
    expect(input.includes('Secret Camera')).toBe(true);

    const media = await ingest(input, 'IMG_0001.JPG');
    expect(media).toMatchObject({ kind: 'image', mimeType: 'image/jpeg', width: 800, height: 1200 });
    expect(media.storagePath).toMatch(/^2026\/03\/[0-9a-f]{16}-img-0001\.jpg$/);
    const original = await stored(media.storagePath);
    await expectCleanImage(original);
    expect(await sharp(original).metadata()).toMatchObject({ format: 'jpeg', width: 800, height: 1200 });
    expect(media.checksum).toBe(sha256(original));
    expect(media.sizeBytes).toBe(original.length);
    // Turned a quarter clockwise: the left (red) half is now on top.
    expect([await colourAt(original, 400, 100), await colourAt(original, 400, 1100)]).toEqual(['red', 'blue']);

    // 960 and 1600 would upscale an 800-pixel-wide image.
    expect(media.variants).toHaveLength(1);
    const [{ storagePath, ...size }] = media.variants as [IngestedMedia['variants'][number]];
    expect(storagePath).toBe(media.storagePath.replace(/\.jpg$/, '-480w.webp'));
    const variant = await stored(storagePath);
    expect(size).toEqual({ width: 480, height: 720, mimeType: 'image/webp', sizeBytes: variant.length });
    expect(await sharp(variant).metadata()).toMatchObject({ format: 'webp', width: 480, height: 720 });
    await expectCleanImage(variant);
  });

  it('keeps PNG transparency and makes every variant narrower than the original', async () => {
    const media = await ingest(await withSecretExif(canvas(2000, 1000, 4).png()), 'chart.png');
    expect(media).toMatchObject({ mimeType: 'image/png', width: 2000, height: 1000 });
    expect(media.storagePath).toMatch(/-chart\.png$/);
    const original = await stored(media.storagePath);
    await expectCleanImage(original);
    expect(media.variants.map((v) => `${v.width}x${v.height}`)).toEqual(['480x240', '960x480', '1600x800']);
    for (const v of media.variants) {
      const meta = await sharp(await stored(v.storagePath)).metadata();
      expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['webp', v.width, v.height, true]);
    }
  });

  it('stores WebP and AVIF in their own format, skipping variants as wide as the original', async () => {
    const webp = await ingest(await canvas(960, 480).webp().withXmp(xmp).toBuffer(), 'banner.webp');
    expect(webp).toMatchObject({ mimeType: 'image/webp', width: 960, height: 480 });
    expect(webp.variants.map((v) => v.width)).toEqual([480]);
    await expectCleanImage(await stored(webp.storagePath));

    // sharp's prebuilt libvips encodes AVIF (AV1) on this machine, so the fixture is a real AVIF file.
    const avif = await ingest(await withSecretExif(canvas(300, 200).avif()));
    expect(avif).toMatchObject({ mimeType: 'image/avif', width: 300, height: 200, variants: [] });
    expect(avif.storagePath).toMatch(/-photo\.avif$/);
    const original = await stored(avif.storagePath);
    expect((await sharp(original).metadata()).compression).toBe('av1');
    await expectCleanImage(original);
  });
});

describe('documents', () => {
  const pdf = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    '3 0 obj << /Author (Secret Author) >> endobj',
    'trailer << /Root 1 0 R /Info 3 0 R >>',
    '%%EOF',
  ].join('\n');

  it('stores a PDF byte for byte as a document, and refuses a truncated one or one with junk before it', async () => {
    const bytes = Buffer.from(pdf);
    const media = await ingest(bytes, 'Доклад 2026.pdf');
    expect(media).toMatchObject({ kind: 'document', mimeType: 'application/pdf', width: null, height: null });
    expect(media).toMatchObject({ originalName: 'Доклад 2026.pdf', variants: [], sizeBytes: bytes.length });
    expect(media.storagePath).toMatch(/^2026\/03\/[0-9a-f]{16}-doklad-2026\.pdf$/);
    // Kept as uploaded, document metadata included: editors must clean PDFs before uploading (see lib/media/ingest.ts).
    expect(await stored(media.storagePath)).toEqual(bytes);
    expect(media.checksum).toBe(sha256(bytes));
    expect(await refusal(Buffer.from(pdf.slice(0, 60)), 'cut.pdf')).toEqual({ ok: false, error: 'corrupt' });
    expect(await refusal(Buffer.from(`<html>${pdf}`), 'polyglot.pdf')).toMatchObject({ error: 'unsupported-type' });
  });
});

describe('refusals', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';
  const prologue =
    '<?xml version="1.0" encoding="UTF-8"?>\n<!-- <html> -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN">\n';

  it('refuses SVG in every disguise', async () => {
    const disguises: Array<[string, Uint8Array]> = [
      ['logo.svg', Buffer.from(svg)],
      ['photo.png', Buffer.from(`\uFEFF \r\n\t${prologue}${svg}`)],
      ['photo.jpg', Buffer.from(`\n<!-- comment -->\n<SVG:svg xmlns:svg="http://www.w3.org/2000/svg"/>`)],
      ['logo.svgz', gzipSync(Buffer.from(prologue + svg))],
      ['photo.webp', Buffer.from(`\uFEFF${prologue}${svg}`, 'utf16le')],
      ['photo.avif', Buffer.from(`  ${svg}`, 'utf16le').swap16()], // UTF-16BE without a byte-order mark
    ];
    for (const [name, bytes] of disguises) {
      expect(await refusal(bytes, name), name).toEqual({ ok: false, error: 'svg-refused' });
    }
  });

  it('refuses HTML, GIF, HEIC, executables and text whatever they are called', async () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic')]);
    const others: Array<[string, Uint8Array]> = [
      ['photo.jpg', Buffer.from('<!doctype html><html><body><script>alert(1)</script><svg></svg></body></html>')],
      ['photo.png', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;')],
      ['photo.avif', heic],
      ['photo.jpg', Buffer.from('MZ\x90\x00\x03\x00\x00\x00')],
      ['photo.pdf', Buffer.from('\x7fELF\x02\x01\x01\x00')],
      ['notes.pdf', Buffer.from('Just some text')],
    ];
    for (const [name, bytes] of others) {
      expect(await refusal(bytes, name), name).toEqual({ ok: false, error: 'unsupported-type' });
    }
  });

  it('checks the size before looking at the content', async () => {
    expect(await refusal(new Uint8Array(0), 'empty.jpg')).toEqual({ ok: false, error: 'empty' });
    // Garbage would be 'unsupported-type' if it were sniffed; it is refused on its size alone.
    expect(await refusal(new Uint8Array(1001).fill(7), 'big.jpg', 1000)).toEqual({ ok: false, error: 'too-large' });
    expect(await refusal(new Uint8Array(20 * 1024 * 1024 + 1), 'big.jpg')).toMatchObject({ error: 'too-large' });
    expect(await refusal(await canvas(100, 100).png().toBuffer(), 'ok.png', 50)).toMatchObject({ error: 'too-large' });
  });

  it('refuses images above 50 megapixels from their header, before decoding the pixels', async () => {
    const jpeg = await canvas(16, 16).jpeg().toBuffer();
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0])); // baseline frame header: precision, height, width
    jpeg.writeUInt16BE(10_000, sof + 5);
    jpeg.writeUInt16BE(10_000, sof + 7);
    expect(await refusal(jpeg, 'huge.jpg')).toEqual({ ok: false, error: 'too-large' });
  });

  it('reports truncated or damaged images as corrupt instead of throwing', async () => {
    const jpeg = await phonePhoto(400, 300);
    const png = await canvas(300, 200).png().toBuffer();
    const webp = await canvas(300, 200).webp().toBuffer();
    const avif = await canvas(300, 200).avif().toBuffer();
    const damaged: Array<[string, Uint8Array]> = [
      ['half.jpg', jpeg.subarray(0, jpeg.length / 2)],
      ['header-only.jpg', jpeg.subarray(0, 40)],
      ['cut.png', png.subarray(0, png.length - 20)],
      ['noise.png', Buffer.concat([png.subarray(0, 8), Buffer.alloc(200, 0xaa)])],
      ['cut.webp', webp.subarray(0, webp.length - 20)],
      ['cut.avif', avif.subarray(0, avif.length - 20)],
    ];
    for (const [name, bytes] of damaged) {
      expect(await refusal(bytes, name), name).toEqual({ ok: false, error: 'corrupt' });
    }
  });
});

describe('storage', () => {
  const tiny = () => canvas(8, 8).jpeg().toBuffer();

  it('derives a safe ASCII name from hostile, foreign and empty names; the extension follows the content', async () => {
    const cases: Array<[string, string, string]> = [
      ['../../etc/passwd', 'passwd', 'passwd'],
      ['C:\\Users\\aziz\\Secret folder\\Ýaşlar.PNG', 'yaslar', 'Ýaşlar.PNG'],
      ['Отчёт о правах человека.png', 'otchet-o-pravakh-cheloveka', 'Отчёт о правах человека.png'],
      ['<img src=x onerror=alert(1)>.png', 'img-src-x-onerror-alert-1', '<img src=x onerror=alert(1)>.png'],
      ['photo\u202Egnp.exe', 'photo-gnp', 'photognp.exe'],
      ['', 'file', 'file.jpg'],
      ['....', 'file', '....'],
      ['.htaccess', 'htaccess', '.htaccess'],
      [`${'x'.repeat(100)}.png`, 'x'.repeat(60), `${'x'.repeat(100)}.png`],
      ['日本語.png', 'file', '日本語.png'],
      [`${'a'.repeat(59)}-b${'c'.repeat(300)}.png`, 'a'.repeat(59), `${'a'.repeat(59)}-b${'c'.repeat(194)}`],
    ];
    for (const [name, stem, originalName] of cases) {
      const media = await ingest(await tiny(), name);
      expect(media.storagePath, name).toMatch(new RegExp(`^2026/03/[0-9a-f]{16}-${stem}\\.jpg$`));
      expect(media.originalName, name).toBe(originalName);
    }
  });

  it('writes files readable by the web server even under a strict umask, and leaves no temp files', async () => {
    const uploadsDir = path.join(root, 'strict', 'uploads');
    const previous = process.umask(0o077);
    let media: IngestedMedia;
    try {
      media = await ingest(await canvas(1000, 800).png().toBuffer(), 'a.png', uploadsDir);
    } finally {
      process.umask(previous);
    }
    for (const dir of ['', '2026', '2026/03']) {
      expect((await stat(path.join(uploadsDir, dir))).mode & 0o777, dir).toBe(0o755);
    }
    const files = [media.storagePath, ...media.variants.map((v) => v.storagePath)];
    for (const file of files) expect((await stat(path.join(uploadsDir, file))).mode & 0o777, file).toBe(0o644);
    expect((await readdir(path.join(uploadsDir, '2026/03'))).sort()).toEqual(files.map((f) => path.basename(f)).sort());

    await discardIngested(uploadsDir, media);
    expect(await readdir(path.join(uploadsDir, '2026/03'))).toEqual([]);
  });

  it('gives every upload its own path, even for the same bytes and name', async () => {
    const bytes = await tiny();
    const [a, b] = [await ingest(bytes, 'same.jpg'), await ingest(bytes, 'same.jpg')];
    expect(a.storagePath).not.toBe(b.storagePath);
    expect(a.checksum).toBe(b.checksum);
  });
});
