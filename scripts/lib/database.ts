/**
 * The database the launcher and the scripts use: DATABASE_URL when set (nothing embedded), otherwise an embedded
 * PostgreSQL with its data in .data/postgres.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { errorFields } from '@/lib/log';
import {
  connectionUrl,
  isRunning,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
  type EmbeddedOptions,
} from '../db/embedded-postgres';
import { dataDir } from './settings';

export class UnreachableDatabaseError extends Error {}

function describeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}`;
  } catch {
    return 'the host in DATABASE_URL';
  }
}

/** Connects once; failure becomes one clear line naming the host (never a stack trace). */
export async function assertReachable(url: string, timeoutMs = 5000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UnreachableDatabaseError(
      `Cannot reach PostgreSQL at ${describeHost(url)} (${reason}). Check DATABASE_URL and that the server is running.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export interface ResolvedDatabase {
  url: string;
  /** The embedded server currently running (replaced when the supervisor restarts it). */
  embedded?: EmbeddedDatabase;
  /** How it was started, to start it again the same way. */
  embeddedOptions?: EmbeddedOptions;
}

export async function resolveDatabase(
  postgresPassword: string,
  log: (line: string) => void,
): Promise<ResolvedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await assertReachable(external);
    return { url: external };
  }
  const started = Date.now();
  const embeddedOptions = { dataDir: path.join(dataDir(), 'postgres'), password: postgresPassword, database: 'habar' };
  const embedded = await startEmbeddedPostgres(embeddedOptions);
  log(
    `embedded PostgreSQL on 127.0.0.1:${embedded.port} (data in ${path.relative(process.cwd(), path.join(dataDir(), 'postgres')) || '.'}), ${Date.now() - started} ms`,
  );
  return { url: embedded.url, embedded, embeddedOptions };
}

/**
 * The embedded server already running on this data folder (the launcher's), from its lock file: pid and port.
 * Starting a second one would stop it (startEmbeddedPostgres clears a folder's leftover server).
 */
export function runningEmbedded(): { pid: number; port: number } | null {
  const lock = path.join(dataDir(), 'postgres', 'postmaster.pid');
  if (!existsSync(lock)) return null;
  const lines = readFileSync(lock, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && isRunning(pid) && port > 0 ? { pid, port } : null;
}

/**
 * The database for a command run beside the app (a backup): DATABASE_URL, or the embedded server the launcher is
 * running (used, not owned), or the embedded server started for the command (stopped by the caller).
 */
export async function databaseForCommand(
  postgresPassword: string,
  log: (line: string) => void,
): Promise<ResolvedDatabase> {
  const running = process.env.DATABASE_URL ? null : runningEmbedded();
  if (running) return { url: connectionUrl(running.port, postgresPassword, 'habar') };
  return resolveDatabase(postgresPassword, log);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps the embedded PostgreSQL running while the launcher runs: when its process exits without being asked to
 * (a crash, the OOM killer, someone's kill), it is started again on the same folder and port, so the app's
 * DATABASE_URL stays valid and its connection pool reconnects by itself. Attempts are spaced 0.5 s, 1 s, 2 s… up to
 * 10 s apart (a killed server's last processes may still hold its shared memory for a moment).
 */
export function superviseEmbedded(
  database: ResolvedDatabase,
  hooks: { stopping: () => boolean; log: Logger; restarted?: (embedded: EmbeddedDatabase) => void },
): void {
  const current = database.embedded;
  const options = database.embeddedOptions;
  if (!current || !options) return;
  void current.exited.then(async () => {
    if (hooks.stopping()) return;
    hooks.log.error({ postgresPid: current.pid }, 'embedded PostgreSQL exited unexpectedly: starting it again');
    for (let attempt = 0; !hooks.stopping(); attempt++) {
      await pause(Math.min(10_000, 500 * 2 ** attempt));
      if (hooks.stopping()) return;
      try {
        const started = await startEmbeddedPostgres({ ...options, port: current.port });
        database.embedded = started;
        hooks.log.warn(
          { postgresPid: started.pid, port: started.port, attempt: attempt + 1 },
          'embedded PostgreSQL is back',
        );
        hooks.restarted?.(started);
        superviseEmbedded(database, hooks);
        return;
      } catch (error) {
        hooks.log.error({ ...errorFields(error), attempt: attempt + 1 }, 'embedded PostgreSQL did not start again');
      }
    }
  });
}
