import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma's CLI insists on a native schema engine even for `generate`. Where none was downloaded (these machines are
// offline), point it at a stub: `generate` never runs it, and migrations go through the WebAssembly engine
// (scripts/db/schema-engine.ts). Where a native engine exists, a stock `prisma migrate deploy` keeps working.
const enginesDir = path.join(import.meta.dirname, 'node_modules', '@prisma', 'engines');
const hasNativeEngine =
  existsSync(enginesDir) && readdirSync(enginesDir).some((file) => file.startsWith('schema-engine-'));
if (!hasNativeEngine && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(import.meta.dirname, 'scripts', 'no-schema-engine.sh');
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx scripts/db.ts seed' },
  // Only `migrate deploy` with a native engine reads this; the app and our scripts take DATABASE_URL themselves.
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
