import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connectionUrl, isRunning } from '../scripts/db/embedded-postgres';
import { launcherArgs } from '../scripts/lib/launcher-bundle.mjs';

/**
 * `npm start` run by a test on a data folder of its own (its own embedded PostgreSQL unless DATABASE_URL is given),
 * for the tests of the launcher, the database's recovery and the backup drill.
 */
export function launcherDataDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755); // the embedded server may run as the `postgres` user
  return dir;
}

export interface RunningLauncher {
  child: ChildProcess;
  output: () => string;
  readyAfterMs: number;
}

export async function startLauncher(
  dataDir: string,
  port: number,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<RunningLauncher> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    HABAR_DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    NODE_ENV: 'production',
    ...env,
  };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  delete childEnv.E2E_DATABASE_URL;
  const started = Date.now();
  const child = spawn(process.execPath, [...launcherArgs, ...args], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`launcher exited early:\n${log}`);
    const ok = await fetch(`http://127.0.0.1:${port}/ru`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) return { child, output: () => log, readyAfterMs: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`launcher did not serve /ru in time:\n${log}`);
}

/** The pid of the embedded PostgreSQL running on `dataDir`, from its lock file. */
export function postmasterPid(dataDir: string): number {
  const file = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(file)) throw new Error(`no PostgreSQL running in ${dataDir}`);
  return Number(readFileSync(file, 'utf8').split('\n')[0]);
}

/** The connection URL of the embedded PostgreSQL a launcher runs on `dataDir`: its port and generated password. */
export function embeddedDatabaseUrl(dataDir: string): string {
  const { POSTGRES_PASSWORD } = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as {
    POSTGRES_PASSWORD: string;
  };
  const port = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]);
  return connectionUrl(port, POSTGRES_PASSWORD, 'habar');
}

/** SIGTERM, then: the launcher exited, the database with it, and the port no longer answers. */
export async function stopLauncher(child: ChildProcess, port: number, pgPid?: number): Promise<string[]> {
  const problems: string[] = [];
  const exited = new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  child.kill('SIGTERM');
  await exited;
  if (pgPid) {
    for (let i = 0; i < 100 && isRunning(pgPid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    if (isRunning(pgPid)) problems.push('PostgreSQL still running after SIGTERM');
  }
  const stillServing = await fetch(`http://127.0.0.1:${port}/ru`).then(
    () => true,
    () => false,
  );
  if (stillServing) problems.push('the app still answers after SIGTERM');
  return problems;
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, stepMs = 250): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
  return check();
}
