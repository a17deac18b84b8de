import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployMigrations, diffDatabaseToSchema, readMigrationsList } from '@/scripts/db/schema-engine';
import { createEmptyDatabase } from '../support/test-db';

describe('migrations in prisma/migrations', () => {
  let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
  beforeAll(async () => {
    database = await createEmptyDatabase();
  });
  afterAll(() => database.drop());

  it('are in Prisma’s standard layout', () => {
    const list = readMigrationsList();
    expect(list.lockfile.content).toContain('provider = "postgresql"');
    expect(list.migrationDirectories.length).toBeGreaterThan(0);
    for (const directory of list.migrationDirectories) expect(directory.path).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });

  it('bring a fresh database exactly to schema.prisma, and a second run applies nothing', async () => {
    const applied = await deployMigrations(database.url);
    expect(applied).toEqual(readMigrationsList().migrationDirectories.map((directory) => directory.path));
    expect(await diffDatabaseToSchema(database.url)).toBe('');
    expect(await deployMigrations(database.url)).toEqual([]);
  });
});
