/**
 * What a first visit to a page costs a reader: the page and every stylesheet, script and image it references,
 * fetched the way a browser does (gzip accepted), counted as bytes on the wire.
 */
import http from 'node:http';

export interface Transfer {
  status: number;
  wireBytes: number;
  body: Buffer;
  encoding: string | undefined;
}

export function fetchCompressed(url: string): Promise<Transfer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: response.statusCode ?? 0,
            wireBytes: body.length,
            body,
            encoding: response.headers['content-encoding'],
          });
        });
      })
      .on('error', reject);
  });
}

export interface PageWeight {
  requests: number;
  html: number;
  css: number;
  js: number;
  images: number;
  total: number;
}

export async function pageWeight(
  baseUrl: string,
  path: string,
  html: string,
  htmlWireBytes: number,
): Promise<PageWeight> {
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] as string);
  const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const js = refs(/<script[^>]+src="([^"]+)"/g);
  const images = refs(/<img[^>]+src="([^"]+)"/g);
  const size = async (list: string[]) => {
    let sum = 0;
    for (const ref of list) sum += (await fetchCompressed(new URL(ref, new URL(path, baseUrl)).toString())).wireBytes;
    return sum;
  };
  const weight = { html: htmlWireBytes, css: await size(css), js: await size(js), images: await size(images) };
  return {
    ...weight,
    requests: 1 + css.length + js.length + images.length,
    total: weight.html + weight.css + weight.js + weight.images,
  };
}
