/**
 * `npm test`: every test. Unit and integration tests (vitest, against a throw-away PostgreSQL), then a production
 * build if the current one is stale, then the browser tests (Playwright in Chromium) against the real launcher on a
 * throw-away database seeded with the demo content. Never touches the demo data in .data/.
 *
 * It fails when any runner exits non-zero, reports an error of its own, fails a test, or runs fewer tests than it
 * found (scripts/lib/test-runners.ts). The browser tests' server takes a free port, or E2E_PORT when set (and stops
 * with a line naming it when something else holds it).
 *
 * Flags: --e2e-only, --unit-only. Extra arguments after `--` (or any argument that is not a flag) go to Playwright.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startEmbeddedPostgres, stopServerIn, type EmbeddedDatabase } from './db/embedded-postgres';
import { buildIfStale } from './lib/build-stamp';
import { projectRoot } from './lib/settings';
import { isPortBusy, runPlaywright, runVitest, verdict, type RunnerReport } from './lib/test-runners';
import { assertLocalDatabaseUrl } from '../tests/support/local-database-guard';

const args = process.argv.slice(2);
const log = (line: string) => console.log(`[test] ${line}`);
const failure = (runner: string, error: string): RunnerReport => ({
  runner,
  exitCode: 1,
  found: null,
  passed: 0,
  failed: 0,
  skipped: 0,
  errors: [error],
});

function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

function playwrightArgs(): string[] {
  if (args.includes('--')) return args.slice(args.indexOf('--') + 1);
  return args.filter((arg) => !arg.startsWith('--'));
}

/** E2E_PORT when set and free; a free port otherwise. A busy E2E_PORT is an error naming it. */
async function e2ePort(): Promise<number | string> {
  const wanted = process.env.E2E_PORT;
  if (!wanted) return freePort();
  const port = Number(wanted);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return `E2E_PORT=${wanted} is not a port number`;
  if (await isPortBusy(port)) {
    return `E2E_PORT=${port} is already in use by another process: stop it, or unset E2E_PORT to take a free port`;
  }
  return port;
}

async function e2eDatabase(
  folder: string,
): Promise<{ url: string; env: Record<string, string>; embedded?: EmbeddedDatabase }> {
  if (process.env.TEST_DATABASE_URL) {
    assertLocalDatabaseUrl(process.env.TEST_DATABASE_URL);
    const url = new URL(process.env.TEST_DATABASE_URL);
    const name = `habar_e2e_${Date.now()}`;
    const { default: pg } = await import('pg');
    const adminUrl = new URL(url);
    adminUrl.pathname = '/postgres';
    const client = new pg.Client({ connectionString: adminUrl.toString() });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    url.pathname = `/${name}`;
    return { url: url.toString(), env: {} };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(folder, 'postgres'),
    password: 'e2e',
    database: 'habar_e2e',
  });
  // The database-down test stops this server and starts it again on the same folder and port.
  return {
    url: embedded.url,
    embedded,
    env: {
      E2E_PG_DATA_DIR: path.join(folder, 'postgres'),
      E2E_PG_PORT: String(embedded.port),
      E2E_PG_PASSWORD: 'e2e',
    },
  };
}

async function browserTests(resultsDir: string): Promise<RunnerReport> {
  const chromium = findChromium();
  if (!chromium) {
    return failure('playwright', 'Chromium not found: `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH');
  }
  const port = await e2ePort();
  if (typeof port === 'string') return failure('playwright', port);
  if (!(await buildIfStale(log))) return failure('playwright', 'next build failed');
  const folder = mkdtempSync(path.join(tmpdir(), 'habar-e2e-'));
  chmodSync(folder, 0o755);
  let embedded: EmbeddedDatabase | undefined;
  try {
    const database = await e2eDatabase(folder);
    embedded = database.embedded;
    log(`browser tests (Playwright, Chromium), server on port ${port}`);
    return await runPlaywright({
      cwd: projectRoot,
      args: playwrightArgs(),
      outputFile: path.join(resultsDir, 'e2e-results.json'),
      env: {
        ...process.env,
        CHROMIUM_PATH: chromium,
        E2E_PORT: String(port),
        E2E_DATABASE_URL: database.url,
        E2E_DATA_DIR: folder,
        ...database.env,
      },
    });
  } finally {
    await embedded?.stop();
    // If a test restarted the server, that process is not ours to hold: stop whatever runs on the folder.
    await stopServerIn(path.join(folder, 'postgres'));
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const reports: RunnerReport[] = [];
  const resultsDir = path.join(projectRoot, 'test-results');
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });

  if (!args.includes('--e2e-only')) {
    log('unit and integration tests (vitest)');
    reports.push(await runVitest({ cwd: projectRoot, outputFile: path.join(resultsDir, 'vitest-results.json') }));
  }
  if (!args.includes('--unit-only')) reports.push(await browserTests(resultsDir));

  // One closing summary: each runner's counts and verdict, then the total.
  const { ok, lines } = verdict(reports);
  console.log('');
  for (const line of lines) console.log(`[test] ${line}`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
