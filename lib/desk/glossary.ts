import 'server-only';
import { routing, type Locale } from '@/i18n/routing';
import { authorize, can, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { recordAudit, type AuditContext } from '@/lib/workspace/audit';
import type { Prisma } from '@/lib/generated/prisma/client';
import { storableText } from '@/lib/text';
import type { GlossaryEntryView, GlossaryInput, GlossaryStatus } from './types';

/**
 * The glossary (decision 021): one entry per concept, a term per language plus accepted variants, a note, or "do not
 * translate". Editors and admins keep it; translators propose entries, which wait for an editor's approval and are
 * applied (highlighted, checked) only once approved.
 */

export const GLOSSARY_LIMITS = { term: 200, variants: 20, note: 1000 } as const;
export const GLOSSARY_PAGE_SIZE = 100;

const entrySelect = {
  id: true,
  status: true,
  doNotTranslate: true,
  note: true,
  updatedAt: true,
  proposedBy: { select: { displayName: true } },
  terms: { select: { locale: true, term: true, variants: true } },
} as const;
type EntryRow = Prisma.GlossaryEntryGetPayload<{ select: typeof entrySelect }>;

function toView(row: EntryRow): GlossaryEntryView {
  const terms: GlossaryEntryView['terms'] = {};
  for (const term of row.terms) terms[term.locale] = { term: term.term, variants: term.variants };
  return {
    id: row.id,
    status: row.status,
    doNotTranslate: row.doNotTranslate,
    note: row.note,
    proposedBy: row.proposedBy?.displayName ?? null,
    updatedAt: row.updatedAt.toISOString(),
    terms,
  };
}

/** Entries, proposals first, then alphabetically by their first term; `q` finds a term or variant in any language. */
export async function listGlossary(
  actor: Actor,
  filter: { q?: string; status?: GlossaryStatus; page?: number } = {},
): Promise<{ entries: GlossaryEntryView[]; total: number; proposals: number }> {
  authorize(actor, 'read:workspace');
  const q = filter.q?.trim();
  const where: Prisma.GlossaryEntryWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(q
      ? {
          terms: {
            some: { OR: [{ term: { contains: q, mode: 'insensitive' } }, { variants: { has: q } }] },
          },
        }
      : {}),
  };
  const page = Math.max(1, Math.min(10_000, filter.page ?? 1));
  const [rows, total, proposals] = await Promise.all([
    db().glossaryEntry.findMany({
      where,
      select: entrySelect,
      orderBy: [{ status: 'desc' }, { updatedAt: 'desc' }],
      skip: (page - 1) * GLOSSARY_PAGE_SIZE,
      take: GLOSSARY_PAGE_SIZE,
    }),
    db().glossaryEntry.count({ where }),
    db().glossaryEntry.count({ where: { status: 'proposed' } }),
  ]);
  return { entries: rows.map(toView), total, proposals };
}

export async function glossaryEntry(actor: Actor, id: string): Promise<GlossaryEntryView | null> {
  authorize(actor, 'read:workspace');
  const row = await db().glossaryEntry.findUnique({ where: { id }, select: entrySelect });
  return row ? toView(row) : null;
}

export type GlossaryResult =
  | { ok: true; id: string; status: GlossaryStatus }
  | { ok: false; error: 'invalid' | 'not-found'; fieldErrors?: Record<string, string> };

/** The input's terms, cleaned: trimmed, variants without blanks and duplicates, languages without a term dropped. */
function cleanTerms(input: GlossaryInput) {
  return routing.locales.flatMap((locale) => {
    const given = input.terms[locale];
    const term = storableText(given?.term ?? '').trim();
    if (!term) return [];
    const variants = [
      ...new Set((given?.variants ?? []).map((variant) => storableText(variant).trim()).filter(Boolean)),
    ].filter((variant) => variant !== term);
    return [{ locale, term, variants }];
  });
}

/** Another approved entry already has this term (any case) in this language. */
async function takenTerms(terms: { locale: Locale; term: string }[], exceptId: string | null) {
  const taken: Record<string, string> = {};
  for (const { locale, term } of terms) {
    const clash = await db().glossaryTerm.findFirst({
      where: {
        locale,
        term: { equals: term, mode: 'insensitive' },
        entry: { status: 'approved', ...(exceptId ? { id: { not: exceptId } } : {}) },
      },
      select: { entryId: true },
    });
    if (clash) taken[`term.${locale}`] = 'term-taken';
  }
  return taken;
}

