import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/db/prisma-client';
import { onceAcrossInstances, tryLockAcrossInstances } from '@/lib/db/once-across-instances';
import pg from 'pg';
import { createEmptyDatabase } from '../support/test-db';

/** Two "instances": two Prisma clients (two pools) on one database, as two app processes would have. */
describe('work done once across instances', () => {
  let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let first: PrismaClient;
  let second: PrismaClient;
  beforeAll(async () => {
    database = await createEmptyDatabase();
    first = createPrismaClient(database.url);
    second = createPrismaClient(database.url);
  });
  afterAll(async () => {
    await Promise.all([first.$disconnect(), second.$disconnect()]);
    await database.drop();
  });

  it('runs on one instance while the other skips the same tick, and on either once the first is done', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    const slow = onceAcrossInstances(first, 'scheduler', async () => {
      runs++;
      await held;
      return 'first';
    });
    // Wait until the first instance holds the lock (bounded).
    for (let i = 0; i < 100 && runs === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runs).toBe(1);
    const skipped = await onceAcrossInstances(second, 'scheduler', () => {
      runs++;
      return Promise.resolve('second');
    });
    expect(skipped).toEqual({ ran: false });
    // Another name is another lock.
    expect(await onceAcrossInstances(second, 'backup', () => Promise.resolve('backup'))).toEqual({
      ran: true,
      value: 'backup',
    });
    release();
    expect(await slow).toEqual({ ran: true, value: 'first' });
    expect(await onceAcrossInstances(second, 'scheduler', () => Promise.resolve('second'))).toEqual({
      ran: true,
      value: 'second',
    });
    expect(runs).toBe(1);
  });

  it('lets the lock go when the work fails', async () => {
    await expect(onceAcrossInstances(first, 'trash', () => Promise.reject(new Error('disk full')))).rejects.toThrow(
      'disk full',
    );
    expect(await onceAcrossInstances(second, 'trash', () => Promise.resolve(1))).toEqual({ ran: true, value: 1 });
  });

  it('holds a long lock (a scheduled backup) until released, or until its process dies', async () => {
    const held = await tryLockAcrossInstances(database.url, 'scheduled-backup');
    expect(held).not.toBeNull();
    expect(await tryLockAcrossInstances(database.url, 'scheduled-backup')).toBeNull();
    await held?.release();
    const again = await tryLockAcrossInstances(database.url, 'scheduled-backup');
    expect(again).not.toBeNull();
    // A process that dies: its connection is ended by the server, and the lock goes with it.
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()`,
    );
    await admin.end();
    let taken = null;
    for (let i = 0; i < 50 && !taken; i++) {
      taken = await tryLockAcrossInstances(database.url, 'scheduled-backup');
      if (!taken) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(taken).not.toBeNull();
    await taken?.release();
    await again?.release().catch(() => {});
  });
});
