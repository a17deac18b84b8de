import pg from 'pg';
import type { PrismaClient } from './prisma-client';

/**
 * Work that must happen once however many instances run (the scheduler's publishing, the trash purge, scheduled
 * backups): each instance's clock still ticks, and whichever takes PostgreSQL's advisory lock of that name does the
 * work while the others skip the tick (decision 022). The lock is transaction-scoped, so a crashed instance cannot
 * hold it: its connection goes and the lock with it. The work itself runs on other connections of the pool.
 */
const habarLockSpace = 0x4861_6261; // "Haba": keeps our lock ids apart from other applications' on a shared server.

export type OnceResult<T> = { ran: true; value: T } | { ran: false };

export async function onceAcrossInstances<T>(
  prisma: PrismaClient,
  name: string,
  work: () => Promise<T>,
  { maxMinutes = 10 }: { maxMinutes?: number } = {},
): Promise<OnceResult<T>> {
  return prisma.$transaction(
    async (tx): Promise<OnceResult<T>> => {
      const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(${habarLockSpace}::int, hashtext(${name})) AS locked`;
      if (!row?.locked) return { ran: false };
      return { ran: true, value: await work() };
    },
    { maxWait: 5_000, timeout: maxMinutes * 60_000 },
  );
}

/**
 * The same lock for work that outlives a transaction (a scheduled backup, minutes long, run by the launcher as a
 * child process): held by a connection of its own until `release`, or until the process dies and its connection with
 * it. Null when another instance holds it.
 */
export async function tryLockAcrossInstances(
  connectionString: string,
  name: string,
): Promise<{ release: () => Promise<void> } | null> {
  const client = new pg.Client({ connectionString });
  // A connection lost midway ends the lock, not the work holding it (at worst two backups run at once).
  client.on('error', () => {});
  await client.connect();
  const { rows } = await client.query<{ locked: boolean }>(
    'SELECT pg_try_advisory_lock($1::int, hashtext($2)) AS locked',
    [habarLockSpace, name],
  );
  if (!rows[0]?.locked) {
    await client.end();
    return null;
  }
  return { release: () => client.end() };
}
