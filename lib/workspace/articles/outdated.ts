import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { recordAudit, type AuditContext } from '../audit';
import { versionSelect, workingFingerprint } from './working-text';

/**
 * Marks a translation's working text as made from the source's working text as it is now (clears "outdated"), after
 * the translator has looked at the source's changes. Metadata only: no text changes, nothing public changes.
 */
export async function markUpToDate(
  actor: Actor & AuditContext,
  input: { articleId: string; locale: Locale },
): Promise<{ ok: true } | { ok: false; error: 'not-found' }> {
  authorize(actor, 'edit:translation:own-languages', { locale: input.locale });
  return db().$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.articleId, deletedAt: null },
      select: { sourceLocale: true, translations: { select: { id: true, locale: true, ...versionSelect } } },
    });
    const source = article?.translations.find((translation) => translation.locale === article.sourceLocale);
    const target = article?.translations.find((translation) => translation.locale === input.locale);
    if (!source || !target || target.id === source.id) return { ok: false, error: 'not-found' } as const;
    const sourceFingerprint = workingFingerprint(source);
    if (target.workingCopy) {
      await tx.workingCopy.update({ where: { translationId: target.id }, data: { sourceFingerprint } });
    } else {
      await tx.articleTranslation.update({ where: { id: target.id }, data: { sourceFingerprint } });
    }
    await recordAudit(
      tx,
      actor,
      'translation.marked-up-to-date',
      { type: 'article', id: input.articleId },
      { locale: input.locale },
    );
    return { ok: true } as const;
  });
}
