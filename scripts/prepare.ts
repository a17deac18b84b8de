/**
 * The launcher's one-off start-up work, in a process of its own that exits when it is done (decision 024): applies
 * migrations (Prisma's Wasm schema engine), seeds the demo into an empty database (unless production without
 * --demo), and, with Redis, empties a page cache filled from another database. The launcher (scripts/start.ts)
 * runs it with DATABASE_URL and the other settings already resolved; what it loads (Prisma, the Wasm engine, the seed's
 * images) leaves with it instead of staying in the long-lived launcher. Exit code 0 when the database is ready.
 *
 * Flags: --demo (seed demo content and accounts into an empty database; the launcher decides: a demo, or --demo).
 */
import path from 'node:path';
import { parseEnv } from '@/lib/config/env-schema';
import { createPrismaClient } from '@/lib/db/prisma-client';
import { errorFields, logger } from '@/lib/log';
import { deployMigrations } from './db/schema-engine';
import { isDatabaseEmpty, seedDemo } from './db/seed';
import { installationId, resetPageCacheUnlessFrom } from './lib/page-cache';
import { projectRoot } from './lib/settings';

const launcherLog = logger('launcher');
const log = (line: string) => launcherLog.info(line);

async function main(): Promise<void> {
  const env = parseEnv();
  const applied = await deployMigrations(env.DATABASE_URL);
  log(applied.length > 0 ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');

  const prisma = createPrismaClient(env.DATABASE_URL);
  try {
    if (process.argv.includes('--demo') && (await isDatabaseEmpty(prisma))) {
      log('empty database: seeding demo content');
      const report = await seedDemo(prisma, {
        withAccounts: true,
        demoPassword: env.DEMO_PASSWORD,
        uploadsDir: path.resolve(projectRoot, env.UPLOADS_DIR),
      });
      log(`seeded ${report.articles} articles (${report.translations} translations), ${report.accounts} accounts`);
    }
    if (await resetPageCacheUnlessFrom(await installationId(prisma)))
      log('page cache in Redis emptied (filled from another database)');
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    launcherLog.fatal(errorFields(error).err);
    process.exit(1);
  },
);
