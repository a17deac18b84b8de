import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

/**
 * One request to this installation's own server (the launcher's warm-up and scheduler ticks, the re-render after a
 * publish), through Node's `http` module rather than `fetch`: the first `fetch` loads undici, about 24 MB resident,
 * which the launcher would then hold for the life of the site (issue 16's memory goal). No server imports: the
 * launcher uses it. A request that has not finished after `timeoutMs` fails.
 */
export interface PlainResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export function plainRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<PlainResponse> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    request.setTimeout(options.timeoutMs ?? 60_000, () => request.destroy(new Error('timed out')));
    request.on('error', reject);
    request.end();
  });
}
