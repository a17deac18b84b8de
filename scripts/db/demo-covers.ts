/**
 * Cover illustrations for the demo articles: small PNG gradients drawn here, so the demo needs no image files in git
 * and no network. Real covers come from the media library.
 */
import { deflateSync } from 'node:zlib';
import { crc32 } from '../export/zip';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** A horizontal two-colour gradient as an RGB PNG. */
export function gradientPng(width: number, height: number, from: string, to: string): Buffer {
  const [r1, g1, b1] = hexToRgb(from);
  const [r2, g2, b2] = hexToRgb(to);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    // A left-to-right gradient: the first row is stored with filter "Sub" and every later row with filter "Up"
    // (all zeros, identical to the row above), so a cover costs a reader about a kilobyte.
    raw[row] = y === 0 ? 1 : 2;
    if (y > 0) continue;
    let previous = [0, 0, 0];
    for (let x = 0; x < width; x++) {
      const t = x / (width - 1);
      const pixel = [r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t].map(Math.round);
      pixel.forEach((value, channel) => {
        raw[row + 1 + x * 3 + channel] = (value - (previous[channel] as number) + 256) & 0xff;
      });
      previous = pixel;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
