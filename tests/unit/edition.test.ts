import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from '@/lib/media/svg';
import { snippetToHtml } from '@/lib/public/search';
import { picture } from '@/lib/render/public/cards';
import { readingMinutes, wordCount } from '@/lib/render/public/reading';
import { shareTargets } from '@/lib/render/public/share';
import { prepareBrandImage } from '@/lib/site/brand';
import { identityTextSchema, mirrorUrl, pgpFingerprint } from '@/lib/site/identity';

const svg = (inner: string, attributes = 'viewBox="0 0 10 10"') =>
  new TextEncoder().encode(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attributes}>${inner}</svg>`,
  );

/** Hostile SVGs: each must come out without its payload (or be refused), and still be a picture. */
const hostile: Record<string, string> = {
  script: '<script>alert(1)</script><rect width="5" height="5"/>',
  cdataScript: '<script><![CDATA[alert(1)]]></script><rect width="5" height="5"/>',
  onload: '<rect width="5" height="5" onload="alert(1)" onclick="alert(2)" onmouseover="alert(3)"/>',
  javascriptHref: '<a href="javascript:alert(1)"><rect width="5" height="5"/></a>',
  xlinkJavascript: '<a xlink:href="javascript:alert(1)"><text>x</text></a>',
  externalUse: '<use href="https://evil.example/sprite.svg#icon"/><use xlink:href="//evil.example/x.svg#a"/>',
  externalImage: '<image href="https://evil.example/track.png" width="5" height="5"/>',
  dataImage: '<image href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" width="5" height="5"/>',
  foreignObject:
    '<foreignObject width="10" height="10"><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example"></iframe><script>alert(1)</script></body></foreignObject>',
  styleImport: '<style>@import url("https://evil.example/x.css"); rect{fill:red}</style><rect width="5" height="5"/>',
  styleUrl: '<rect width="5" height="5" style="fill:url(https://evil.example/p#g)"/>',
  filterUrl: '<rect width="5" height="5" filter="url(https://evil.example/f.svg#f)"/>',
  animateHref: '<a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a>',
  setHref: '<set attributeName="onload" to="alert(1)"/><rect width="5" height="5"/>',
  iframe: '<iframe src="https://evil.example"></iframe><rect width="5" height="5"/>',
  nestedSvgScript: '<svg><script>alert(1)</script></svg><rect width="5" height="5"/>',
  entityInAttribute: '<rect width="5" height="5" onload="&#97;lert(1)"/>',
};

const forbidden = [
  /<script/i,
  /\son\w+=/i,
  /javascript:/i,
  /evil\.example/i,
  /foreignObject/i,
  /@import/i,
  /<iframe/i,
  /data:/i,
  /<animate|<set/i,
];

describe('SVG sanitising (logos and icons)', () => {
  for (const [name, payload] of Object.entries(hostile)) {
    it(`removes ${name}`, async () => {
      const result = sanitizeSvg(svg(payload));
      if (!result.ok) return; // refusing is also safe
      for (const pattern of forbidden) expect(result.svg, `${name}: ${pattern}`).not.toMatch(pattern);
      // What is left is still an SVG picture that librsvg can draw.
      await expect(sharp(Buffer.from(result.svg)).png().toBuffer()).resolves.toBeInstanceOf(Buffer);
    });
  }

  it('keeps drawing: shapes, paths, local gradients and their url(#id) references', () => {
    const result = sanitizeSvg(
      svg(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#123"/></linearGradient></defs><path d="M0 0h10v10z" fill="url(#g)"/>',
      ),
    );
    expect(result.ok && result.svg).toContain('fill="url(#g)"');
    expect(result.ok && result.svg).toContain('<linearGradient id="g">');
  });

  it('refuses document types and entities (XML bombs, external entities), non-SVG and oversized input', () => {
    const bomb = new TextEncoder().encode(
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><text>&b;</text></svg>',
    );
    expect(sanitizeSvg(bomb)).toEqual({ ok: false, error: 'corrupt' });
    const external = new TextEncoder().encode(
      '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><text>&x;</text></svg>',
    );
    expect(sanitizeSvg(external)).toEqual({ ok: false, error: 'corrupt' });
    expect(sanitizeSvg(new TextEncoder().encode('<html><body>hi</body></html>'))).toEqual({
      ok: false,
      error: 'corrupt',
    });
    expect(sanitizeSvg(new Uint8Array(300 * 1024).fill(32))).toEqual({ ok: false, error: 'too-large' });
    expect(sanitizeSvg(svg('<rect width="1" height="1"/>', ''))).toEqual({ ok: false, error: 'svg-no-size' });
  });

  it('an uploaded logo is stored sanitised; an icon must be square and gets an ICO twin', async () => {
    const logo = await prepareBrandImage('logo', svg(hostile.script as string, 'viewBox="0 0 40 10"'));
    expect(logo.ok).toBe(true);
    if (logo.ok) {
      expect(new TextDecoder().decode(logo.prepared.data)).not.toContain('script');
      expect(logo.prepared.file).toMatchObject({ width: 40, height: 10 });
      expect(logo.prepared.file.path).toMatch(/^brand\/[0-9a-f]{16}\.svg$/);
    }
    expect(await prepareBrandImage('icon', svg('<rect width="1" height="1"/>', 'viewBox="0 0 40 10"'))).toEqual({
      ok: false,
      error: 'not-square',
    });
    const icon = await prepareBrandImage('icon', svg('<rect width="10" height="10"/>'));
    expect(
      icon.ok &&
        Buffer.from(icon.prepared.ico?.data ?? [])
          .subarray(0, 4)
          .toString('hex'),
    ).toBe('00000100');
    expect(await prepareBrandImage('logo', new TextEncoder().encode('GIF89a....'))).toEqual({
      ok: false,
      error: 'unsupported-type',
    });
  });
});

describe('identity settings', () => {
  it('accepts PGP fingerprints of 40 or 64 hex digits with spaces, nothing else', () => {
    expect(pgpFingerprint.parse('3a4f 9c2e 7b1d 6058 e2c9  4a7f 0b3d 18e6 c5a2 f901')).toBe(
      '3A4F9C2E7B1D6058E2C94A7F0B3D18E6C5A2F901',
    );
    expect(pgpFingerprint.safeParse('not a fingerprint').success).toBe(false);
    expect(pgpFingerprint.parse('')).toBe('');
  });

  it('mirrors are http(s) addresses without credentials', () => {
    expect(mirrorUrl.parse('https://mirror.example.org/')).toBe('https://mirror.example.org');
    for (const bad of ['javascript:alert(1)', 'ftp://x.example', 'https://user:pass@x.example', 'not a url']) {
      expect(mirrorUrl.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('refuses more than ten mirrors and a malformed e-mail', () => {
    const base = {
      languages: Object.fromEntries(
        ['ru', 'tk', 'en'].map((l) => [l, { name: '', tagline: '', description: '', address: '' }]),
      ),
      contact: { email: '', phone: '', signal: '', pgpFingerprint: '' },
      mirrors: [] as string[],
      socialImageId: null,
    };
    expect(identityTextSchema.safeParse(base).success).toBe(true);
    expect(
      identityTextSchema.safeParse({ ...base, mirrors: Array.from({ length: 11 }, (_, i) => `https://m${i}.example`) })
        .success,
    ).toBe(false);
    expect(identityTextSchema.safeParse({ ...base, contact: { ...base.contact, email: 'nope' } }).success).toBe(false);
  });
});

