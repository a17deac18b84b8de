import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, encodePage, etagOf, notModified } from '@/lib/public/representation';

const html = `<!doctype html><html lang="tk"><title>Habar</title><p>${'Türkmenistanda adam hukuklary. '.repeat(200)}</p>`;
const request = (headers: Record<string, string>) => new Request('http://localhost/tk', { headers });

describe('a public page stored compressed once', () => {
  const encoded = encodePage(html, new Date('2026-12-03T10:00:00Z'));

  it('keeps gzip and brotli bodies that decode to the same HTML, each smaller than a fifth of it', () => {
    const gzip = Buffer.from(encoded.gzip, 'base64');
    const br = Buffer.from(encoded.br, 'base64');
    expect(gunzipSync(gzip).toString('utf8')).toBe(html);
    expect(brotliDecompressSync(br).toString('utf8')).toBe(html);
    expect(gzip.length).toBeLessThan(Buffer.byteLength(html) / 5);
    expect(br.length).toBeLessThanOrEqual(gzip.length);
  });

  it('has one strong ETag per representation, the same for the same HTML, another for changed HTML', () => {
    const tags = (['br', 'gzip', 'identity'] as const).map((encoding) => etagOf(encoded, encoding));
    expect(new Set(tags).size).toBe(3);
    for (const tag of tags) expect(tag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(etagOf(encodePage(html), 'br')).toBe(tags[0]);
    expect(etagOf(encodePage(`${html}.`), 'br')).not.toBe(tags[0]);
    expect(encoded.modified).toBe('Thu, 03 Dec 2026 10:00:00 GMT');
  });

  it('answers a conditional request by ETag (any representation, weak or strong) before the date', () => {
    expect(notModified(request({ 'if-none-match': etagOf(encoded, 'gzip') }), encoded)).toBe(true);
    expect(notModified(request({ 'if-none-match': `"x", W/${etagOf(encoded, 'br')}` }), encoded)).toBe(true);
    expect(notModified(request({ 'if-none-match': '*' }), encoded)).toBe(true);
    // A changed page: the old ETag no longer matches, whatever the date says.
    expect(
      notModified(
        request({ 'if-none-match': etagOf(encodePage('<p>old</p>'), 'br'), 'if-modified-since': encoded.modified }),
        encoded,
      ),
    ).toBe(false);
    expect(notModified(request({ 'if-modified-since': encoded.modified }), encoded)).toBe(true);
    expect(notModified(request({ 'if-modified-since': 'Wed, 02 Dec 2026 10:00:00 GMT' }), encoded)).toBe(false);
    expect(notModified(request({ 'if-modified-since': 'yesterday-ish' }), encoded)).toBe(false);
    expect(notModified(request({}), encoded)).toBe(false);
  });

  it("follows the reader's Accept-Encoding and its q-values", () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.9')).toBe('gzip');
    expect(chooseEncoding('identity')).toBe('identity');
    expect(chooseEncoding(null)).toBe('identity');
    expect(chooseEncoding('*;q=0, identity')).toBe('identity');
    expect(chooseEncoding('x'.repeat(5000))).toBe('identity');
  });
});
