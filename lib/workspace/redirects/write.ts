import 'server-only';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isReservedPath, normalizeOldPath, normalizeTargetPath } from '@/lib/public/redirect-paths';
import { recordAudit, type AuditContext } from '@/lib/workspace/audit';
import { parseRedirectCsv } from './csv';
import { CSV_MAX_BYTES, type CsvImportResult, type RedirectRefusal } from './types';

type Tx = Prisma.TransactionClient;
/** Who acts: their permissions, and what the audit log records. */
type Editor = Actor & AuditContext;

/**
 * What the existing redirects already claim, for the loop and chain checks: every old address, and every path an
 * old address leads to (typed targets, normalized like old addresses).
 */
async function claimed(tx: Tx): Promise<{ froms: Set<string>; targets: Set<string> }> {
  const rows = await tx.redirect.findMany({ select: { fromPath: true, toPath: true } });
  const targets = new Set<string>();
  for (const row of rows) {
    const target = row.toPath ? normalizeOldPath(row.toPath) : null;
    if (target) targets.add(target);
  }
  return { froms: new Set(rows.map((row) => row.fromPath)), targets };
}

/**
 * Checks one redirect against what exists: the old address must be an address Habar does not serve itself and not
 * yet redirected; the new one a path on this site. Loops (to itself) and chains (to an address that redirects, or
 * from an address another redirect leads to) are refused: every redirect answers in one hop.
 */
function check(
  rawFrom: string,
  rawTo: string,
  claims: { froms: Set<string>; targets: Set<string> },
): { ok: true; from: string; to: string } | { ok: false; error: RedirectRefusal } {
  const from = normalizeOldPath(rawFrom);
  if (!from) return { ok: false, error: 'bad-from' };
  if (isReservedPath(from)) return { ok: false, error: 'reserved-from' };
  const to = normalizeTargetPath(rawTo);
  if (!to) return { ok: false, error: 'bad-to' };
  const toKey = normalizeOldPath(to);
  if (toKey === from) return { ok: false, error: 'loop' };
  if (claims.froms.has(from)) return { ok: false, error: 'exists' };
  if (toKey && claims.froms.has(toKey)) return { ok: false, error: 'chain-to-redirect' };
  if (claims.targets.has(from)) return { ok: false, error: 'chain-from-target' };
  return { ok: true, from, to };
}

export type AddRedirectResult = { ok: true; id: string; fromPath: string } | { ok: false; error: RedirectRefusal };

export async function addRedirect(actor: Editor, input: { from: string; to: string }): Promise<AddRedirectResult> {
  authorize(actor, 'manage:redirects');
  return db().$transaction(
    async (tx) => {
      // One writer at a time: the checks read every redirect, and two parallel adds must not make a chain together.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('habar:redirects'))`;
      const checked = check(input.from, input.to, await claimed(tx));
      if (!checked.ok) return checked;
      const created = await tx.redirect.create({
        data: { fromPath: checked.from, toPath: checked.to, source: 'manual', createdById: actor.id },
        select: { id: true },
      });
      await recordAudit(tx, actor, 'redirect.created', { type: 'redirect', id: created.id }, checked);
      return { ok: true, id: created.id, fromPath: checked.from };
    },
    { isolationLevel: 'ReadCommitted' },
  );
}

export async function deleteRedirect(actor: Editor, id: string): Promise<{ ok: boolean }> {
  authorize(actor, 'manage:redirects');
  return db().$transaction(async (tx) => {
    const removed = await tx.redirect.deleteMany({ where: { id } });
    if (removed.count === 0) return { ok: false };
    await recordAudit(tx, actor, 'redirect.deleted', { type: 'redirect', id });
    return { ok: true };
  });
}

/**
 * A CSV file of `old path,new path` lines (a header line is allowed): every acceptable line is added in one
 * transaction, every other line is reported with its number and reason. Lines are checked against each other too,
 * so a file cannot build a chain or a loop.
 */
export async function importRedirectsCsv(actor: Editor, text: string): Promise<CsvImportResult | 'too-large'> {
  authorize(actor, 'manage:redirects');
  if (Buffer.byteLength(text) > CSV_MAX_BYTES) return 'too-large';
  const parsed = parseRedirectCsv(text);
  if (parsed === 'too-many-lines') return 'too-large';
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('habar:redirects'))`;
      const claims = await claimed(tx);
      const result: CsvImportResult = { added: 0, refused: [] };
      const rows: Prisma.RedirectCreateManyInput[] = [];
      for (const line of parsed) {
        if ('error' in line) {
          result.refused.push({ line: line.line, error: line.error });
          continue;
        }
        const checked = check(line.from, line.to, claims);
        if (!checked.ok) {
          result.refused.push({ line: line.line, error: checked.error });
          continue;
        }
        claims.froms.add(checked.from);
        const toKey = normalizeOldPath(checked.to);
        if (toKey) claims.targets.add(toKey);
        rows.push({ fromPath: checked.from, toPath: checked.to, source: 'csv', createdById: actor.id });
      }
      if (rows.length) result.added = (await tx.redirect.createMany({ data: rows })).count;
      await recordAudit(
        tx,
        actor,
        'redirect.imported',
        { type: 'redirect', id: '' },
        {
          added: result.added,
          refused: result.refused.length,
        },
      );
      return result;
    },
    { timeout: 60_000 },
  );
}
