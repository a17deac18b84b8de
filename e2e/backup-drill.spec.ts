import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import pg from 'pg';
import { freePort } from '../scripts/db/embedded-postgres';
import { changeStatusOverHttp, paragraphs, saveOverHttp } from './editorial-support';
import {
  embeddedDatabaseUrl,
  launcherDataDir,
  postmasterPid,
  startLauncher,
  stopLauncher,
  waitFor,
} from './launcher-support';
import { DEMO_PASSWORD, freshIp } from './workspace-support';

/**
 * The restore drill (issue 13): demo content plus edits made through the app → scheduled backups (encrypted, the
 * oldest pruned) and a backup by hand → the database and uploads wiped → restore (refused without the private key,
 * done with it) → every public URL answers the same bytes as before, every table has the same rows, staff sign in
 * again (their old sessions ended). On the embedded PostgreSQL; with TEST_DATABASE_URL (CI: Debian's PostgreSQL 15)
 * on a database of that server instead, as production runs it.
 */
const external = process.env.TEST_DATABASE_URL;
const secrets = {
  AUTH_SECRET: 'drill-secret-drill-secret-drill-secret-00',
  TOTP_ENCRYPTION_KEY: 'cd'.repeat(32),
};

interface Target {
  url: string;
  /** Creates the (empty) database where one must be made first. */
  create(): Promise<void>;
  /** Environment for the launcher and the commands: the external database, or none (embedded). */
  env: Record<string, string>;
  wipe(): Promise<void>;
  drop(): Promise<void>;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function target(dataDir: string): Target {
  if (external) {
    const url = new URL(external);
    const name = `habar_drill_${Date.now()}`;
    url.pathname = `/${name}`;
    const create = () => adminQuery(external, `CREATE DATABASE "${name}"`);
    const drop = () => adminQuery(external, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    return {
      url: url.toString(),
      create,
      env: { DATABASE_URL: url.toString(), ...secrets },
      wipe: async () => {
        await drop();
        await create();
        rmSync(path.join(dataDir, 'uploads'), { recursive: true, force: true });
      },
      drop,
    };
  }
  return {
    // Known once the embedded server runs: its port and the password the launcher generated.
    get url() {
      return embeddedDatabaseUrl(dataDir);
    },
    create: () => Promise.resolve(),
    env: {},
    // The operator keeps their configuration (secrets.json here, the environment in production); the data goes.
    wipe: () => {
      rmSync(path.join(dataDir, 'postgres'), { recursive: true, force: true });
      rmSync(path.join(dataDir, 'uploads'), { recursive: true, force: true });
      return Promise.resolve();
    },
    drop: () => Promise.resolve(),
  };
}

async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND relname <> '_prisma_migrations' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of rows) {
      counts[name] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`)).rows[0]?.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

function command(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Every public URL: the sitemap's pages, their lite twins, the feeds, robots.txt, and the uploaded files. */
async function publicUrls(origin: string, uploads: string): Promise<string[]> {
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const lite = pages.map((page) => page.replace(/^\/(ru|tk|en)(\/|$)/, '/$1/lite$2'));
  const feeds = ['ru', 'tk', 'en'].map((locale) => `/${locale}/feed.xml`);
  const categoryFeeds = pages
    .filter((page) => /^\/[a-z]{2}\/categories\/[^/]+$/.test(page))
    .map((page) => `${page}/feed.xml`);
  const media = existsSync(uploads)
    ? readdirSync(uploads, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(uploads, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
        // The site's logo and icons live in uploads/brand/ and are served at /brand/ (lib/site/brand.ts).
        .map((file) => (file.startsWith('brand/') ? `/${file}` : `/media/${file}`))
    : [];
  return [...new Set(['/sitemap.xml', '/robots.txt', ...pages, ...lite, ...feeds, ...categoryFeeds, ...media])].sort();
}

async function snapshot(origin: string, urls: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const url of urls) {
    const response = await fetch(`${origin}${url}`, { redirect: 'manual' });
    const body = Buffer.from(await response.arrayBuffer());
    out[url] = `${response.status} ${createHash('sha256').update(body).digest('hex')}`;
  }
  return out;
}

async function signInOverHttp(origin: string, email: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({
    baseURL: origin,
    extraHTTPHeaders: { 'x-forwarded-for': freshIp(), 'accept-language': 'en' },
  });
  const response = await api.post('/api/workspace/sign-in', {
    headers: { origin, 'content-type': 'application/json' },
    data: { email, password: DEMO_PASSWORD },
  });
  expect(response.status(), await response.text()).toBe(200);
  return api;
}

test.describe('backup and restore drill', () => {
  test.describe.configure({ timeout: 600_000 });
  const dataDir = launcherDataDir('habar-drill-e2e-');
  const db = target(dataDir);
  test.afterAll(async () => {
    await db.drop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  });

  test(`demo content plus edits survive a backup, a wipe and a restore (${external ? 'external PostgreSQL' : 'embedded PostgreSQL'})`, async () => {
    await db.create();
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const identity = await generateX25519Identity();
    const keyFile = path.join(dataDir, 'backup-key.txt');
    writeFileSync(keyFile, `${identity}\n`, { mode: 0o600 });
    const scheduledDir = path.join(dataDir, 'scheduled-backups');
    const env = {
      ...db.env,
      HABAR_WARM_CACHE: '0',
      BACKUP_AGE_RECIPIENT: await identityToRecipient(identity),
      BACKUP_DIR: scheduledDir,
      // About every 5 s, keeping two: the schedule runs and prunes within the test's patience.
      BACKUP_EVERY_HOURS: '0.0015',
      BACKUP_KEEP: '2',
    };
    const first = await startLauncher(dataDir, port, env, ['--demo']);
    let launcher = first;
    try {
      // Edits through the app, as staff make them: a published text rewritten and republished, another withdrawn.
      const editor = await signInOverHttp(origin, 'editor@example.org');
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows: published } = await client.query<{ articleId: string; slug: string; version: number }>(
        `SELECT "articleId", slug, version FROM "ArticleTranslation"
          WHERE status = 'published' AND locale = 'en' ORDER BY "publishedAt" DESC LIMIT 2`,
      );
      await client.end();
      const [rewritten, withdrawn] = published;
      if (!rewritten || !withdrawn) throw new Error('the demo has no two published English articles');
      const saved = await saveOverHttp(editor, origin, {
        articleId: rewritten.articleId,
        locale: 'en',
        baseVersion: rewritten.version,
        title: 'Restored exactly: a drill headline',
        body: paragraphs('Written before the backup, read again after the restore.'),
      });
      expect(saved.result, saved.raw.slice(0, 300)).toMatchObject({ ok: true });
      const version = saved.result?.ok ? saved.result.version : 0;
      await changeStatusOverHttp(editor, origin, {
        articleId: rewritten.articleId,
        locale: 'en',
        transition: 'publish',
        version,
      });
      const unpublished = await changeStatusOverHttp(editor, origin, {
        articleId: withdrawn.articleId,
        locale: 'en',
        transition: 'unpublish',
        version: withdrawn.version,
      });
      expect(unpublished.result, unpublished.raw.slice(0, 300)).toMatchObject({ ok: true });

      // The schedule: encrypted files, the oldest beyond BACKUP_KEEP removed, each outcome recorded.
      const scheduledRuns = async () => {
        const counter = new pg.Client({ connectionString: db.url });
        await counter.connect();
        try {
          const { rows } = await counter.query<{ n: string }>(
            `SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'backup.created' AND details->>'trigger' = 'schedule'`,
          );
          return Number(rows[0]?.n ?? 0);
        } finally {
          await counter.end();
        }
      };
      expect(await waitFor(async () => (await scheduledRuns()) >= 3, 120_000, 1_000)).toBe(true);
      // A run records its outcome and then prunes, and the next one starts seconds later: between two runs the folder
      // holds exactly BACKUP_KEEP files.
      const backupFiles = () => readdirSync(scheduledDir).filter((name) => name.startsWith('habar-backup-'));
      expect(await waitFor(() => Promise.resolve(backupFiles().length === 2), 30_000, 100)).toBe(true);
      const kept = backupFiles();
      for (const name of kept) expect(name).toMatch(/\.tar\.gz\.age$/);
      // Stop the schedule before the snapshot the drill compares against: restart without it.
      await stopLauncher(launcher.child, port);
      launcher = await startLauncher(dataDir, port, { ...db.env, HABAR_WARM_CACHE: '0' });

      // Every public URL, and the withdrawn article's (a 404 before and after).
      const gone = `/en/articles/${withdrawn.slug}`;
      const urls = [...(await publicUrls(origin, path.join(dataDir, 'uploads'))), gone];
      expect(urls.length).toBeGreaterThan(100);
      const before = await snapshot(origin, urls);
      expect(before[gone]).toMatch(/^404 /);
      expect(urls.filter((url) => url !== gone && !before[url]?.startsWith('200 '))).toEqual([]);
      const countsBefore = await rowCounts(db.url);

      // A backup by hand while Habar runs (encrypted to the same key).
      const commandEnv = {
        ...process.env,
        HABAR_DATA_DIR: dataDir,
        NODE_ENV: 'production',
        ...db.env,
        BACKUP_AGE_RECIPIENT: env.BACKUP_AGE_RECIPIENT,
      } as NodeJS.ProcessEnv;
      if (!external) delete commandEnv.DATABASE_URL;
      const manual = path.join(dataDir, 'manual-backups');
      const backup = await command('scripts/backup.ts', ['--out', manual], commandEnv);
      expect(backup.code, backup.output).toBe(0);
      const [file] = readdirSync(manual).filter((name) => name.endsWith('.tar.gz.age'));
      expect(file).toBeDefined();

      // Admins see it in the workspace.
      const admin = await signInOverHttp(origin, 'admin@example.org');
      const page = await (await admin.get('/admin/backups')).text();
      expect(page).toContain(file);
      expect(page).toContain('Succeeded');
      await admin.dispose();

      expect(await stopLauncher(launcher.child, port, external ? undefined : postmasterPid(dataDir))).toEqual([]);
      await db.wipe();

      const backupFile = path.join(manual, file ?? '');
      const withoutKey = await command('scripts/restore.ts', [backupFile], commandEnv);
      expect(withoutKey.code).toBe(1);
      expect(withoutKey.output).toContain('this backup is encrypted');
      const restored = await command('scripts/restore.ts', [backupFile, '--identity', keyFile], commandEnv);
      expect(restored.code, restored.output).toBe(0);
      expect(restored.output).toContain('every checksum matches');

      launcher = await startLauncher(dataDir, port, { ...db.env, HABAR_WARM_CACHE: '0' });
      const countsAfter = await rowCounts(db.url);
      // The same rows, except: sessions ended, and the restore itself in the audit log.
      expect(countsAfter).toEqual({
        ...countsBefore,
        Session: 0,
        AuditEvent: (countsBefore.AuditEvent ?? 0) + 1,
      });
      const after = await snapshot(origin, urls);
      const differing = urls
        .filter((url) => before[url] !== after[url])
        .map((url) => `${url}: ${before[url]} → ${after[url]}`);
      expect(differing).toEqual([]);

      // The old session no longer works; the staff sign in again.
      const oldSession = await editor.get('/admin', { maxRedirects: 0 });
      expect(oldSession.status()).toBe(307);
      expect(oldSession.headers().location).toContain('/admin/login');
      await editor.dispose();
      await (await signInOverHttp(origin, 'editor@example.org')).dispose();
      expect(await stopLauncher(launcher.child, port, external ? undefined : postmasterPid(dataDir))).toEqual([]);
    } finally {
      if (launcher.child.exitCode === null) launcher.child.kill('SIGKILL');
      if (first.child.exitCode === null) first.child.kill('SIGKILL');
    }
  });
});
