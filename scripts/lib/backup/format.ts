/**
 * The backup file (docs/decisions/016-backups.md): one tar archive, gzip-compressed, optionally encrypted to an age
 * recipient, holding
 *   database/<Table>.copy   each of Habar's tables in PostgreSQL's COPY text format, all from one snapshot;
 *   uploads/<path>          every file of the uploads folder;
 *   manifest.json           what the rest is: app version, migrations, per table its columns and row count, and the
 *                           size and SHA-256 of every part (written last, once everything has been hashed).
 */
import { z } from 'zod';

export const BACKUP_FORMAT = 'habar-backup/1';
export const MANIFEST_NAME = 'manifest.json';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const part = z.object({ path: z.string(), bytes: z.number().int().min(0), sha256 });

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.iso.datetime(),
  app: z.object({ name: z.string(), version: z.string() }),
  database: z.object({
    /** The server it was taken from (`SHOW server_version`), for the record: a restore works across versions. */
    serverVersion: z.string(),
    /** Every migration applied when it was taken, in order; the restore applies the same ones before loading. */
    migrations: z.array(z.string()).min(1),
    tables: z.array(
      part.extend({
        table: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
        columns: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).min(1),
        rows: z.number().int().min(0),
      }),
    ),
  }),
  uploads: z.object({
    files: z.array(part),
    /** Files listed but gone before they could be read (deleted during the backup). */
    vanished: z.array(z.string()),
  }),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestPart = z.infer<typeof part>;

/** `habar-backup-20261203T114500Z.tar.gz` (`.age` appended when encrypted): sortable, one per second at most. */
export function backupFileName(at: Date, encrypted: boolean): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `habar-backup-${stamp}.tar.gz${encrypted ? '.age' : ''}`;
}

export const backupFilePattern = /^habar-backup-\d{8}T\d{6}Z\.tar\.gz(\.age)?$/;

/** The archive paths a backup may hold; anything else in a file makes it refused. */
export function isArchivePath(name: string): boolean {
  if (name === MANIFEST_NAME) return true;
  if (/^database\/[A-Za-z_][A-Za-z0-9_]*\.copy$/.test(name)) return true;
  if (!name.startsWith('uploads/')) return false;
  const segments = name.slice('uploads/'.length).split('/');
  return segments.length > 0 && segments.every((segment) => /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/.test(segment));
}

/** Quotes an SQL identifier. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
