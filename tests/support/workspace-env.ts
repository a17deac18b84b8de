import type { migratedDatabase } from './test-db';

/**
 * The environment the workspace's data layer reads when it is first imported: the test file's database and fixed
 * test secrets, then `extra` (e.g. `UPLOADS_DIR`, `SMTP_URL`). Call it inside `beforeAll` (the database exists by
 * then), before the dynamic imports of the modules under test.
 */
export function workspaceEnv(
  db: Pick<ReturnType<typeof migratedDatabase>, 'url'>,
  extra: Record<string, string> = {},
): void {
  process.env.DATABASE_URL = db.url();
  process.env.AUTH_SECRET = 'x'.repeat(32);
  process.env.TOTP_ENCRYPTION_KEY = 'ab'.repeat(32);
  Object.assign(process.env, extra);
}
