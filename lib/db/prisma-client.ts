import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { errorFields, logger } from '@/lib/log';

/**
 * A Prisma client on the pg driver adapter, for the app (lib/db.ts) and for scripts and tests. A connection that
 * dies (the database restarted) is dropped from the pool and the next query opens a new one; a database that does not
 * answer makes a query fail after five seconds instead of hanging.
 */
export function createPrismaClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString, max: 10, connectionTimeoutMillis: 5_000 },
    { onPoolError: (error) => logger('db').warn(errorFields(error), 'an idle database connection was lost') },
  );
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
