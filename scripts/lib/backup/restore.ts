/**
 * Restoring a backup (`npm run restore -- <file>`): the file is unpacked (decrypted with the private key when it is
 * encrypted) and checked against its manifest before anything is touched; a database that holds data is refused
 * unless forced; then the schema is rebuilt by the backup's own migrations, the tables are loaded in one transaction
 * (row counts checked), newer migrations are applied, sessions are ended, the uploads folder is swapped in, and the
 * page cache is emptied. See docs/decisions/016-backups.md.
 */
import { readFile, mkdtemp, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '@/lib/db/prisma-client';
import { deployMigrations, migrationNames } from '../../db/schema-engine';
import { emptyPageCache } from '../page-cache';
import { extractArchive } from './archive';
import { importDatabase, rowCounts } from './database-copy';
import { MANIFEST_NAME, manifestSchema, type Manifest } from './format';

export class RestoreRefused extends Error {}

export interface RestoreOptions {
  file: string;
  databaseUrl: string;
  uploadsDir: string;
  /** age private keys (AGE-SECRET-KEY-1…) for an encrypted backup. */
  identities: string[];
  /** Replace a database that holds data. */
  force: boolean;
  /** Leave the sessions of the backup valid (by default everyone signs in again). */
  keepSessions: boolean;
  log: (line: string) => void;
  /** Empties the page cache (scripts/lib/page-cache.ts); tests pass their own. */
  emptyCache?: () => Promise<number | null> | number | null;
}

export interface RestoreResult {
  manifest: Manifest;
  /** Migrations newer than the backup, applied after loading it. */
  newerMigrations: string[];
  sessionsEnded: number;
}

/** Unpacks the file and checks every part against the manifest; nothing outside `work` is touched. */
export async function readBackup(file: string, work: string, identities: string[]): Promise<Manifest> {
  const parts = await extractArchive(file, work, identities);
  if (!parts.has(MANIFEST_NAME)) throw new RestoreRefused('not a Habar backup: it has no manifest');
  const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path.join(work, MANIFEST_NAME), 'utf8')));
  if (!parsed.success) throw new RestoreRefused('not a Habar backup this version can read: its manifest is invalid');
  const manifest = parsed.data;
  const listed = [...manifest.database.tables, ...manifest.uploads.files];
  for (const part of listed) {
    const found = parts.get(part.path);
    if (!found) throw new RestoreRefused(`the backup is incomplete: ${part.path} is missing`);
    if (found.sha256 !== part.sha256 || found.bytes !== part.bytes) {
      throw new RestoreRefused(`the backup is damaged: ${part.path} does not match its checksum`);
    }
  }
  const expected = new Set([MANIFEST_NAME, ...listed.map((part) => part.path)]);
  const extra = [...parts.keys()].find((name) => !expected.has(name));
  if (extra) throw new RestoreRefused(`the backup holds a file its manifest does not list: ${extra}`);
  return manifest;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 10_000,
    application_name: 'habar-restore',
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Rows that make a database "not empty": anything but the installation id every start writes. */
async function dataRows(client: pg.Client): Promise<number> {
  const counts = await rowCounts(client);
  const settings = counts.Setting
    ? Number(
        (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Setting" WHERE key <> 'installationId'`)).rows[0]
          ?.n ?? 0,
      )
    : 0;
  return Object.entries(counts).reduce((sum, [table, n]) => sum + (table === 'Setting' ? settings : n), 0);
}

/** Drops everything in the `public` schema and creates it again, as PostgreSQL makes it. */
async function emptySchema(client: pg.Client): Promise<void> {
  await client.query('DROP SCHEMA IF EXISTS public CASCADE');
  await client.query('CREATE SCHEMA public');
  // PostgreSQL 15+ gives the schema to the database's owner and lets everyone use it; best effort where not allowed.
  await client.query('ALTER SCHEMA public OWNER TO pg_database_owner').catch(() => {});
  await client.query('GRANT USAGE ON SCHEMA public TO PUBLIC').catch(() => {});
}

/** Puts the backup's uploads in place of the folder's contents (a rename, after the database is restored). */
async function swapUploads(staged: string, uploadsDir: string): Promise<void> {
  await mkdir(staged, { recursive: true });
  await mkdir(path.dirname(uploadsDir), { recursive: true });
  const old = `${uploadsDir}.before-restore-${Date.now()}`;
  await rename(uploadsDir, old).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  });
  await rename(staged, uploadsDir);
  await rm(old, { recursive: true, force: true });
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const { log } = options;
  // Next to the uploads folder, so that the restored uploads are moved in place by a rename.
  await mkdir(path.dirname(path.resolve(options.uploadsDir)), { recursive: true });
  const work = await mkdtemp(path.join(path.dirname(path.resolve(options.uploadsDir)), '.habar-restore-'));
  try {
    log(`reading ${path.basename(options.file)}`);
    const manifest = await readBackup(options.file, work, options.identities);
    const rows = manifest.database.tables.reduce((sum, table) => sum + table.rows, 0);
    log(
      `backup of ${manifest.createdAt} (Habar ${manifest.app.version}): ${manifest.database.tables.length} tables, ` +
        `${rows} rows, ${manifest.uploads.files.length} uploaded files; every checksum matches`,
    );
    const known = migrationNames();
    const unknown = manifest.database.migrations.filter((name) => !known.includes(name));
    if (unknown.length > 0) {
      throw new RestoreRefused(
        `this backup was made by a newer version of Habar (migration ${unknown[0]} is unknown here): update first`,
      );
    }

    await withClient(options.databaseUrl, async (client) => {
      const { rows: others } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );
      if (Number(others[0]?.n ?? 0) > 0) {
        throw new RestoreRefused(
          `the database has ${others[0]?.n} other connection(s): stop Habar (and anything else using it) first`,
        );
      }
      const existing = await dataRows(client);
      if (existing > 0 && !options.force) {
        throw new RestoreRefused(
          `the database is not empty (${existing} rows): pass --force to replace everything in it with the backup`,
        );
      }
      if (existing > 0) log(`replacing a database that held ${existing} rows (--force)`);
      await emptySchema(client);
    });

    await deployMigrations(options.databaseUrl, manifest.database.migrations);
    await withClient(options.databaseUrl, (client) => importDatabase(client, work, manifest.database.tables));
    log(`database restored: ${rows} rows`);
    const newerMigrations = await deployMigrations(options.databaseUrl);
    if (newerMigrations.length > 0) log(`applied newer migrations: ${newerMigrations.join(', ')}`);

    const prisma = createPrismaClient(options.databaseUrl);
    let sessionsEnded = 0;
    try {
      await prisma.$transaction(async (tx) => {
        if (!options.keepSessions) sessionsEnded = (await tx.session.deleteMany({})).count;
        await tx.auditEvent.create({
          data: {
            action: 'backup.restored',
            actorLabel: 'system',
            targetType: 'backup',
            targetId: path.basename(options.file),
            details: { createdAt: manifest.createdAt, rows, sessionsEnded, keepSessions: options.keepSessions },
          },
        });
      });
    } finally {
      await prisma.$disconnect();
    }
    log(options.keepSessions ? 'sessions kept (--keep-sessions)' : `sessions ended: ${sessionsEnded}`);

    await swapUploads(path.join(work, 'uploads'), path.resolve(options.uploadsDir));
    log(`uploads restored: ${manifest.uploads.files.length} files`);
    const emptied = await (options.emptyCache ?? emptyPageCache)();
    log(emptied === null ? 'page cache: in memory, empty at the next start' : 'page cache emptied');
    return { manifest, newerMigrations, sessionsEnded };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
