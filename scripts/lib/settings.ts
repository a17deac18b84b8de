/**
 * What the launcher and the scripts need before the app's own env parsing: the data folder, the .env file, and the
 * secrets a demo may generate for itself. In production the secrets must be given; a missing one stops start-up.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

export function dataDir(): string {
  return path.resolve(projectRoot, process.env.HABAR_DATA_DIR ?? '.data');
}

/** Loads `.env` from the project root if there is one (variables already set win). */
export function loadDotEnv(): void {
  const file = path.join(projectRoot, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

/** Production mode: NODE_ENV=production with an external database. Nothing demo-like happens there by itself. */
export function isProductionMode(): boolean {
  return process.env.NODE_ENV === 'production' && Boolean(process.env.DATABASE_URL);
}

interface LocalSecrets {
  AUTH_SECRET: string;
  TOTP_ENCRYPTION_KEY: string;
  POSTGRES_PASSWORD: string;
}

const secretNames = ['AUTH_SECRET', 'TOTP_ENCRYPTION_KEY'] as const;

/**
 * Fills AUTH_SECRET and TOTP_ENCRYPTION_KEY from `.data/secrets.json`, generating them once. In production mode they
 * must come from the environment: the returned message names what is missing.
 */
export function provideSecrets(): { missing: string[]; postgresPassword: string } {
  if (isProductionMode()) {
    return { missing: secretNames.filter((name) => !process.env[name]), postgresPassword: '' };
  }
  const file = path.join(dataDir(), 'secrets.json');
  let secrets: Partial<LocalSecrets> = {};
  if (existsSync(file)) secrets = JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>;
  const complete: LocalSecrets = {
    AUTH_SECRET: secrets.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
    TOTP_ENCRYPTION_KEY: secrets.TOTP_ENCRYPTION_KEY ?? randomBytes(32).toString('hex'),
    POSTGRES_PASSWORD: secrets.POSTGRES_PASSWORD ?? randomBytes(18).toString('base64url'),
  };
  if (JSON.stringify(complete) !== JSON.stringify(secrets)) {
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(file, JSON.stringify(complete, null, 2) + '\n', { mode: 0o600 });
  }
  for (const name of secretNames) process.env[name] ||= complete[name];
  return { missing: [], postgresPassword: complete.POSTGRES_PASSWORD };
}
