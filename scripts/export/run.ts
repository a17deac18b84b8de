/**
 * `npm run export -- --out <dir> [--base-url <url>] [--from <url>]`: writes the public site as a static mirror
 * (see mirror.ts) and a zip of it next to the folder (<dir>.zip). Without --from it starts Habar itself on a free
 * port, on the configured database (DATABASE_URL or the embedded one), and stops it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../db/embedded-postgres';
import { dataDir, loadDotEnv, projectRoot } from '../lib/settings';
import { crawl, writeMirror } from './mirror';
import { zip, type ZipEntry } from './zip';
import { launcherArgs } from '../lib/launcher-bundle.mjs';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function listFiles(root: string, dir = root): ZipEntry[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(root, full);
      if (entry.name.startsWith('.habar-')) return [];
      return [
        {
          name: path.relative(root, full).split(path.sep).join('/'),
          data: readFileSync(full),
          modified: statSync(full).mtime,
        },
      ];
    });
}

function embeddedDatabaseInUse(): boolean {
  const pidFile = path.join(dataDir(), 'postgres', 'postmaster.pid');
  if (process.env.DATABASE_URL || !existsSync(pidFile)) return false;
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 0);
    return true;
  } catch {
    return false;
  }
}

async function startServer(baseUrl: string): Promise<{ origin: string; server: ChildProcess }> {
  if (embeddedDatabaseInUse()) {
    throw new Error('Habar is running on this data folder: pass --from <its URL> (e.g. --from http://localhost:3000).');
  }
  const port = await freePort();
  const server = spawn(process.execPath, launcherArgs, {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), PUBLIC_BASE_URL: baseUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 1200; i++) {
    if (server.exitCode !== null) throw new Error('Habar did not start');
    if (
      await fetch(`${origin}/robots.txt`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return { origin, server };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('Habar did not answer in time');
}

async function main(): Promise<void> {
  loadDotEnv();
  const out = option('out');
  if (!out) throw new Error('usage: npm run export -- --out <dir> [--base-url <url>] [--from <url>]');
  const outDir = path.resolve(out);
  const baseUrl = (option('base-url') ?? process.env.PUBLIC_BASE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  const from = option('from')?.replace(/\/+$/, '');
  const started = from ? undefined : await startServer(baseUrl);
  const origin = from ?? started?.origin ?? '';
  try {
    const began = Date.now();
    const { files, broken } = await crawl(origin);
    const report = writeMirror(outDir, files, baseUrl);
    const zipPath = `${outDir}.zip`;
    writeFileSync(zipPath, zip(listFiles(outDir)));
    console.log(
      `[export] ${report.total} files in ${outDir}: wrote ${report.written}, unchanged ${report.unchanged}, removed ${report.removed}; zip ${zipPath} (${Date.now() - began} ms)`,
    );
    if (broken.length > 0) console.log(`[export] not copied (not 200): ${broken.join(', ')}`);
  } finally {
    if (started) {
      const exited = new Promise((resolve) => started.server.once('exit', resolve));
      started.server.kill('SIGTERM');
      await exited;
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[export] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
