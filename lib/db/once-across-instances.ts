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
