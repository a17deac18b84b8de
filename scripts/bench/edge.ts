/**
 * Bench rows for issue 16 (decision 022): the article through the shipped edge (nginx with deploy/nginx/, cache warm)
 * against nginx serving the same HTML as a static file (gzip_static, same TLS settings), both at 50 connections in
 * this run; and the resident memory of each process of `npm start` after the load runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { freePort } from '../db/embedded-postgres';
import { processTree, startNginx, stopNginx } from '../cluster/services';

export interface EdgeUrls {
  edge: string;
  staticFile: string;
  stop: () => void;
}

/** Starts the edge in front of the bench server and a static nginx with the article's HTML. */
export async function startEdgeAndStatic(dir: string, appPort: number, articlePath: string, html: string) {
  const [http, https, purge, staticPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const edge = startNginx(path.join(dir, 'edge'), { http, https, purge }, [appPort]);
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
    edge: `${edge.url}${articlePath}`,
    staticFile: `https://127.0.0.1:${staticPort}/`,
    stop: () => {
      stopNginx(edge.dir);
      stopNginx(root);
    },
  } satisfies EdgeUrls;
}

/** Proportional set size (shared pages split between the processes that share them), in MB. */
function pssMegabytes(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

function rssMegabytes(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

function role(pid: number): string {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    if (command.includes('scripts/start.ts') || command.includes('launcher')) return 'launcher';
    if (command.includes('server.ts') || command.includes('next-server') || command.includes('next start'))
      return 'app server';
    if (command.includes('postgres')) return 'PostgreSQL (all its processes)';
    return 'other';
  } catch {
    return 'gone';
  }
}

export interface MemoryRow {
  role: string;
  processes: number;
  rssMb: number;
  pssMb: number;
}

/** The memory of everything `npm start` runs, by role, after the load runs. */
export function memoryOf(launcherPid: number): MemoryRow[] {
  const rows = new Map<string, MemoryRow>();
  for (const pid of processTree(launcherPid)) {
    const name = role(pid);
    const row = rows.get(name) ?? { role: name, processes: 0, rssMb: 0, pssMb: 0 };
    row.processes++;
    row.rssMb += rssMegabytes(pid);
    row.pssMb += pssMegabytes(pid);
    rows.set(name, row);
  }
  const list = [...rows.values()];
  list.push({
    role: 'whole of npm start',
    processes: list.reduce((sum, row) => sum + row.processes, 0),
    rssMb: list.reduce((sum, row) => sum + row.rssMb, 0),
    pssMb: list.reduce((sum, row) => sum + row.pssMb, 0),
  });
  return list;
}
