/**
 * The engines of the local cluster (deploy/local-cluster.sh), each started from Debian's packages on 127.0.0.1 and a
 * free port, with its files under the cluster's folder: PostgreSQL 15, redis-server, nginx with the shipped
 * configuration (deploy/nginx/), and app instances through the launcher (scripts/start.ts), one build for all.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../lib/settings';
import { launcherArgs } from '../lib/launcher-bundle.mjs';

const postgresBin = () => {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  const version = versions.find((entry) => entry === '15') ?? versions[0];
  if (!version) throw new Error("Debian's PostgreSQL is not installed (apt install postgresql-15)");
  return path.join('/usr/lib/postgresql', version, 'bin');
};

const isRoot = () => process.getuid?.() === 0;

/** PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user Debian's package creates. */
function asPostgres(command: string, args: string[]): void {
  const [file, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface Postgres {
  dir: string;
  port: number;
  url: string;
}

export function startPostgres(dir: string, port: number): Postgres {
  const bin = postgresBin();
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    mkdirSync(dir, { recursive: true });
    if (isRoot()) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      chownSync(dir, uid, gid);
    }
    chmodSync(dir, 0o700);
    asPostgres(path.join(bin, 'initdb'), ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  }
  resumePostgres({ dir, port });
  asPostgres(path.join(bin, 'psql'), [
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    'postgres',
    '-qc',
    "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'habar') THEN CREATE ROLE habar LOGIN PASSWORD 'habar'; END IF; END$$",
  ]);
  try {
    asPostgres(path.join(bin, 'createdb'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'postgres',
      '-O',
      'habar',
      'habar',
    ]);
  } catch {
    // Already there (a second `up`).
  }
  return { dir, port, url: `postgresql://habar:habar@127.0.0.1:${port}/habar` };
}

/** Starts (again) a stopped cluster database, on 127.0.0.1 only, its socket in its own folder. */
export function resumePostgres(database: Pick<Postgres, 'dir' | 'port'>): void {
  const options = `-p ${database.port} -c listen_addresses=127.0.0.1 -k ${database.dir} -c fsync=off`;
  asPostgres(path.join(postgresBin(), 'pg_ctl'), [
    '-D',
    database.dir,
    '-o',
    options,
    '-w',
    '-l',
    `${database.dir}/log`,
    'start',
  ]);
}

export function stopPostgres(database: Pick<Postgres, 'dir'>): void {
  asPostgres(path.join(postgresBin(), 'pg_ctl'), ['-D', database.dir, '-m', 'fast', '-w', 'stop']);
}

export function startRedis(dir: string, port: number): { pidFile: string; url: string } {
  mkdirSync(dir, { recursive: true });
  const pidFile = path.join(dir, 'redis.pid');
  const server =
    existsSync('/usr/bin/valkey-server') && !existsSync('/usr/bin/redis-server') ? 'valkey-server' : 'redis-server';
  execFileSync(server, [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--daemonize',
    'yes',
    '--pidfile',
    pidFile,
    '--logfile',
    path.join(dir, 'redis.log'),
    '--dir',
    dir,
    '--maxmemory',
    '256mb',
    '--maxmemory-policy',
    'allkeys-lru',
  ]);
  return { pidFile, url: `redis://127.0.0.1:${port}` };
}

export interface Edge {
  dir: string;
  httpsPort: number;
  purgePort: number;
  url: string;
}

/** nginx with deploy/nginx/habar.conf.template (rendered by deploy/nginx/render.sh) and a self-signed certificate. */
export function startNginx(
  dir: string,
  ports: { http: number; https: number; purge: number },
  upstreams: number[],
): Edge {
  mkdirSync(path.join(dir, 'cache'), { recursive: true });
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  if (!existsSync(cert)) {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '30',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
  }
  const site = execFileSync(path.join(projectRoot, 'deploy', 'nginx', 'render.sh'), {
    env: {
      ...process.env,
      HABAR_SERVER_NAME: '127.0.0.1',
      HABAR_TLS_CERT: cert,
      HABAR_TLS_KEY: key,
      // Fail fast: an instance that does not accept a connection within a second is skipped for the next.
      HABAR_UPSTREAMS: upstreams.map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=10s;`).join(' '),
      HABAR_HTTP_LISTEN: `127.0.0.1:${ports.http}`,
      HABAR_HTTPS_LISTEN: `127.0.0.1:${ports.https}`,
      HABAR_HTTPS_SUFFIX: `:${ports.https}`,
      HABAR_PURGE_LISTEN: `127.0.0.1:${ports.purge}`,
      HABAR_PURGE_ALLOW: 'allow 127.0.0.1;',
      HABAR_CACHE_DIR: path.join(dir, 'cache'),
      HABAR_CACHE_MAX_SIZE: '256m',
    },
  }).toString();
  writeFileSync(path.join(dir, 'habar.conf'), site);
  const purgeModule = '/usr/lib/nginx/modules/ngx_http_cache_purge_module.so';
  const temp = (name: string) => path.join(dir, name);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      `load_module ${purgeModule};`,
      `pid ${temp('nginx.pid')};`,
      `error_log ${temp('error.log')} warn;`,
      'worker_processes 1;',
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${temp('body')}; proxy_temp_path ${temp('proxy')};`,
      `  fastcgi_temp_path ${temp('fastcgi')}; uwsgi_temp_path ${temp('uwsgi')}; scgi_temp_path ${temp('scgi')};`,
      '  types { text/html html; }',
      `  include ${temp('habar.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  // As root, nginx's workers drop to nobody: they must be able to write the cache and temp folders.
  if (isRoot()) execFileSync('chown', ['-R', 'nobody', dir]);
  execFileSync('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf')]);
  return { dir, httpsPort: ports.https, purgePort: ports.purge, url: `https://127.0.0.1:${ports.https}` };
}

export function stopNginx(dir: string): void {
  try {
    execFileSync('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-s', 'quit']);
  } catch {
    // Not running.
  }
}

/** Starts an app instance through the launcher, detached, its output in `<dir>/<name>.log`; returns its pid. */
export function startInstance(dir: string, name: string, env: Record<string, string>, demo: boolean): number {
  mkdirSync(dir, { recursive: true });
  const log = openSync(path.join(dir, `${name}.log`), 'a');
  const child = spawn(process.execPath, [...launcherArgs, ...(demo ? ['--demo'] : [])], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', log, log],
    detached: true,
  });
  child.unref();
  if (!child.pid) throw new Error(`instance ${name} did not start`);
  return child.pid;
}

/** A process and everything it started (the launcher's server), from /proc. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // Gone meanwhile.
    }
  }
  const tree: number[] = [];
  const visit = (id: number) => {
    tree.push(id);
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return tree;
}

export function killTree(pid: number, signal: NodeJS.Signals): void {
  for (const id of processTree(pid).reverse()) {
    try {
      process.kill(id, signal);
    } catch {
      // Already gone.
    }
  }
}

export function killPidFile(file: string): void {
  if (!existsSync(file)) return;
  try {
    process.kill(Number(readFileSync(file, 'utf8').trim()), 'SIGTERM');
  } catch {
    // Already gone.
  }
}
