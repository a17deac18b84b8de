/**
 * Backups and restores on a real PostgreSQL (the embedded one, or Debian's 15 in CI through TEST_DATABASE_URL): the
 * demo content round-trips with every row and upload, sessions end, a database with data is refused unless forced, a
 * damaged or foreign file is refused before anything is touched, and an encrypted backup needs its private key.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/db/prisma-client';
import { BackupFileError, createArchive } from '@/scripts/lib/backup/archive';
import { createBackup, pruneBackups, recordBackupOutcome } from '@/scripts/lib/backup/backup';
import { rowCounts } from '@/scripts/lib/backup/database-copy';
import { BACKUP_FORMAT, backupFileName } from '@/scripts/lib/backup/format';
import { restoreBackup, RestoreRefused, type RestoreOptions } from '@/scripts/lib/backup/restore';
import { deployMigrations, migrationNames } from '@/scripts/db/schema-engine';
import { seedDemo } from '@/scripts/db/seed';
import { createEmptyDatabase } from '../support/test-db';

type Database = Awaited<ReturnType<typeof createEmptyDatabase>>;

const scratch = mkdtempSync(path.join(tmpdir(), 'habar-backup-test-'));
const sourceUploads = path.join(scratch, 'source-uploads');
const backups = path.join(scratch, 'backups');
let source: Database;
let prisma: PrismaClient;
const databases: Database[] = [];

async function counts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await rowCounts(client);
  } finally {
    await client.end();
  }
}

function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

async function freshTarget(): Promise<{ url: string; uploads: string }> {
  const database = await createEmptyDatabase();
  databases.push(database);
  return { url: database.url, uploads: path.join(scratch, `uploads-${databases.length}`) };
}

let cacheEmptied = 0;
const restore = (options: Partial<RestoreOptions> & Pick<RestoreOptions, 'file' | 'databaseUrl' | 'uploadsDir'>) =>
  restoreBackup({
    identities: [],
    force: false,
    keepSessions: false,
    log: () => {},
    emptyCache: () => ++cacheEmptied,
    ...options,
  });

beforeAll(async () => {
  source = await createEmptyDatabase();
  await deployMigrations(source.url);
  prisma = createPrismaClient(source.url);
  await seedDemo(prisma, { withAccounts: true, demoPassword: 'habar-demo-2026', uploadsDir: sourceUploads });
  const admin = await prisma.user.findFirstOrThrow({ where: { email: 'admin@example.org' } });
  await prisma.session.create({ data: { userId: admin.id, ip: '', userAgent: 'test' } });
  await prisma.auditEvent.create({
    data: { action: 'test.marker', actorLabel: 'test', details: { text: 'ä\tb\nc\\d' } },
  });
}, 180_000);

afterAll(async () => {
  await prisma?.$disconnect();
  for (const database of [source, ...databases]) await database?.drop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a backup', () => {
  let file: string;

  it('holds every table with its row count, every upload, and checksums of both', async () => {
    const result = await createBackup({ databaseUrl: source.url, uploadsDir: sourceUploads, outDir: backups });
    file = result.file;
    expect(path.basename(file)).toMatch(/^habar-backup-\d{8}T\d{6}Z\.tar\.gz$/);
    expect(readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    const { manifest } = result;
    expect(manifest.format).toBe(BACKUP_FORMAT);
    expect(manifest.database.migrations).toEqual(migrationNames());
    const expected = await counts(source.url);
    expect(Object.fromEntries(manifest.database.tables.map((table) => [table.table, table.rows]))).toEqual(expected);
    expect(expected.ArticleTranslation).toBeGreaterThan(50);
    expect(manifest.uploads.files.map((part) => part.path.slice('uploads/'.length)).sort()).toEqual(
      Object.keys(filesOf(sourceUploads)).sort(),
    );
    for (const part of [...manifest.database.tables, ...manifest.uploads.files])
      expect(part.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('restores into an empty database: same rows, same uploads, sessions ended, cache emptied', async () => {
    const target = await freshTarget();
    const before = cacheEmptied;
    const result = await restore({ file, databaseUrl: target.url, uploadsDir: target.uploads });
    const after = await counts(target.url);
    const original = await counts(source.url);
    expect({ ...after, Session: 0, AuditEvent: 0 }).toEqual({ ...original, Session: 0, AuditEvent: 0 });
    expect(after.Session).toBe(0);
    expect(result.sessionsEnded).toBe(1);
    // The restore itself is audited.
    expect(after.AuditEvent).toBe((original.AuditEvent ?? 0) + 1);
    expect(filesOf(target.uploads)).toEqual(filesOf(sourceUploads));
    expect(cacheEmptied).toBe(before + 1);
    const restored = createPrismaClient(target.url);
    try {
      const marker = await restored.auditEvent.findFirstOrThrow({ where: { action: 'test.marker' } });
      expect(marker.details).toEqual({ text: 'ä\tb\nc\\d' });
      const original = await prisma.articleTranslation.findMany({ orderBy: { id: 'asc' } });
      const copy = await restored.articleTranslation.findMany({ orderBy: { id: 'asc' } });
      expect(copy).toEqual(original);
      // Search still works on the restored text (its vectors are maintained by a trigger).
      const [hit] = await restored.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM "ArticleTranslation" WHERE "searchVector" IS NOT NULL`;
      expect(Number(hit?.n)).toBe(copy.length);
    } finally {
      await restored.$disconnect();
    }
  });

  it('keeps sessions when asked to', async () => {
    const target = await freshTarget();
    const result = await restore({ file, databaseUrl: target.url, uploadsDir: target.uploads, keepSessions: true });
    expect(result.sessionsEnded).toBe(0);
    expect((await counts(target.url)).Session).toBe(1);
  });

  it('refuses a database that holds data unless forced, and replaces it when forced', async () => {
    const target = await freshTarget();
    await restore({ file, databaseUrl: target.url, uploadsDir: target.uploads });
    await expect(restore({ file, databaseUrl: target.url, uploadsDir: target.uploads })).rejects.toThrow(
      /not empty .*--force/,
    );
    await restore({ file, databaseUrl: target.url, uploadsDir: target.uploads, force: true });
    expect((await counts(target.url)).ArticleTranslation).toBe((await counts(source.url)).ArticleTranslation);
  });

  it('refuses while something else is connected to the database', async () => {
    const target = await freshTarget();
    const other = new pg.Client({ connectionString: target.url });
    await other.connect();
    try {
      await expect(restore({ file, databaseUrl: target.url, uploadsDir: target.uploads })).rejects.toThrow(
        /other connection/,
      );
    } finally {
      await other.end();
    }
  });

  it('refuses a damaged file before touching the database', async () => {
    const target = await freshTarget();
    const damaged = path.join(scratch, 'damaged.tar.gz');
    const bytes = readFileSync(file);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    writeFileSync(damaged, bytes);
    await expect(restore({ file: damaged, databaseUrl: target.url, uploadsDir: target.uploads })).rejects.toThrow(
      BackupFileError,
    );
    expect(await counts(target.url)).toEqual({});
  });

  it('refuses a file whose parts do not match the manifest, or from a newer version', async () => {
    const target = await freshTarget();
    const forged = path.join(scratch, 'forged.tar.gz');
    const manifest = (migrations: string[], sha256: string) => ({
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      app: { name: 'habar', version: '9.9.9' },
      database: {
        serverVersion: '15',
        migrations,
        tables: [{ table: 'Tag', columns: ['id'], rows: 0, path: 'database/Tag.copy', bytes: 0, sha256 }],
      },
      uploads: { files: [], vanished: [] },
    });
    const empty = createHash('sha256').digest('hex');
    for (const [migrations, sha256, message] of [
      [migrationNames(), '0'.repeat(64), /does not match its checksum/],
      [['29990101000000_from_the_future'], empty, /newer version of Habar/],
    ] as const) {
      const archive = await createArchive(forged);
      const tag = path.join(scratch, 'Tag.copy');
      writeFileSync(tag, '');
      await archive.addFile('database/Tag.copy', tag);
      await archive.addBuffer('manifest.json', Buffer.from(JSON.stringify(manifest([...migrations], sha256))));
      await archive.finish();
      await expect(restore({ file: forged, databaseUrl: target.url, uploadsDir: target.uploads })).rejects.toThrow(
        message,
      );
    }
    await expect(restore({ file: forged, databaseUrl: target.url, uploadsDir: target.uploads })).rejects.toThrow(
      RestoreRefused,
    );
    expect(await counts(target.url)).toEqual({});
  });
});

describe('an encrypted backup', () => {
  it('cannot be restored without the private key, nor with another one; it can with its own', async () => {
    const identity = await generateX25519Identity();
    const stranger = await generateX25519Identity();
    const result = await createBackup({
      databaseUrl: source.url,
      uploadsDir: sourceUploads,
      outDir: backups,
      recipient: await identityToRecipient(identity),
      now: new Date(Date.now() + 2_000),
    });
    expect(result.file.endsWith('.tar.gz.age')).toBe(true);
    const bytes = readFileSync(result.file);
    expect(bytes.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    // Nothing readable inside: not the demo admin's address, not a page of text.
    expect(bytes.includes(Buffer.from('admin@example.org'))).toBe(false);
    const target = await freshTarget();
    await expect(restore({ file: result.file, databaseUrl: target.url, uploadsDir: target.uploads })).rejects.toThrow(
      /encrypted: give the private key/,
    );
    await expect(
      restore({ file: result.file, databaseUrl: target.url, uploadsDir: target.uploads, identities: [stranger] }),
    ).rejects.toThrow(/cannot decrypt/);
    expect(await counts(target.url)).toEqual({});
    await restore({ file: result.file, databaseUrl: target.url, uploadsDir: target.uploads, identities: [identity] });
    expect((await counts(target.url)).User).toBe((await counts(source.url)).User);
  });
});

describe('keeping backups', () => {
  it('keeps the newest ones and records each outcome for the workspace and the audit log', async () => {
    const dir = path.join(scratch, 'pruned');
    const names = [0, 1, 2, 3].map((hour) => backupFileName(new Date(Date.UTC(2026, 0, 1, hour)), false));
    rmSync(dir, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(dir, { recursive: true }));
    for (const name of [...names, 'unrelated.txt']) writeFileSync(path.join(dir, name), 'x');
    expect(await pruneBackups(dir, 2)).toEqual(names.slice(0, 2));
    expect(readdirSync(dir).sort()).toEqual([...names.slice(2), 'unrelated.txt'].sort());

    expect(await recordBackupOutcome(source.url, { ok: false, at: new Date().toISOString(), error: 'disk full' })).toBe(
      null,
    );
    const setting = await prisma.setting.findUniqueOrThrow({ where: { key: 'lastBackup' } });
    expect(setting.value).toMatchObject({ ok: false, error: 'disk full' });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'backup.failed' } });
    expect(event).toMatchObject({ actorLabel: 'system', targetType: 'backup' });
  });
});
