/**
 * Bench rows for issue 16 (decision 022): the article through the shipped edge (nginx with deploy/nginx/, cache warm)
 * against nginx serving the same HTML as a static file (gzip_static, same TLS settings), both at 50 connections in
 * this run; and the app alone as a share of the in-memory Node server. Memory: ./memory.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:https';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { freePort } from '../db/embedded-postgres';
import { startNginx, stopNginx } from '../cluster/services';
import { describeRun, measure, type Run } from './load';

export interface EdgeUrls {
  edge: string;
  staticFile: string;
  stop: () => void;
}

/** Starts the edge in front of the bench server and a static nginx with the article's HTML. */
export async function startEdgeAndStatic(dir: string, appPort: number, articlePath: string, html: string) {
  const [http, https, purge, staticPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const edge = startNginx(path.join(dir, 'edge'), { http, https, purge }, [appPort]);
  try {
    return startStatic(dir, staticPort, `${edge.url}${articlePath}`, html, () => stopNginx(edge.dir));
  } catch (error) {
    stopNginx(edge.dir);
    throw error;
  }
}

function startStatic(dir: string, staticPort: number, edgeUrl: string, html: string, stopEdge: () => void): EdgeUrls {
  const root = path.join(dir, 'static');
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'article.html'), html);
  writeFileSync(path.join(root, 'article.html.gz'), gzipSync(html, { level: 9 }));
  const edgeDir = path.join(dir, 'edge');
  const conf = path.join(root, 'nginx.conf');
  writeFileSync(
    conf,
    [
      `pid ${root}/nginx.pid;`,
      `error_log ${root}/error.log warn;`,
      'worker_processes 1;',
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${root}/body; proxy_temp_path ${root}/proxy;`,
      `  fastcgi_temp_path ${root}/fastcgi; uwsgi_temp_path ${root}/uwsgi; scgi_temp_path ${root}/scgi;`,
      '  server {',
      `    listen 127.0.0.1:${staticPort} ssl http2;`,
      `    ssl_certificate ${edgeDir}/cert.pem; ssl_certificate_key ${edgeDir}/key.pem;`,
      '    ssl_protocols TLSv1.2 TLSv1.3; ssl_session_cache shared:static_tls:10m;',
      `    root ${root};`,
      '    gzip_static on;',
      '    location / { default_type text/html; try_files /article.html =404; }',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'nobody', root]);
  execFileSync('nginx', ['-p', root, '-c', conf]);
  return {
    edge: edgeUrl,
    staticFile: `https://127.0.0.1:${staticPort}/`,
    stop: () => {
      stopEdge();
      stopNginx(root);
    },
  };
}

/** The edge's cache status for one gzip request (the certificate is the bench's own, self-signed). */
function cacheStatus(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = get(url, { rejectUnauthorized: false, headers: { 'accept-encoding': 'gzip' } }, (response) => {
      response.resume();
      response.on('end', () => resolve(`${response.statusCode} ${String(response.headers['x-cache-status'])}`));
    });
    request.on('error', reject);
  });
}

export interface EdgeFigures {
  edge: Run;
  staticFile: Run;
}

/**
 * The article through the edge (its cache warm: the first request stores it, a later one must be a HIT) against the
 * static file, at 50 connections each. Both nginx are stopped before this returns, whatever happens.
 */
export async function measureEdge(
  dir: string,
  appPort: number,
  articlePath: string,
  html: string,
  log: (line: string) => void,
): Promise<EdgeFigures> {
  const urls = await startEdgeAndStatic(dir, appPort, articlePath, html);
  try {
    let status = '';
    for (let i = 0; i < 40 && status !== '200 HIT'; i++) {
      status = await cacheStatus(urls.edge).catch((error: unknown) => String(error));
      if (status !== '200 HIT') await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (status !== '200 HIT') throw new Error(`the edge did not cache the article (last answer: ${status})`);
    const edge = await measure('article through the edge (nginx, TLS, cache warm)', urls.edge, 50);
    log(describeRun(edge));
    const staticFile = await measure('same HTML as a static file (nginx, TLS, gzip_static)', urls.staticFile, 50);
    log(describeRun(staticFile));
    return { edge, staticFile };
  } finally {
    urls.stop();
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
const verdict = (ok: boolean) => (ok ? 'holds' : '**misses**');

/**
 * The issue-16 performance rows: the edge against the static file, and the app alone (the cached article at 50
 * connections, gzip) as a share of the in-memory Node server of the same run.
 */
export function edgeReport(figures: EdgeFigures, appAlone: Run, inMemory: Run): EdgeFigures & { lines: string[] } {
  const edgeShare = figures.edge.rps / Math.max(1, figures.staticFile.rps);
  const appShare = appAlone.rps / Math.max(1, inMemory.rps);
  const lines = [
    `Edge vs static file at 50 connections: ${figures.edge.rps} vs ${figures.staticFile.rps} req/s = ${percent(figures.edge.rps, figures.staticFile.rps)} (goal at least 50%) — ${verdict(edgeShare >= 0.5)}.`,
    `App alone (no edge), cached article, gzip, 50 connections: ${appAlone.rps} req/s = ${percent(appAlone.rps, inMemory.rps)} of the in-memory Node server's ${inMemory.rps} req/s (goal at least twice the 3.6–4.5% measured before issue 16, i.e. 7.2–9%) — ${verdict(appShare >= 0.09)}${appShare >= 0.072 && appShare < 0.09 ? ' against the upper end, holds against the lower' : ''}.`,
  ];
  return { ...figures, lines };
}
