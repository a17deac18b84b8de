import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { connectionUrl, freePort, isRunning, stopServerIn } from '../scripts/db/embedded-postgres';
import { paragraphs, saveOverHttp, type Locale } from './editorial-support';
import { callAction, serverAction } from './server-actions';
import { DEMO_PASSWORD, freshIp } from './workspace-support';
import { launcherArgs } from '../scripts/lib/launcher-bundle.mjs';

/**
 * A save is acknowledged only once it is durable: a server of our own (the real launcher on its own embedded
 * PostgreSQL in a temp folder) takes a burst of saves in three languages, and is killed with SIGKILL in the middle
 * (the Next server's process group and the PostgreSQL postmaster at once, so nothing shuts down in order). After a
 * restart on the same data, every acknowledged version is a revision with the text it was acknowledged for.
 */

// Made in beforeAll, not when the file is loaded (the runner loads it too, to list the tests).
let dataDir = '';
const pgDataDir = () => path.join(dataDir, 'postgres');

interface Launcher {
  child: ChildProcess;
  output: () => string;
}
const running: Launcher[] = [];

async function startLauncher(port: number): Promise<Launcher> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HABAR_DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    HABAR_WARM_CACHE: '0',
    NODE_ENV: 'production',
  };
  delete env.DATABASE_URL;
  delete env.E2E_DATABASE_URL;
  const child = spawn(process.execPath, launcherArgs, {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const launcher = { child, output: () => log };
  running.push(launcher);
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`launcher exited early:\n${log}`);
    const ready = await fetch(`http://127.0.0.1:${port}/en`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return launcher;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`launcher did not serve /en in time:\n${log}`);
}

/** The launcher's child running `next start` (its own process group, so its pid is the group's id). */
function nextServerPid(launcherPid: number): number {
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      // The app's server: bundled by npm start (decision 024), its source through tsx, or Next's own "next-server".
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (parent === launcherPid && /next-server|next start|\/server\.(ts|mjs)\b/.test(command)) {
        return Number(entry);
      }
    } catch {
      // The process ended while we looked.
    }
  }
  throw new Error(`no next server under launcher ${launcherPid}`);
}

function postmasterPid(): number {
  return Number(readFileSync(path.join(pgDataDir(), 'postmaster.pid'), 'utf8').split('\n')[0]);
}

