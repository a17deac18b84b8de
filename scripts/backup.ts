/**
 * `npm run backup`: writes one backup file (database, uploads, manifest; encrypted to BACKUP_AGE_RECIPIENT when set)
 * into BACKUP_DIR (default <data folder>/backups), and records the outcome for the workspace and the audit log.
 * Runs beside a running Habar (it reads one consistent snapshot) or on its own. See docs/decisions/016-backups.md.
 *
 *   npm run backup [-- --out <dir>]
 *   npm run backup -- --new-key <file>   writes a new age private key to <file> (mode 600) and prints its public key
 *
 * The launcher runs it with --scheduled every BACKUP_EVERY_HOURS, and then keeps only the newest BACKUP_KEEP files.
 * A failure that cannot be recorded (the database is down) is kept in <dir>/.unrecorded.json and recorded next time.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { EnvError, parseEnv } from '@/lib/config/env-schema';
import type { LastBackup } from '@/lib/config/backup-record';
import { errorFields, logger } from '@/lib/log';
import { tryLockAcrossInstances } from '@/lib/db/once-across-instances';
import { createBackup, pruneBackups, recordBackupOutcome } from './lib/backup/backup';
import { databaseForCommand } from './lib/database';
import { dataDir, loadDotEnv, projectRoot, provideSecrets } from './lib/settings';

const log = logger('backup');
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};

async function newKey(file: string): Promise<number> {
  if (existsSync(file)) {
    log.error({ file }, 'refusing to overwrite an existing file');
    return 1;
  }
  const identity = await generateX25519Identity();
  writeFileSync(file, `# created by npm run backup -- --new-key\n${identity}\n`, { mode: 0o600 });
  // The public key is printed plainly: it goes into BACKUP_AGE_RECIPIENT; the private key stays in the file.
  console.log(await identityToRecipient(identity));
  log.info(
    { file },
    'private key written: keep it off the server (it restores every backup); the line above is the public key',
  );
  return 0;
}

function pendingFile(dir: string) {
  return path.join(dir, '.unrecorded.json');
}

/** Outcomes that could not be recorded before (the database was down), recorded now if possible. */
async function recordPending(databaseUrl: string, dir: string): Promise<void> {
  const file = pendingFile(dir);
  if (!existsSync(file)) return;
  const pending = JSON.parse(readFileSync(file, 'utf8')) as LastBackup[];
  const left: LastBackup[] = [];
  for (const outcome of pending) if (await recordBackupOutcome(databaseUrl, outcome)) left.push(outcome);
  if (left.length === 0) rmSync(file, { force: true });
  else writeFileSync(file, JSON.stringify(left.slice(-20)), { mode: 0o600 });
}

function keepPending(dir: string, outcome: LastBackup): void {
  const file = pendingFile(dir);
  const pending = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LastBackup[]) : [];
  writeFileSync(file, JSON.stringify([...pending, outcome].slice(-20)), { mode: 0o600 });
}

async function main(): Promise<number> {
  const keyFile = option('--new-key');
  if (keyFile) return newKey(keyFile);

  loadDotEnv();
  const { missing, postgresPassword } = provideSecrets();
  if (missing.length > 0) {
    log.fatal(`Configuration error: ${missing.join(' and ')} must be set in production (NODE_ENV=production).`);
    return 1;
  }
  let env;
  try {
    env = parseEnv({ ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://embedded/habar' });
  } catch (error) {
    log.fatal(error instanceof EnvError ? error.message : String(error));
    return 1;
  }
  const outDir = path.resolve(projectRoot, option('--out') ?? env.BACKUP_DIR ?? path.join(dataDir(), 'backups'));
  const uploadsDir = path.resolve(projectRoot, process.env.UPLOADS_DIR ?? path.join(dataDir(), 'uploads'));
  const recipient = env.BACKUP_AGE_RECIPIENT;
  if (recipient) {
    try {
      new Encrypter().addRecipient(recipient);
    } catch {
      log.fatal('Configuration error: BACKUP_AGE_RECIPIENT is not a valid age public key.');
      return 1;
    }
  }
  const scheduled = args.includes('--scheduled');

  const database = await databaseForCommand(postgresPassword, (line) => log.info(line));
  // Several instances each run the schedule; one backup is taken per tick, by whichever holds the lock.
  const lock = scheduled ? await tryLockAcrossInstances(database.url, 'scheduled-backup') : null;
  if (scheduled && !lock) {
    log.info('another instance is taking this scheduled backup: skipped');
    await database.embedded?.stop();
    return 0;
  }
  try {
    await recordPending(database.url, outDir).catch(() => {});
    const started = new Date();
    let outcome: LastBackup;
    try {
      const result = await createBackup({
        databaseUrl: database.url,
        uploadsDir,
        outDir,
        recipient,
        now: started,
        onSkipped: (file) => log.warn({ file }, 'a file in the uploads folder that Habar did not write is left out'),
      });
      outcome = {
        ok: true,
        at: started.toISOString(),
        file: path.basename(result.file),
        bytes: result.bytes,
        encrypted: Boolean(recipient),
        ms: Date.now() - started.getTime(),
        trigger: scheduled ? 'schedule' : 'manual',
      };
      const rows = result.manifest.database.tables.reduce((sum, table) => sum + table.rows, 0);
      log.info(
        { file: result.file, bytes: result.bytes, rows, uploads: result.manifest.uploads.files.length, ms: outcome.ms },
        'backup written',
      );
      if (!recipient)
        log.warn('the backup is not encrypted: set BACKUP_AGE_RECIPIENT before copying it off the server');
    } catch (error) {
      outcome = {
        ok: false,
        at: started.toISOString(),
        error: errorFields(error).err,
        ms: Date.now() - started.getTime(),
        trigger: scheduled ? 'schedule' : 'manual',
      };
      log.error({ ...errorFields(error), outDir }, 'backup failed');
    }
    const unrecorded = await recordBackupOutcome(database.url, outcome);
    if (unrecorded) {
      log.error(errorFields(unrecorded), 'the outcome could not be recorded in the database: kept for next time');
      keepPending(outDir, outcome);
    }
    if (outcome.ok && scheduled) {
      const removed = await pruneBackups(outDir, env.BACKUP_KEEP);
      if (removed.length > 0) log.info({ removed }, `older backups removed (BACKUP_KEEP=${env.BACKUP_KEEP})`);
    }
    return outcome.ok ? 0 : 1;
  } finally {
    await lock?.release();
    await database.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log.fatal(errorFields(error), 'backup failed');
    process.exit(1);
  },
);
