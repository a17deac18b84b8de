/**
 * A fresh, migrated database per test file, dropped afterwards: tests create and clean their own data.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/db/prisma-client';
import { deployMigrations } from '@/scripts/db/schema-engine';
import { assertLocalDatabaseUrl } from './local-database-guard';

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createEmptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('adminDatabaseUrl');
  assertLocalDatabaseUrl(adminUrl);
  const name = `habar_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

/** Registers hooks that give the test file a migrated database and a Prisma client on it. */
export function migratedDatabase(): { url: () => string; prisma: () => PrismaClient } {
  let database: { url: string; drop: () => Promise<void> } | undefined;
  let prisma: PrismaClient | undefined;
  beforeAll(async () => {
    database = await createEmptyDatabase();
    await deployMigrations(database.url);
    prisma = createPrismaClient(database.url);
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });
  return {
    url: () => (database as { url: string }).url,
    prisma: () => prisma as PrismaClient,
  };
}
