import 'server-only';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db';

/**
 * Readiness for load balancers: the database answers and every migration this build ships is applied. The answer
 * is a yes or no; what failed goes nowhere near the response (the log has it when a query fails).
 */
let expectedMigrations: string[] | undefined;
let migrationsSeen = false;

function shippedMigrations(): string[] {
  expectedMigrations ??= readdirSync(path.join(process.cwd(), 'prisma', 'migrations'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return expectedMigrations;
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref()),
  ]);

export async function isReady(): Promise<boolean> {
  try {
    if (migrationsSeen) {
      await within(db().$queryRaw`SELECT 1`, 3_000);
      return true;
    }
    const rows = await within(
      db().$queryRaw<{ name: string }[]>`
        SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      3_000,
    );
    const applied = new Set(rows.map((row) => row.name));
    // Migrations never un-apply while the server runs: once all are there, a plain query is enough.
    migrationsSeen = shippedMigrations().every((name) => applied.has(name));
    return migrationsSeen;
  } catch {
    return false;
  }
}

const plain = (body: string, status: number) =>
  new Response(body, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

/** `/healthz`: the process answers. */
export const healthResponse = () => plain('ok\n', 200);

/** `/readyz`: 200 when ready, 503 otherwise; the body says no more than that. */
export async function readinessResponse(): Promise<Response> {
  return (await isReady()) ? plain('ready\n', 200) : plain('not ready\n', 503);
}
