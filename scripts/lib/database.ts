/**
 * The database the launcher and the scripts use: DATABASE_URL when set (nothing embedded), otherwise an embedded
 * PostgreSQL with its data in .data/postgres.
 */
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres';
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
  embedded?: EmbeddedDatabase;
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
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(dataDir(), 'postgres'),
    password: postgresPassword,
    database: 'habar',
  });
  log(
    `embedded PostgreSQL on 127.0.0.1:${embedded.port} (data in ${path.relative(process.cwd(), path.join(dataDir(), 'postgres')) || '.'}), ${Date.now() - started} ms`,
  );
  return { url: embedded.url, embedded };
}
