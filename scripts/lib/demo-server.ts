/**
 * A production Habar on a throw-away data folder with the demo content, on a free port: for `npm run bench` and
 * `npm run screenshots`, which must not touch the developer's `.data/`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../db/embedded-postgres';
import { buildIfStale } from './build-stamp';
import { projectRoot } from './settings';
import { launcherArgs } from './launcher-bundle.mjs';

export interface DemoServer {
  base: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error('the server exited during start-up');
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer`);
}

export async function startDemoServer(
  log: (line: string) => void,
  extraEnv: Record<string, string> = {},
): Promise<DemoServer> {
  if (!(await buildIfStale(log))) throw new Error('next build failed');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'habar-demo-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HABAR_DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_BASE_URL: base,
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, launcherArgs, {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await waitFor(`${base}/en`, child);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return {
    base,
    dataDir,
    process: child,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
