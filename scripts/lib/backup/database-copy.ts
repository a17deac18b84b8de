/**
 * Habar's tables in and out of PostgreSQL through COPY (pg-copy-streams), in the text format every server version
 * reads: out in one REPEATABLE READ snapshot (a consistent copy while the app keeps writing), in within one
 * transaction after the migrations the backup was taken at (all or nothing). Works the same on the embedded
 * PostgreSQL 18 and on an external PostgreSQL 15 or later; no pg_dump needed (see docs/decisions/016-backups.md).
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { ident, type Manifest } from './format';

/** Counts and hashes bytes on their way through. */
export function hashing(): Transform & { digest: () => { sha256: string; bytes: number } } {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    },
  });
  return Object.assign(stream, { digest: () => ({ sha256: hash.digest('hex'), bytes }) });
}

/**
 * The same text on every server: dates in ISO, times in UTC, floats exact, whatever the server's defaults are.
 */
async function portableSession(client: pg.Client): Promise<void> {
  await client.query(
    `SET datestyle = 'ISO, MDY'; SET timezone = 'UTC'; SET intervalstyle = 'postgres'; SET extra_float_digits = 3`,
  );
}

/** Habar's own tables (everything in `public` but the migrations' bookkeeping), by name. */
async function tablesOf(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
      ORDER BY c.relname`,
  );
  return rows.map((row) => row.name);
}

/** Stored columns in order (generated columns are computed again on the way in). */
async function columnsOf(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
    [`public.${ident(table)}`],
  );
  return rows.map((row) => row.name);
}

export async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

/**
 * Writes every table to `<dir>/database/<Table>.copy` from one snapshot, with its columns, row count and checksum.
 */
export async function exportDatabase(
  client: pg.Client,
  dir: string,
): Promise<Pick<Manifest['database'], 'serverVersion' | 'migrations' | 'tables'>> {
  await portableSession(client);
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
  try {
    const serverVersion = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]
      ?.server_version;
    const migrations = await appliedMigrations(client);
    const tables: Manifest['database']['tables'] = [];
    for (const table of await tablesOf(client)) {
      const columns = await columnsOf(client, table);
      const file = `database/${table}.copy`;
      const hash = hashing();
      const copy = client.query(
        copyStreams.to(`COPY public.${ident(table)} (${columns.map(ident).join(', ')}) TO STDOUT`),
      );
      await pipeline(copy, hash, createWriteStream(path.join(dir, file), { mode: 0o600 }));
      tables.push({ table, columns, rows: copy.rowCount, path: file, ...hash.digest() });
    }
    await client.query('COMMIT');
    return { serverVersion: serverVersion ?? 'unknown', migrations, tables };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** Row counts of Habar's tables (for the "is this database empty" question and the restore's check). */
export async function rowCounts(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tablesOf(client)) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${ident(table)}`);
    counts[table] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}

/**
 * Loads the tables of a backup into a database migrated to the backup's migrations, in one transaction: foreign keys
 * are dropped, every table is copied in, the keys are added again (which checks every row), and each table's row
 * count must equal the manifest's. Anything wrong rolls the whole load back.
 */
export async function importDatabase(client: pg.Client, dir: string, tables: Manifest['database']['tables']) {
  const existing = new Set(await tablesOf(client));
  for (const { table } of tables) {
    if (!existing.has(table)) throw new Error(`the backup has a table this schema lacks: ${table}`);
  }
  await portableSession(client);
  await client.query('BEGIN');
  try {
    const { rows: keys } = await client.query<{ tbl: string; name: string; def: string }>(
      `SELECT c.relname AS tbl, con.conname AS name, pg_get_constraintdef(con.oid) AS def
         FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE con.contype = 'f' AND n.nspname = 'public'`,
    );
    for (const key of keys)
      await client.query(`ALTER TABLE public.${ident(key.tbl)} DROP CONSTRAINT ${ident(key.name)}`);
    for (const { table, columns, rows, path: file } of tables) {
      const copy = client.query(
        copyStreams.from(`COPY public.${ident(table)} (${columns.map(ident).join(', ')}) FROM STDIN`),
      );
      await pipeline(createReadStream(path.join(dir, file)), copy);
      if (copy.rowCount !== rows) throw new Error(`${table}: ${copy.rowCount} rows loaded, the backup has ${rows}`);
    }
    for (const key of keys) {
      await client.query(`ALTER TABLE public.${ident(key.tbl)} ADD CONSTRAINT ${ident(key.name)} ${key.def}`);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
