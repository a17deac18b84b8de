/**
 * One PostgreSQL server for the whole run: TEST_DATABASE_URL (local only) or a throw-away embedded server in a temp
 * folder. Tests never touch the demo database in .data/; each test file creates its own database (see test-db.ts).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../scripts/db/embedded-postgres';
import { assertLocalDatabaseUrl } from './local-database-guard';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of the server's maintenance database (`postgres`); tests derive their own. */
    adminDatabaseUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let folder: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    assertLocalDatabaseUrl(external);
    const url = new URL(external);
    url.pathname = '/postgres';
    project.provide('adminDatabaseUrl', url.toString());
    return;
  }
  folder = mkdtempSync(path.join(tmpdir(), 'habar-test-pg-'));
  // As root the server runs as the `postgres` user, which must be able to enter the folder.
  chmodSync(folder, 0o755);
  embedded = await startEmbeddedPostgres({
    dataDir: path.join(folder, 'data'),
    password: 'test',
    database: 'postgres',
  });
  project.provide('adminDatabaseUrl', embedded.urlFor('postgres'));
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
}
