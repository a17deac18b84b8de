import 'server-only';
import type { Locale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit, type AuditContext } from '../audit';
import { auditTitle, localesOf, type TaxonomyDeleteResult } from './translations';

/** What a delete reads of the entry first: its names (for the audit log and the stale pages) and its articles. */
interface Deletable {
  translations: { locale: Locale; name: string }[];
  _count: { articles: number };
}

/**
 * Deletes a category, tag or author in one transaction: `find` reads it, `remove` deletes it (a count of 0: another
 * request deleted it first), then the audit event records its title, languages and articles; its public pages
 * disappear in every language it had. Nothing here authorizes: the operation calling it does.
 */
export function deleteEntry(
  actor: AuditContext,
  target: { type: 'category' | 'tag' | 'author'; id: string },
  find: (tx: Prisma.TransactionClient) => Promise<Deletable | null>,
  remove: (tx: Prisma.TransactionClient) => Promise<{ count: number }>,
): Promise<TaxonomyDeleteResult> {
  return db().$transaction(async (tx): Promise<TaxonomyDeleteResult> => {
    const entry = await find(tx);
    if (!entry) return { ok: false, error: 'not-found' };
    const { count } = await remove(tx);
    if (!count) return { ok: false, error: 'not-found' };
    const locales = localesOf(entry.translations);
    await recordAudit(tx, actor, `${target.type}.deleted`, target, {
      title: auditTitle(entry.translations),
      locales,
      articles: entry._count.articles,
    });
    return { ok: true, id: target.id, locales };
  });
}
