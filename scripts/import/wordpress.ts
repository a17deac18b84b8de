/**
 * `npm run import:wordpress -- <export.xml> [--uploads <dir>] [--dry-run] [--default-language ru|tk|en]
 *   [--category-language "Русский=ru,English=en"] [--report <file.json>] [--server <url> | --no-refresh]`
 *
 * Imports a WordPress export (WXR) into the configured database (DATABASE_URL, or the embedded one: the running
 * Habar's when it is up, else started for the import). When it ends, the public pages are revalidated through the
 * running server (POST /api/internal/revalidate with the internal token); with no server running, the page cache
 * is emptied so the next start renders everything afresh. See lib/import/wordpress/ and decision 020.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { isLocale, type Locale } from '@/i18n/routing';
import { internalToken } from '@/lib/config/internal-token';
import { createPrismaClient } from '@/lib/db/prisma-client';
import { parseCategoryLanguages } from '@/lib/import/wordpress/languages';
import { formatReport } from '@/lib/import/wordpress/report';
import { importWordPress } from '@/lib/import/wordpress/run';
import { WxrError } from '@/lib/import/wordpress/wxr-reader';
import { connectionUrl, isRunning } from '../db/embedded-postgres';
import { deployMigrations } from '../db/schema-engine';
import { resolveDatabase, type ResolvedDatabase } from '../lib/database';
import { dataDir, loadDotEnv, projectRoot, provideSecrets } from '../lib/settings';
import { emptyPageCache } from '../lib/page-cache';

const USAGE =
  'usage: npm run import:wordpress -- <export.xml> [--uploads <dir>] [--dry-run] [--default-language ru|tk|en] ' +
  '[--category-language "Name=ru,Other=en"] [--report <file.json>] [--server <url> | --no-refresh]';

class UsageError extends Error {}

interface Args {
  file: string;
  uploads: string | null;
  dryRun: boolean;
  defaultLocale?: Locale;
  categoryLocales?: Map<string, Locale>;
  reportFile: string | null;
  /** Null: no server uses this database (`--no-refresh`), leave the page cache alone. */
  server: string | null;
}

function parseArgs(argv: string[]): Args {
  const valued = new Set(['--uploads', '--default-language', '--category-language', '--report', '--server']);
  const values = new Map<string, string>();
  const positional: string[] = [];
  let dryRun = false;
  let refresh = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--no-refresh') refresh = false;
    else if (valued.has(arg)) {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      values.set(arg, value);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError(USAGE);
  const language = values.get('--default-language');
  if (language !== undefined && !isLocale(language)) throw new UsageError('--default-language takes ru, tk or en');
  const mapOption = values.get('--category-language');
  const categoryLocales = mapOption === undefined ? undefined : parseCategoryLanguages(mapOption);
  if (typeof categoryLocales === 'string') throw new UsageError(categoryLocales);
  return {
    file: path.resolve(positional[0]!),
    uploads: values.has('--uploads') ? path.resolve(values.get('--uploads')!) : null,
    dryRun,
    ...(language ? { defaultLocale: language } : {}),
    ...(categoryLocales ? { categoryLocales } : {}),
    reportFile: values.get('--report') ?? null,
    server: refresh
      ? (values.get('--server') ?? `http://127.0.0.1:${process.env.PORT || 3000}`).replace(/\/+$/, '')
      : null,
  };
}

/** The embedded PostgreSQL of a Habar that is running on this data folder, if any (its port is in postmaster.pid). */
function runningEmbedded(password: string): string | null {
  const pidFile = path.join(dataDir(), 'postgres', 'postmaster.pid');
  if (process.env.DATABASE_URL || !existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !isRunning(pid) || !Number.isInteger(port) || port <= 0) return null;
  return connectionUrl(port, password, 'habar');
}

function progressPrinter(): (phase: string, done: number, total: number) => void {
  if (!process.stderr.isTTY) return () => {};
  let last = 0;
  return (phase, done, total) => {
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    const share = total > 0 ? done / total : 1;
    const bar = '#'.repeat(Math.round(share * 30)).padEnd(30, '.');
    const amount = phase === 'reading' ? `${(done / 1048576).toFixed(1)} MB` : `${done}/${total} posts`;
    process.stderr.write(`\r${phase.padEnd(9)} [${bar}] ${Math.round(share * 100)}% ${amount}   `);
    if (done >= total && phase === 'importing') process.stderr.write('\n');
  };
}

/** Expires every public page on the running server, or empties the page cache when no server runs. */
async function refreshPublicSite(server: string, authSecret: string): Promise<string> {
  try {
    const response = await fetch(`${server}/api/internal/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${internalToken(authSecret)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: ['public'], immediate: true }),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.ok) return `public pages revalidated on ${server}`;
    return `the server at ${server} refused the revalidation (${response.status}); restart Habar to see the import`;
  } catch {
    // In memory, the cache went with the server; in Redis, this site's keys go now.
    await emptyPageCache().catch(() => null);
    return `no Habar answered at ${server}: the next start renders every page afresh`;
  }
}

/**
 * Whether the database lacks a migration of this checkout: checked with one query, so the schema engine (a large
 * WebAssembly module) is loaded only when there is something to apply.
 */
async function hasPendingMigrations(url: string): Promise<boolean> {
  const folder = path.join(projectRoot, 'prisma', 'migrations');
  const wanted = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ name: string }>(
      'SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL',
    );
    const applied = new Set(rows.map((row) => row.name));
    return wanted.some((entry) => !applied.has(entry.name));
  } catch {
    return true;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main(): Promise<number> {
  loadDotEnv();
  const args = parseArgs(process.argv.slice(2));
  const { postgresPassword } = provideSecrets();
  const shared = runningEmbedded(postgresPassword);
  const database: ResolvedDatabase = shared ? { url: shared } : await resolveDatabase(postgresPassword, () => {});
  const prisma = createPrismaClient(database.url);
  const started = Date.now();
  try {
    if (await hasPendingMigrations(database.url)) await deployMigrations(database.url);
    const report = await importWordPress(prisma, {
      file: args.file,
      uploadsFrom: args.uploads,
      uploadsDir: path.resolve(projectRoot, process.env.UPLOADS_DIR ?? path.join(dataDir(), 'uploads')),
      dryRun: args.dryRun,
      onProgress: progressPrinter(),
      ...(args.defaultLocale ? { defaultLocale: args.defaultLocale } : {}),
      ...(args.categoryLocales ? { categoryLocales: args.categoryLocales } : {}),
    });
    console.log(formatReport(report));
    if (args.reportFile) writeFileSync(args.reportFile, JSON.stringify(report, null, 2) + '\n');
    const peak = process.resourceUsage().maxRSS / 1024;
    console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s, peak memory ${peak.toFixed(0)} MB`);
    if (!args.dryRun && args.server) console.log(await refreshPublicSite(args.server, process.env.AUTH_SECRET ?? ''));
    return 0;
  } finally {
    await prisma.$disconnect();
    await database.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    const message = error instanceof WxrError ? error.message : error instanceof Error ? error.message : String(error);
    console.error(`import stopped: ${message}`);
    process.exit(1);
  },
);
