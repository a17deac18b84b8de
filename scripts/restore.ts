/**
 * `npm run restore -- <file> [--force] [--keep-sessions] [--identity <key file>]`: puts a backup back (database,
 * uploads), after checking the whole file against its manifest. Habar must be stopped. On the embedded database it
 * starts and stops the database itself; with DATABASE_URL it restores into that database (external PostgreSQL 15+).
 *
 *   --force           replace a database that holds data (refused otherwise)
 *   --keep-sessions   leave the backup's sign-ins valid (by default everyone signs in again)
 *   --identity <file> the age private key for an encrypted backup (or BACKUP_AGE_IDENTITY_FILE)
 *
 * See docs/decisions/016-backups.md and the README.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EnvError, parseEnv } from '@/lib/config/env-schema';
import { errorFields, logger } from '@/lib/log';
import { BackupFileError } from './lib/backup/archive';
import { restoreBackup, RestoreRefused } from './lib/backup/restore';
import { resolveDatabase, runningEmbedded } from './lib/database';
import { dataDir, loadDotEnv, projectRoot, provideSecrets } from './lib/settings';

const log = logger('restore');
const args = process.argv.slice(2);

/** The private keys in an age identity file (one per line, comments allowed). */
function identitiesFrom(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('AGE-SECRET-KEY-'));
}

async function main(): Promise<number> {
  const identityIndex = args.indexOf('--identity');
  const identityFile = identityIndex >= 0 ? args[identityIndex + 1] : process.env.BACKUP_AGE_IDENTITY_FILE;
  const file = args.find((arg, index) => !arg.startsWith('--') && !(identityIndex >= 0 && index === identityIndex + 1));
  if (!file) {
    log.fatal('usage: npm run restore -- <backup file> [--force] [--keep-sessions] [--identity <key file>]');
    return 2;
  }
  const backup = path.resolve(file);
  if (!existsSync(backup)) {
    log.fatal({ file: backup }, 'no such backup file');
    return 2;
  }
  const identities = identityFile ? identitiesFrom(path.resolve(identityFile)) : [];
  if (identityFile && identities.length === 0) {
    log.fatal({ file: identityFile }, 'no age private key (AGE-SECRET-KEY-1…) in the identity file');
    return 2;
  }

  loadDotEnv();
  const { missing, postgresPassword } = provideSecrets();
  if (missing.length > 0) {
    log.fatal(`Configuration error: ${missing.join(' and ')} must be set in production (NODE_ENV=production).`);
    return 1;
  }
  try {
    parseEnv({ ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://embedded/habar' });
  } catch (error) {
    log.fatal(error instanceof EnvError ? error.message : String(error));
    return 1;
  }
  const running = process.env.DATABASE_URL ? null : runningEmbedded();
  if (running) {
    log.fatal(
      { postgresPid: running.pid },
      'Habar is running on this data folder: stop it (npm start) before restoring',
    );
    return 1;
  }
  const uploadsDir = path.resolve(projectRoot, process.env.UPLOADS_DIR ?? path.join(dataDir(), 'uploads'));
  const database = await resolveDatabase(postgresPassword, (line) => log.info(line));
  try {
    const result = await restoreBackup({
      file: backup,
      databaseUrl: database.url,
      uploadsDir,
      identities,
      force: args.includes('--force'),
      keepSessions: args.includes('--keep-sessions'),
      log: (line) => log.info(line),
    });
    log.info(
      { createdAt: result.manifest.createdAt, newerMigrations: result.newerMigrations.length },
      'restore complete: start Habar again (npm start)',
    );
    return 0;
  } catch (error) {
    if (error instanceof RestoreRefused || error instanceof BackupFileError) {
      log.fatal(`restore refused: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await database.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log.fatal(errorFields(error), 'restore failed');
    process.exit(1);
  },
);