/**
 * Creates an entry (approved when an editor makes it, a proposal when a translator does) or changes one (editors).
 * An entry needs terms in at least two languages, or one term marked "do not translate".
 */
export async function saveGlossaryEntry(
  actor: Actor & AuditContext,
  input: GlossaryInput & { id?: string },
): Promise<GlossaryResult> {
  const manages = can(actor, 'manage:glossary');
  authorize(actor, input.id ? 'manage:glossary' : 'propose:glossary');
  const terms = cleanTerms(input);
  const note = storableText(input.note).trim();
  if (terms.length < (input.doNotTranslate ? 1 : 2)) {
    return {
      ok: false,
      error: 'invalid',
      fieldErrors: { terms: input.doNotTranslate ? 'term-needed' : 'terms-needed' },
    };
  }
  const status: GlossaryStatus = manages ? 'approved' : 'proposed';
  const taken = status === 'approved' ? await takenTerms(terms, input.id ?? null) : {};
  if (Object.keys(taken).length) return { ok: false, error: 'invalid', fieldErrors: taken };
  return db().$transaction(async (tx) => {
    const data = { doNotTranslate: input.doNotTranslate, note };
    let id = input.id;
    if (id) {
      const updated = await tx.glossaryEntry.updateMany({ where: { id }, data: { ...data, status } });
      if (updated.count !== 1) return { ok: false as const, error: 'not-found' as const };
      await tx.glossaryTerm.deleteMany({ where: { entryId: id } });
    } else {
      id = (
        await tx.glossaryEntry.create({
          data: { ...data, status, proposedById: manages ? null : actor.id },
          select: { id: true },
        })
      ).id;
    }
    await tx.glossaryTerm.createMany({ data: terms.map((term) => ({ ...term, entryId: id })) });
    const action = input.id ? 'glossary.updated' : status === 'approved' ? 'glossary.created' : 'glossary.proposed';
    await recordAudit(tx, actor, action, { type: 'glossary', id }, { terms: terms.map((term) => term.term) });
    return { ok: true as const, id, status };
  });
}

/** An editor's decision on a proposal: approve it (it applies from now on) or reject it (it is deleted). */
export async function reviewGlossaryProposal(
  actor: Actor & AuditContext,
  input: { id: string; decision: 'approve' | 'reject' },
): Promise<{ ok: true } | { ok: false; error: 'not-found' | 'invalid'; fieldErrors?: Record<string, string> }> {
  authorize(actor, 'manage:glossary');
  const entry = await db().glossaryEntry.findFirst({
    where: { id: input.id, status: 'proposed' },
    select: { id: true, terms: { select: { locale: true, term: true } } },
  });
  if (!entry) return { ok: false, error: 'not-found' };
  if (input.decision === 'approve') {
    const taken = await takenTerms(entry.terms, entry.id);
    if (Object.keys(taken).length) return { ok: false, error: 'invalid', fieldErrors: taken };
  }
  return db().$transaction(async (tx) => {
    const where = { id: entry.id, status: 'proposed' as const };
    const changed =
      input.decision === 'approve'
        ? await tx.glossaryEntry.updateMany({ where, data: { status: 'approved' } })
        : await tx.glossaryEntry.deleteMany({ where });
    if (changed.count !== 1) return { ok: false as const, error: 'not-found' as const };
    const action = input.decision === 'approve' ? 'glossary.approved' : 'glossary.rejected';
    await recordAudit(tx, actor, action, { type: 'glossary', id: entry.id }, { terms: entry.terms.map((t) => t.term) });
    return { ok: true as const };
  });
}

export async function deleteGlossaryEntry(actor: Actor & AuditContext, id: string): Promise<{ ok: boolean }> {
  authorize(actor, 'manage:glossary');
  return db().$transaction(async (tx) => {
    const entry = await tx.glossaryEntry.findUnique({ where: { id }, select: { terms: { select: { term: true } } } });
    if (!entry) return { ok: false };
    await tx.glossaryEntry.delete({ where: { id } });
    await recordAudit(
      tx,
      actor,
      'glossary.deleted',
      { type: 'glossary', id },
      { terms: entry.terms.map((t) => t.term) },
    );
    return { ok: true };
  });
}

/** Every approved entry with a term in `locale` (or "do not translate"), for matching. */
export async function approvedEntries(locales: Locale[]) {
  return db().glossaryEntry.findMany({
    where: { status: 'approved', terms: { some: { locale: { in: locales } } } },
    select: {
      id: true,
      doNotTranslate: true,
      note: true,
      terms: { select: { locale: true, term: true, variants: true } },
    },
  });
}
