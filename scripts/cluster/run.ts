/**
 * deploy/local-cluster.sh up|test|down: Habar as several machines would run it, on this one (decision 022).
 * `up` starts Debian's PostgreSQL 15, redis-server (or valkey), nginx with deploy/nginx/, and two app instances (one
 * build, Next's cache in Redis, uploads in one shared folder) and prints the edge's URL; `down` stops all of it;
 * `test` starts it, runs the checks (scripts/cluster/checks.ts), prints the figures and stops it again.
 * Everything listens on 127.0.0.1, on free ports; the cluster's files live in a folder under /tmp named after the
 * checkout.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../db/embedded-postgres';
import { projectRoot } from '../lib/settings';
import { runChecks } from './checks';
import {
  killPidFile,
  killTree,
  startInstance,
  startNginx,
  startPostgres,
  startRedis,
  stopNginx,
  stopPostgres,
  type Edge,
  type Postgres,
} from './services';

/**
 * Under the system's temporary folder, not the checkout: PostgreSQL (as `postgres`) and nginx's workers (as `nobody`)
 * must reach their folders, and a checkout under a private home folder would refuse them.
 */
const clusterDir = path.join(
  tmpdir(),
  `habar-cluster-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 8)}`,
);
const stateFile = path.join(clusterDir, 'state.json');

export interface Instance {
  name: string;
  port: number;
  pid: number;
  env: Record<string, string>;
}

export interface Cluster {
  dir: string;
  postgres: Postgres;
  redis: { pidFile: string; url: string };
  edge: Edge;
  instances: Instance[];
}

const say = (line: string) => console.log(`[cluster] ${line}`);

export async function waitFor(what: string, check: () => Promise<boolean>, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not within ${seconds} s`);
}

export const answers = (url: string, status = 200) =>
  fetch(url, { signal: AbortSignal.timeout(5_000) }).then(async (response) => {
    await response.arrayBuffer();
    return response.status === status;
  });

export async function startApp(cluster: Cluster, instance: Instance, demo: boolean): Promise<void> {
  instance.pid = startInstance(cluster.dir, instance.name, instance.env, demo);
  // The first start builds, migrates, seeds the demo and warms the shared cache: minutes on two busy cores.
  await waitFor(`instance ${instance.name} ready`, () => answers(`http://127.0.0.1:${instance.port}/readyz`), 900);
}

async function up(): Promise<Cluster> {
  if (existsSync(stateFile)) throw new Error(`a cluster is already up (${stateFile}); run down first`);
  rmSync(clusterDir, { recursive: true, force: true });
  mkdirSync(clusterDir, { recursive: true });
  chmodSync(clusterDir, 0o755);
  const [pgPort, redisPort, http, https, purge, portA, portB] = await Promise.all(
    Array.from({ length: 7 }, () => freePort()),
  );
  const postgres = startPostgres(path.join(clusterDir, 'postgres'), pgPort as number);
  say(`PostgreSQL on 127.0.0.1:${postgres.port}`);
  const redis = startRedis(path.join(clusterDir, 'redis'), redisPort as number);
  say(`Redis on ${redis.url}`);
  const edge = startNginx(
    path.join(clusterDir, 'nginx'),
    { http: http as number, https: https as number, purge: purge as number },
    [portA as number, portB as number],
  );
  say(`nginx on ${edge.url} (purge on 127.0.0.1:${edge.purgePort})`);
  const shared = {
    NODE_ENV: 'production',
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    UPLOADS_DIR: path.join(clusterDir, 'uploads'),
    EDGE_PURGE_URLS: `http://127.0.0.1:${edge.purgePort}`,
    TRUSTED_PROXIES: '127.0.0.1',
    PUBLIC_BASE_URL: edge.url,
    AUTH_SECRET: 'local-cluster-secret-local-cluster-secret',
    TOTP_ENCRYPTION_KEY: 'cd'.repeat(32),
    HABAR_SCHEDULER_SECONDS: '2',
  };
  const instances: Instance[] = ['a', 'b'].map((name, i) => ({
    name,
    port: [portA, portB][i] as number,
    pid: 0,
    env: { ...shared, PORT: String([portA, portB][i]), HABAR_DATA_DIR: path.join(clusterDir, `instance-${name}`) },
  }));
  const cluster: Cluster = { dir: clusterDir, postgres, redis, edge, instances };
  writeFileSync(stateFile, JSON.stringify(cluster, null, 2));
  // One after the other: the first builds, migrates and seeds; the second finds all of it done.
  for (const [i, instance] of instances.entries()) {
    await startApp(cluster, instance, i === 0);
    writeFileSync(stateFile, JSON.stringify(cluster, null, 2));
    say(`instance ${instance.name} on http://127.0.0.1:${instance.port}`);
  }
  say(`edge: ${edge.url} (self-signed certificate)`);
  return cluster;
}

function down(): void {
  if (!existsSync(stateFile)) {
    say('no cluster is up');
    return;
  }
  const cluster = JSON.parse(readFileSync(stateFile, 'utf8')) as Cluster;
  for (const instance of cluster.instances) if (instance.pid) killTree(instance.pid, 'SIGTERM');
  stopNginx(cluster.edge.dir);
  killPidFile(cluster.redis.pidFile);
  try {
    stopPostgres(cluster.postgres);
  } catch {
    // Already stopped.
  }
  rmSync(stateFile, { force: true });
  say('stopped');
}

async function main(): Promise<void> {
  const command = process.argv[2];
  if (command === 'up') {
    await up();
  } else if (command === 'down') {
    down();
  } else if (command === 'test') {
    if (existsSync(stateFile)) down();
    let failed = true;
    try {
      const cluster = await up();
      failed = !(await runChecks(cluster, say));
    } finally {
      down();
    }
    if (failed) process.exit(1);
  } else {
    console.error('usage: deploy/local-cluster.sh up|test|down');
    process.exit(2);
  }
}

main().catch((error: unknown) => {
  console.error(`[cluster] ${error instanceof Error ? error.message : String(error)}`);
  try {
    if (process.argv[2] === 'test') down();
  } finally {
    process.exit(1);
  }
});
