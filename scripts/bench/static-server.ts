/**
 * The limit of this machine for comparison: a minimal Node HTTP server answering every request with the same bytes
 * from memory (the article's HTML, gzip-compressed like Next sends it). Reads the body from a file given as argument,
 * prints its port, serves until killed.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

const body = gzipSync(readFileSync(process.argv[2] as string));
const server = createServer((_request, response) => {
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-encoding': 'gzip',
    'content-length': body.length,
  });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
});