async function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Stops a launcher in order (SIGTERM: app, then database); one that does not stop is killed with its app. */
async function stopLauncher(launcher: Launcher): Promise<void> {
  const { child } = launcher;
  if (child.exitCode !== null || child.signalCode !== null) return;
  let next: number | undefined;
  try {
    next = nextServerPid(child.pid ?? 0);
  } catch {
    next = undefined;
  }
  child.kill('SIGTERM');
  if (await exited(child, 30_000)) return;
  child.kill('SIGKILL');
  if (next) {
    try {
      process.kill(-next, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

test.describe('durability', () => {
  test.describe.configure({ timeout: 600_000 });
  test.beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'habar-durability-e2e-'));
    chmodSync(dataDir, 0o755); // the embedded server may run as the `postgres` user
  });
  test.afterAll(async () => {
    for (const launcher of running) await stopLauncher(launcher);
    if (!dataDir) return;
    await stopServerIn(pgDataDir());
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('killing the server during a burst of saves loses no acknowledged save', async ({ playwright }) => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const first = await startLauncher(port);
    expect(first.output()).toContain('empty database: seeding demo content');

    const api: APIRequestContext = await playwright.request.newContext({
      baseURL: origin,
      extraHTTPHeaders: { 'x-forwarded-for': freshIp() },
    });
    const signIn = await api.post('/api/workspace/sign-in', {
      headers: { origin },
      data: { email: 'editor@example.org', password: DEMO_PASSWORD },
    });
    expect(signIn.status()).toBe(200);
    const created = await callAction<{ ok: boolean; data?: { articleId: string } }>(
      api,
      serverAction('createArticleAction'),
      {
        json: [
          {
            sourceLocale: 'en',
            title: 'Burst of saves',
            summary: '',
            body: paragraphs('Version 1.'),
            slug: '',
            seoDescription: '',
            coverAlt: '',
            categoryId: '',
            tagIds: [],
            authorIds: [],
            coverMediaId: '',
          },
        ],
      },
      { origin, page: '/admin/articles/new' },
    );
    expect(created.result).toMatchObject({ ok: true });
    const articleId = created.result?.data?.articleId ?? '';

    // Three chains of saves (one per language), each naming the version it last had acknowledged.
    const locales: Locale[] = ['en', 'ru', 'tk'];
    const version: Record<Locale, number> = { en: 1, ru: 0, tk: 0 };
    const acknowledged: { locale: Locale; version: number; title: string }[] = [];
    const refusals: string[] = [];
    let killed = false;
    const chains = locales.map(async (locale) => {
      for (let n = 1; !killed; n++) {
        const title = `Burst ${locale} ${n}`;
        try {
          const answer = await saveOverHttp(api, origin, {
            articleId,
            locale,
            baseVersion: version[locale],
            title,
            body: paragraphs(`Save number ${n} in ${locale}.`, 'x'.repeat(n % 7) || 'y'),
          });
          if (answer.result?.ok) {
            version[locale] = answer.result.version;
            acknowledged.push({ locale, version: answer.result.version, title });
          } else if (!killed) refusals.push(`${locale} ${n}: HTTP ${answer.status} ${answer.raw.slice(0, 200)}`);
        } catch {
          return; // The server is gone: this chain ends.
        }
      }
    });

    // About a second into the burst (once 30 saves are acknowledged), everything dies at once.
    await expect.poll(() => acknowledged.length, { timeout: 60_000, intervals: [50] }).toBeGreaterThanOrEqual(30);
    const launcherPid = first.child.pid ?? 0;
    const nextPid = nextServerPid(launcherPid);
    const databasePid = postmasterPid();
    process.kill(databasePid, 'SIGKILL');
    process.kill(-nextPid, 'SIGKILL');
    killed = true;
    await Promise.all(chains);
    expect(refusals).toEqual([]);
    expect(await exited(first.child, 30_000), 'the launcher ends when its app dies').toBe(true);
    expect(isRunning(databasePid)).toBe(false);
    console.log(`[durability] ${acknowledged.length} saves acknowledged before the kill`);

    // Start again on the same data (PostgreSQL recovers from its write-ahead log).
    const second = await startLauncher(port);
    expect(second.output()).not.toContain('seeding demo content');
    const pgPort = Number(readFileSync(path.join(pgDataDir(), 'postmaster.pid'), 'utf8').split('\n')[3]);
    const secrets = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as {
      POSTGRES_PASSWORD: string;
    };
    const client = new pg.Client({ connectionString: connectionUrl(pgPort, secrets.POSTGRES_PASSWORD, 'habar') });
    await client.connect();
    const stored = await client.query<{ locale: Locale; version: number; title: string }>(
      `SELECT t.locale::text AS locale, r.version, r.title FROM "Revision" r
         JOIN "ArticleTranslation" t ON t.id = r."translationId" WHERE t."articleId" = $1`,
      [articleId],
    );
    const current = await client.query<{ locale: Locale; version: number }>(
      `SELECT locale::text AS locale, version FROM "ArticleTranslation" WHERE "articleId" = $1`,
      [articleId],
    );
    await client.end();
    const revision = (locale: Locale, number: number) =>
      stored.rows.find((row) => row.locale === locale && row.version === number);
    const lost = acknowledged.filter((ack) => revision(ack.locale, ack.version)?.title !== ack.title);
    expect(lost).toEqual([]);
    for (const locale of locales) {
      const last = Math.max(0, ...acknowledged.filter((ack) => ack.locale === locale).map((ack) => ack.version));
      const now = current.rows.find((row) => row.locale === locale)?.version ?? 0;
      // At most the one save in flight at the kill went through without its answer.
      expect(now, locale).toBeGreaterThanOrEqual(last);
      expect(now, locale).toBeLessThanOrEqual(last + 1);
      version[locale] = now;
    }

    // The session survived too, and the next save goes on from the recovered version.
    const after = await saveOverHttp(api, origin, {
      articleId,
      locale: 'en',
      baseVersion: version.en,
      title: 'After the restart',
      body: paragraphs('Saved after the restart.'),
    });
    expect(after.result).toMatchObject({ ok: true, version: version.en + 1 });

    await api.dispose();
    await stopLauncher(second);
    expect(existsSync(path.join(pgDataDir(), 'postmaster.pid'))).toBe(false);
  });
});
