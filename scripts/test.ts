/**
 * `npm test`: every test. Unit and integration tests (vitest, against a throw-away PostgreSQL), then a production
 * build if the current one is stale, then the browser tests (Playwright in Chromium) against the real launcher on a
 * throw-away database seeded with the demo content. Never touches the demo data in .data/.
 *
 * Flags: --e2e-only, --unit-only. Extra arguments after `--` go to Playwright.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, stopServerIn, type EmbeddedDatabase } from './db/embedded-postgres';
import { buildIfStale } from './lib/build-stamp';
import { projectRoot } from './lib/settings';
import { assertLocalDatabaseUrl } from '../tests/support/local-database-guard';

const args = process.argv.slice(2);
const bin = (name: string) => path.join(projectRoot, 'node_modules', '.bin', name);
const log = (line: string) => console.log(`[test] ${line}`);

/**
 * Runs a command to completion without blocking this process: its event loop must keep reaping child processes
 * (e.g. the test database, which a browser test stops and restarts).
 */
function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env, cwd: projectRoot });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const { stats } = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

async function main(): Promise<number> {
  const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
  const add = (counts: Counts) => {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  };
  const resultsDir = path.join(projectRoot, 'test-results');
  rmSync(resultsDir, { recursive: true, force: true });

  if (!args.includes('--e2e-only')) {
    log('unit and integration tests (vitest)');
    const output = path.join(resultsDir, 'vitest-results.json');
    await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
    add(vitestCounts(output));
  }

  if (!args.includes('--unit-only')) {
    const chromium = findChromium();
    if (!chromium) {
      console.error(
        '[test] Chromium not found: install it with `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH.',
      );
      totals.failed += 1;
    } else {
      if (!(await buildIfStale(log))) {
        console.error('[test] next build failed');
        return 1;
      }
      const folder = mkdtempSync(path.join(tmpdir(), 'habar-e2e-'));
      chmodSync(folder, 0o755);
      let embedded: EmbeddedDatabase | undefined;
      try {
        let databaseUrl: string;
        let e2eDatabaseServer: Record<string, string> = {};
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
          databaseUrl = url.toString();
        } else {
          embedded = await startEmbeddedPostgres({
            dataDir: path.join(folder, 'postgres'),
            password: 'e2e',
            database: 'habar_e2e',
          });
          databaseUrl = embedded.url;
          // The database-down test stops this server and starts it again on the same folder and port.
          e2eDatabaseServer = {
            E2E_PG_DATA_DIR: path.join(folder, 'postgres'),
            E2E_PG_PORT: String(embedded.port),
            E2E_PG_PASSWORD: 'e2e',
          };
        }
        log('browser tests (Playwright, Chromium)');
        const extra = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];
        await run(bin('playwright'), ['test', ...extra], {
          ...process.env,
          CHROMIUM_PATH: chromium,
          E2E_DATABASE_URL: databaseUrl,
          E2E_DATA_DIR: folder,
          ...e2eDatabaseServer,
        });
        add(playwrightCounts(path.join(resultsDir, 'e2e-results.json')));
      } finally {
        await embedded?.stop();
        // If a test restarted the server, that process is not ours to hold: stop whatever runs on the folder.
        await stopServerIn(path.join(folder, 'postgres'));
        rmSync(folder, { recursive: true, force: true });
      }
    }
  }

  // One plain closing line for every runner together.
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  return totals.failed > 0 || totals.passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
