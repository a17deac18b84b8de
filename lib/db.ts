import 'server-only';
import { createPrismaClient, type PrismaClient } from './db/prisma-client';
import { env } from './env';

const globalForPrisma = globalThis as unknown as { habarPrisma?: PrismaClient };

/**
 * The app's one Prisma client. Only modules of the data layer (lib/…, server-only) import it: pages and actions go
 * through those modules, which check the session and permission next to the query.
 */
export function db(): PrismaClient {
  globalForPrisma.habarPrisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.habarPrisma;
}
