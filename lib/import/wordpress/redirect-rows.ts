import type { Prisma } from '@/lib/generated/prisma/client';

export type ImportedRedirect = { fromPath: string; translationId?: string; mediaId?: string };

/**
 * Adds imported old addresses in one statement. An address already taken keeps its target (the first post that
 * claimed it, or an admin's redirect): imported rows never overwrite, and a row whose target was deleted is gone
 * with it (cascade), so a re-run adds it again. Returns how many rows were added.
 */
export async function insertRedirects(tx: Prisma.TransactionClient, rows: ImportedRedirect[]): Promise<number> {
  if (rows.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO "Redirect" ("id", "fromPath", "translationId", "mediaId", "source")
    SELECT gen_random_uuid()::text, r."fromPath", r."translationId", r."mediaId", 'wordpress'::"RedirectSource"
    FROM unnest(
      ${rows.map((row) => row.fromPath)}::text[],
      ${rows.map((row) => row.translationId ?? null)}::text[],
      ${rows.map((row) => row.mediaId ?? null)}::text[]
    ) AS r("fromPath", "translationId", "mediaId")
    ON CONFLICT ("fromPath") DO NOTHING`;
}
