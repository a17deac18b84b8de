/**
 * Taking a backup (`npm run backup`, and the launcher's schedule): the database from one snapshot, then the uploads
 * folder, then the manifest, into one file in the backup folder, written under a temporary name and renamed when
 * complete (a half-written backup is never mistaken for one). The outcome is recorded in the database: the last
 * backup's time, size and result for the workspace, and an audit event, also for a failure.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '@/lib/db/prisma-client';
import { clip } from '@/lib/log';
import { projectRoot } from '../settings';
import { createArchive } from './archive';
import { exportDatabase } from './database-copy';
import {
  BACKUP_FORMAT,
  backupFileName,
  backupFilePattern,
  isArchivePath,
  MANIFEST_NAME,
  type Manifest,
  type ManifestPart,
} from './format';
import { LAST_BACKUP_SETTING, type LastBackup } from '@/lib/config/backup-record';

export interface BackupOptions {
  databaseUrl: string;
  uploadsDir: string;
  /** The folder the backup file goes to (created if missing, private to its owner). */
  outDir: string;
  /** An age public key (`age1…`): the file is encrypted to it, and only its private key can read it. */
  recipient?: string;
  now?: Date;
  /** Told about files of the uploads folder that are left out (names the app never writes). */
  onSkipped?: (relativePath: string) => void;
}

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: Manifest;
}

function appInfo(): Manifest['app'] {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return { name: pkg.name, version: pkg.version };
}

/** Every regular file under `root`, as `/`-separated paths relative to it, in a stable order. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const now = options.now ?? new Date();
  await mkdir(options.outDir, { recursive: true, mode: 0o700 });
  const name = backupFileName(now, Boolean(options.recipient));
  const file = path.join(options.outDir, name);
  const partial = path.join(options.outDir, `.${name}.partial`);
  const staging = await mkdtemp(path.join(options.outDir, '.staging-'));
  try {
    await mkdir(path.join(staging, 'database'));
    const client = new pg.Client({
      connectionString: options.databaseUrl,
      connectionTimeoutMillis: 10_000,
      application_name: 'habar-backup',
    });
    await client.connect();
    let database: Awaited<ReturnType<typeof exportDatabase>>;
    try {
      database = await exportDatabase(client, staging);
    } finally {
      await client.end().catch(() => {});
    }
    if (database.migrations.length === 0) throw new Error('the database has no migrations applied: nothing to back up');

    const archive = await createArchive(partial, options.recipient);
    for (const table of database.tables) {
      const written = await archive.addFile(table.path, path.join(staging, table.path));
      if (!written || written.sha256 !== table.sha256) throw new Error(`${table.path} changed while being archived`);
    }
    // Uploads after the snapshot: a file written since may be included (harmless, unreferenced); a file deleted
    // since is recorded as vanished.
    const files: ManifestPart[] = [];
    const vanished: string[] = [];
    for (const relative of await listFiles(options.uploadsDir)) {
      const archivePath = `uploads/${relative}`;
      if (!isArchivePath(archivePath)) {
        options.onSkipped?.(relative);
        continue;
      }
      const written = await archive.addFile(archivePath, path.join(options.uploadsDir, ...relative.split('/')));
      if (written) files.push({ path: archivePath, ...written });
      else vanished.push(archivePath);
    }
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      app: appInfo(),
      database,
      uploads: { files, vanished },
    };
    await archive.addBuffer(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest, null, 2) + '\n'));
    await archive.finish();
    await rename(partial, file);
    return { file, bytes: (await stat(file)).size, manifest };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Keeps the `keep` newest backups in `dir` (by their names, which sort by time) and removes older ones, and any
 * leftovers of an interrupted backup older than an hour. Returns the names removed.
 */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const backups = entries.filter((entry) => backupFilePattern.test(entry)).sort();
  const removed = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of removed) await rm(path.join(dir, name), { force: true });
  for (const entry of entries.filter((entry) => /^\.(staging-|habar-backup-.*\.partial$)/.test(entry))) {
    const info = await stat(path.join(dir, entry)).catch(() => null);
    if (info && Date.now() - info.mtimeMs > 3_600_000)
      await rm(path.join(dir, entry), { recursive: true, force: true });
  }
  return removed;
}

/**
 * Records a backup's outcome in the database: the last backup (for the workspace) and an audit event. A failure to
 * record is returned, not thrown: the backup file itself is what matters.
 */
export async function recordBackupOutcome(databaseUrl: string, outcome: LastBackup): Promise<Error | null> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    const stored = { ...outcome, ...(outcome.error ? { error: clip(outcome.error, 300) } : {}) };
    await prisma.$transaction([
      prisma.setting.upsert({
        where: { key: LAST_BACKUP_SETTING },
        update: { value: stored },
        create: { key: LAST_BACKUP_SETTING, value: stored },
      }),
      prisma.auditEvent.create({
        data: {
          action: outcome.ok ? 'backup.created' : 'backup.failed',
          actorLabel: 'system',
          targetType: 'backup',
          targetId: outcome.file ?? '',
          details: stored,
        },
      }),
    ]);
    return null;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    await prisma.$disconnect().catch(() => {});
  }
}
