/**
 * The launcher's backup schedule: every BACKUP_EVERY_HOURS it runs `scripts/backup.ts --scheduled` as a child process
 * (its own memory; its log lines join the launcher's), never two at once. The first comes one interval after the
 * newest backup in the folder, or within a minute of the start when there is none or it is overdue. The child
 * records its outcome (workspace, audit log) and removes the oldest files beyond BACKUP_KEEP.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { backupFilePattern } from './backup/format';
import { projectRoot } from './settings';

/** When the newest backup in `dir` was taken, from its name; null when there is none. */
export function newestBackupAt(dir: string): Date | null {
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => backupFilePattern.test(name));
  } catch {
    return null;
  }
  const newest = names.sort().at(-1);
  const stamp = newest && /(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(newest);
  if (!stamp) return null;
  const [y = 0, mo = 1, d, h, mi, s] = stamp.slice(1).map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

export interface BackupSchedule {
  /** Stops the schedule and a backup in progress (its partial file is removed by the next run). */
  stop(): Promise<void>;
}

export function startBackupSchedule(options: { everyHours: number; dir: string; log: Logger }): BackupSchedule {
  const interval = options.everyHours * 3_600_000;
  let timer: NodeJS.Timeout | undefined;
  let running: ChildProcess | undefined;
  let stopped = false;

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => void run(), Math.max(0, delay));
    timer.unref();
  };

  const run = async () => {
    if (stopped) return;
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'scripts', 'backup.ts'), '--scheduled'],
      {
        cwd: projectRoot,
        env: process.env,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    running = child;
    const code = await new Promise<number | null>((resolve) => {
      child.once('error', () => resolve(null));
      child.once('exit', (exitCode) => resolve(exitCode));
    });
    running = undefined;
    if (stopped) return;
    if (code !== 0) options.log.error({ exitCode: code }, 'scheduled backup failed (its reason is logged above)');
    schedule(interval - (Date.now() - started));
  };

  const newest = newestBackupAt(options.dir);
  const due = newest ? newest.getTime() + interval - Date.now() : 0;
  const firstDelay = due > 0 ? due : Math.min(interval, 60_000);
  options.log.info(
    { everyHours: options.everyHours, dir: options.dir, firstInSeconds: Math.round(firstDelay / 1000) },
    'backups scheduled',
  );
  schedule(firstDelay);

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const child = running;
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      }
    },
  };
}
