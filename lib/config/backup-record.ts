/**
 * How the last backup's outcome is recorded (a `Setting` row written by the backup, read by the workspace). Pure:
 * the backup script and the data layer share it.
 */
import { z } from 'zod';

export const LAST_BACKUP_SETTING = 'lastBackup';

export const lastBackupSchema = z.object({
  ok: z.boolean(),
  /** When it started (ISO 8601). */
  at: z.string(),
  /** The backup file's name (no folder), when one was written. */
  file: z.string().optional(),
  bytes: z.number().int().min(0).optional(),
  encrypted: z.boolean().optional(),
  ms: z.number().min(0).optional(),
  /** Scheduled by the launcher, or run by hand (`npm run backup`). */
  trigger: z.enum(['schedule', 'manual']).optional(),
  /** What went wrong, in one short line. */
  error: z.string().optional(),
});

export type LastBackup = z.infer<typeof lastBackupSchema>;