describe('public rendering helpers', () => {
  it('responsive pictures: every WebP variant in srcset, sizes, width and height, lazy only when asked', () => {
    const image = {
      path: 'demo/a.jpg',
      width: 2000,
      height: 1125,
      alt: 'Площадь "зимой"',
      variants: [
        { path: 'demo/a-480w.webp', width: 480, height: 270 },
        { path: 'demo/a-960w.webp', width: 960, height: 540 },
        { path: 'demo/a-1600w.webp', width: 1600, height: 900 },
      ],
    };
    const tag = picture(image, { sizes: '100vw', lazy: true }).value;
    expect(tag).toContain(
      'srcset="/media/demo/a-480w.webp 480w, /media/demo/a-960w.webp 960w, /media/demo/a-1600w.webp 1600w, /media/demo/a.jpg 2000w"',
    );
    expect(tag).toContain('sizes="100vw"');
    expect(tag).toContain('width="480" height="270"');
    expect(tag).toContain('loading="lazy"');
    expect(tag).toContain('alt="Площадь &quot;зимой&quot;"');
    expect(picture(image, { sizes: '100vw', lazy: false }).value).not.toContain('loading=');
  });

  it('reading time counts words of the body, at least a minute', () => {
    expect(wordCount('<p>Один два <strong>три</strong></p><p>four – five</p>')).toBe(5);
    expect(readingMinutes('<p>short</p>')).toBe(1);
    expect(readingMinutes(`<p>${'слово '.repeat(1000)}</p>`)).toBe(5);
  });

  it('share links are plain addresses carrying only the URL and title, encoded', () => {
    const targets = shareTargets('https://site.example/en/articles/a?b', 'A & B');
    expect(targets.map((target) => target.name)).toEqual(['Telegram', 'WhatsApp', 'Facebook', 'X', 'VK']);
    for (const target of targets) {
      expect(target.href).toMatch(/^https:\/\//);
      expect(target.href).toContain(encodeURIComponent('https://site.example/en/articles/a?b'));
      expect(target.href).not.toContain('A & B');
    }
  });

  it('search snippets say where the text goes on, and do not end on a comma', () => {
    const text = { head: 'Начало текста, и дальше.', tail: 'конец текста.' };
    expect(snippetToHtml('середина \u0002текста\u0003, ', text)).toBe('… середина <mark>текста</mark> …');
    expect(snippetToHtml('Начало \u0002текста\u0003, и', text)).toBe('Начало <mark>текста</mark>, и …');
    expect(snippetToHtml('конец \u0002текста\u0003.', text)).toBe('… конец <mark>текста</mark>.');
    expect(snippetToHtml('<b>', { head: '<b>', tail: '<b>' })).toBe('&lt;b&gt;');
  });
});
