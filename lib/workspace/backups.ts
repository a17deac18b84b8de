import 'server-only';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { LAST_BACKUP_SETTING, lastBackupSchema, type LastBackup } from '@/lib/config/backup-record';
import { db } from '@/lib/db';
import { env } from '@/lib/env';

/**
 * What admins see of the backups (/admin/backups): the last one's time, size and outcome (recorded by the backup
 * itself, scripts/lib/backup/backup.ts), whether one is overdue, how they are scheduled and whether they are
 * encrypted, and the latest backup events of the audit log.
 */
export interface BackupOverview {
  last: LastBackup | null;
  /** When the last successful backup started, if any. */
  lastSuccessAt: Date | null;
  /** No successful backup within twice the schedule's interval (or ever, with a schedule). */
  overdue: boolean;
  schedule: { everyHours: number | null; keep: number; folder: string | null; encrypted: boolean };
  recent: { id: string; action: string; at: Date; file: string; details: LastBackup | Record<string, unknown> }[];
}

export async function backupOverview(actor: Actor): Promise<BackupOverview> {
  authorize(actor, 'manage:settings');
  const settings = env();
  const [row, recent, lastSuccess] = await Promise.all([
    db().setting.findUnique({ where: { key: LAST_BACKUP_SETTING }, select: { value: true } }),
    db().auditEvent.findMany({
      where: { action: { startsWith: 'backup.' } },
      orderBy: { createdAt: 'desc' },
      take: 10,
      select: { id: true, action: true, createdAt: true, targetId: true, details: true },
    }),
    db().auditEvent.findFirst({
      where: { action: 'backup.created' },
      orderBy: { createdAt: 'desc' },
      select: { details: true, createdAt: true },
    }),
  ]);
  const parsed = lastBackupSchema.safeParse(row?.value);
  const successDetails = lastBackupSchema.safeParse(lastSuccess?.details);
  const lastSuccessAt = lastSuccess
    ? successDetails.success
      ? new Date(successDetails.data.at)
      : lastSuccess.createdAt
    : null;
  const everyHours = settings.BACKUP_EVERY_HOURS ?? null;
  const overdue =
    everyHours !== null && (!lastSuccessAt || Date.now() - lastSuccessAt.getTime() > 2 * everyHours * 3_600_000);
  return {
    last: parsed.success ? parsed.data : null,
    lastSuccessAt,
    overdue,
    schedule: {
      everyHours,
      keep: settings.BACKUP_KEEP,
      folder: settings.BACKUP_DIR ?? null,
      encrypted: Boolean(settings.BACKUP_AGE_RECIPIENT),
    },
    recent: recent.map((event) => ({
      id: event.id,
      action: event.action,
      at: event.createdAt,
      file: event.targetId,
      details: (event.details ?? {}) as Record<string, unknown>,
    })),
  };
}
