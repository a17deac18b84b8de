/**
 * Cover illustrations for the demo articles, drawn here as flat SVG scenes and rendered by sharp, so the demo needs no
 * image files in git and no network. Each goes through the same processing as an upload (lib/media/variants.ts):
 * an original without metadata and the WebP variants the public site's `srcset` offers. Real covers come from the
 * media library.
 */
import sharp from 'sharp';

export const COVER_WIDTH = 2000;
export const COVER_HEIGHT = 1125;

const W = COVER_WIDTH;
const H = COVER_HEIGHT;

/** Repeats a shape template over a range, for rows of windows, furrows and the like. */
const repeat = (count: number, shape: (index: number) => string) =>
  Array.from({ length: count }, (_, i) => shape(i)).join('');

/** The motif of each cover, over a two-colour sky; plain geometry in muted colours. */
const scenes: Record<string, (a: string, b: string) => string> = {
  'protest-square': (a) =>
    `<rect y="760" width="${W}" height="${H - 760}" fill="#d9dde3"/>` +
    `<rect x="700" y="260" width="600" height="500" fill="${a}" opacity=".85"/>` +
    repeat(5, (i) => `<rect x="${760 + i * 110}" y="320" width="60" height="380" fill="#f4f1ea" opacity=".5"/>`) +
    repeat(14, (i) => {
      const x = 180 + i * 125;
      return (
        `<circle cx="${x}" cy="${820 + (i % 3) * 14}" r="26" fill="#2b2f36"/><rect x="${x - 28}" y="${846 + (i % 3) * 14}" width="56" height="150" rx="22" fill="#2b2f36"/>` +
        (i % 3 === 0
          ? `<rect x="${x - 4}" y="${660 + (i % 2) * 20}" width="8" height="170" fill="#2b2f36"/><rect x="${x - 70}" y="${600 + (i % 2) * 20}" width="140" height="90" fill="#f4f1ea"/>`
          : '')
      );
    }),
  'cotton-field': (a) =>
    `<rect y="560" width="${W}" height="${H - 560}" fill="${a}"/>` +
    repeat(9, (row) =>
      repeat(
        24,
        (i) => `<circle cx="${i * 90 + (row % 2) * 45}" cy="${600 + row * 62}" r="${12 + row * 2.2}" fill="#f7f5ee"/>`,
      ),
    ) +
    `<circle cx="1620" cy="260" r="110" fill="#f3d58a"/>`,
  'airport-hall': (a) =>
    `<rect y="800" width="${W}" height="${H - 800}" fill="#c9ced8"/>` +
    `<rect x="520" y="180" width="960" height="360" rx="12" fill="#1c2230"/>` +
    repeat(
      6,
      (i) =>
        `<rect x="570" y="${220 + i * 52}" width="${420 + ((i * 97) % 300)}" height="24" fill="#f2c14e"/><rect x="1300" y="${220 + i * 52}" width="120" height="24" fill="${i === 2 ? '#e4572e' : '#6fcf97'}"/>`,
    ) +
    repeat(4, (i) => `<rect x="${200 + i * 480}" y="560" width="40" height="240" fill="${a}"/>`) +
    `<rect x="860" y="690" width="70" height="110" rx="10" fill="#2b2f36"/><circle cx="895" cy="650" r="32" fill="#2b2f36"/><rect x="950" y="740" width="90" height="60" rx="8" fill="#6b4f3a"/>`,
  'closed-door': (a) =>
    `<rect width="${W}" height="${H}" fill="#cfc8b8"/>` +
    `<rect x="650" y="120" width="700" height="1005" fill="${a}"/>` +
    `<rect x="760" y="240" width="480" height="260" fill="#2b2f36"/>` +
    repeat(7, (i) => `<rect x="${790 + i * 66}" y="240" width="16" height="260" fill="#9aa0a6"/>`) +
    `<circle cx="1260" cy="720" r="26" fill="#d9c58a"/>`,
  'city-blocks': (a) =>
    `<rect y="900" width="${W}" height="${H - 900}" fill="#b9b2a5"/>` +
    repeat(7, (i) => {
      const h = 320 + ((i * 137) % 360);
      return (
        `<rect x="${80 + i * 270}" y="${900 - h}" width="220" height="${h}" fill="${i === 3 ? '#8d7b68' : a}" opacity="${i === 3 ? 1 : 0.85}"/>` +
        repeat(
          Math.floor(h / 80),
          (j) =>
            `<rect x="${105 + i * 270}" y="${930 - h + j * 80}" width="170" height="30" fill="#f4f1ea" opacity=".55"/>`,
        )
      );
    }) +
    `<path d="M880 900 L960 700 L1040 760 L1120 640 L1200 900 Z" fill="#6e6256"/>`,
  passport: (a) =>
    `<rect x="640" y="180" width="720" height="860" rx="36" fill="${a}"/>` +
    `<circle cx="1000" cy="520" r="150" fill="none" stroke="#e8c872" stroke-width="16"/>` +
    `<path d="M1000 390 L1030 480 L1125 480 L1048 535 L1078 625 L1000 570 L922 625 L952 535 L875 480 L970 480 Z" fill="#e8c872"/>` +
    repeat(3, (i) => `<rect x="780" y="${780 + i * 60}" width="${440 - i * 90}" height="22" rx="11" fill="#e8c872"/>`),
  'phone-signal': (a) =>
    `<rect x="770" y="170" width="460" height="860" rx="60" fill="#1c2230"/><rect x="805" y="250" width="390" height="680" rx="12" fill="${a}"/>` +
    repeat(
      4,
      (i) =>
        `<rect x="${890 + i * 60}" y="${520 - i * 70}" width="36" height="${90 + i * 70}" rx="6" fill="#f4f1ea" opacity="${i > 1 ? 0.25 : 0.9}"/>`,
    ) +
    `<path d="M880 700 L1120 460" stroke="#e4572e" stroke-width="26" stroke-linecap="round"/>`,
  newsprint: (a) =>
    `<rect x="420" y="160" width="1160" height="820" fill="#f4f1ea" transform="rotate(-4 1000 570)"/>` +
    `<g transform="rotate(-4 1000 570)"><rect x="500" y="230" width="1000" height="70" fill="#2b2f36"/>` +
    `<rect x="500" y="340" width="470" height="300" fill="${a}"/>` +
    repeat(9, (i) => `<rect x="1010" y="${345 + i * 34}" width="${490 - (i % 3) * 40}" height="14" fill="#9aa0a6"/>`) +
    repeat(7, (i) => `<rect x="500" y="${680 + i * 34}" width="${1000 - (i % 4) * 60}" height="14" fill="#9aa0a6"/>`) +
    `</g><rect x="1180" y="600" width="420" height="60" fill="#e4572e" transform="rotate(-20 1390 630)"/>`,
  hospital: (a) =>
    `<rect y="860" width="${W}" height="${H - 860}" fill="#cfd6dc"/>` +
    `<rect x="560" y="300" width="880" height="560" fill="#eef1f4"/>` +
    `<rect x="900" y="200" width="200" height="200" fill="${a}"/><rect x="975" y="230" width="50" height="140" fill="#fff"/><rect x="930" y="275" width="140" height="50" fill="#fff"/>` +
    repeat(
      10,
      (i) =>
        `<rect x="${610 + (i % 5) * 165}" y="${460 + Math.floor(i / 5) * 170}" width="110" height="110" fill="#9fb3c8"/>`,
    ),
};

export const coverKeys = Object.keys(scenes);

/** The cover as a JPEG, like a photo an editor would upload; the caller makes the variants. */
export async function coverJpeg(key: string, colors: [string, string]): Promise<Buffer> {
  const scene = scenes[key];
  if (!scene) throw new Error(`No demo cover scene named ${key}`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colors[1]}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#sky)"/>${scene(colors[0], colors[1])}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 86 }).toBuffer();
}
