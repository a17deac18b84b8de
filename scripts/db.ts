/**
 * Database commands: `npm run db:migrate -- <name>` (author a migration), `db:deploy` (apply pending migrations),
 * `db:diff` (print SQL that would bring the database to schema.prisma), `db:seed` (demo content, idempotent).
 * Uses DATABASE_URL, or the embedded PostgreSQL in .data/ when it is unset.
 */
import path from 'node:path';
import { createPrismaClient } from '@/lib/db/prisma-client';
import { createMigration, deployMigrations, diffDatabaseToSchema } from './db/schema-engine';
import { seedDemo } from './db/seed';
import { resolveDatabase } from './lib/database';
import { dataDir, isProductionMode, loadDotEnv, projectRoot, provideSecrets } from './lib/settings';

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  loadDotEnv();
  const { postgresPassword } = provideSecrets();
  const database = await resolveDatabase(postgresPassword, (line) => console.error(`[habar] ${line}`));
  try {
    switch (command) {
      case 'deploy': {
        const applied = await deployMigrations(database.url);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
        break;
      }
      case 'migrate': {
        const name = rest.find((arg) => !arg.startsWith('-')) ?? 'change';
        const folder = await createMigration(database.url, name);
        console.log(
          folder
            ? `created and applied prisma/migrations/${folder}`
            : 'schema.prisma and the database agree: no migration',
        );
        break;
      }
      case 'diff': {
        const sql = await diffDatabaseToSchema(database.url);
        console.log(sql.trim() ? sql : '-- no difference');
        break;
      }
      case 'seed': {
        if (isProductionMode() && !rest.includes('--demo')) {
          throw new Error('Refusing to seed demo accounts in production; pass --demo to insist.');
        }
        await deployMigrations(database.url);
        const prisma = createPrismaClient(database.url);
        try {
          const report = await seedDemo(prisma, {
            withAccounts: true,
            demoPassword: process.env.DEMO_PASSWORD || 'habar-demo-2026',
            uploadsDir: path.resolve(projectRoot, process.env.UPLOADS_DIR ?? path.join(dataDir(), 'uploads')),
          });
          console.log(
            `demo content: ${report.articles} articles, ${report.translations} new translations, ${report.accounts} accounts`,
          );
        } finally {
          await prisma.$disconnect();
        }
        break;
      }
      default:
        throw new Error('usage: tsx scripts/db.ts deploy | migrate <name> | diff | seed [--demo]');
    }
  } finally {
    await database.embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[habar] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
