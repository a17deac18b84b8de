import 'server-only';
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/errors';
import { rememberArticle } from '@/lib/desk/memory';
import { recordAudit } from '../audit';
import { articleRefresh, type PublicRefresh } from './public-pages';
import { transactionOptions } from './save';
import { translationSelect } from './workflow';
import { adoptWorkingCopy, StaleWrite } from './working-text';

/**
 * Publishes what is due: scheduled translations whose time has come, and scheduled changes to published ones. Run by
 * the server on a timer (the launcher calls POST /api/internal/scheduler), whoever is signed in or not; audited as the
 * system. Each in its own transaction, compare-and-set, so an editor's move at the same moment wins or loses cleanly.
 */
export async function publishDue(now = new Date()): Promise<{ published: number; refreshes: PublicRefresh[] }> {
  const system = { id: '', email: 'system', ip: '' };
  const refreshes: PublicRefresh[] = [];
  let published = 0;
  const due = await db().articleTranslation.findMany({
    where: { status: 'scheduled', scheduledAt: { lte: now }, article: { deletedAt: null } },
    select: { id: true, articleId: true, locale: true, title: true, publishedAt: true },
  });
  for (const translation of due) {
    await db().$transaction(async (tx) => {
      const changed = await tx.articleTranslation.updateMany({
        where: { id: translation.id, status: 'scheduled', scheduledAt: { lte: now }, article: { deletedAt: null } },
        data: { status: 'published', scheduledAt: null, publishedAt: translation.publishedAt ?? now },
      });
      if (changed.count !== 1) return;
      published += 1;
      const { articleId, locale, title } = translation;
      await rememberArticle(tx, articleId);
      await recordAudit(
        tx,
        system,
        'translation.published',
        { type: 'article', id: articleId },
        { locale, title, scheduled: true },
      );
      refreshes.push(await articleRefresh(tx, articleId, [locale]));
    }, transactionOptions);
  }
  const dueChanges = await db().workingCopy.findMany({
    where: {
      state: 'scheduled',
      scheduledAt: { lte: now },
      translation: { status: 'published', article: { deletedAt: null } },
    },
    select: { version: true, title: true, translation: { select: translationSelect } },
  });
  for (const copy of dueChanges) {
    const row = copy.translation;
    const { articleId } = row;
    try {
      await db().$transaction(async (tx) => {
        const { oldSlug } = await adoptWorkingCopy(tx, row, copy.version, { keepOldSlug: true, actorId: null });
        published += 1;
        await rememberArticle(tx, articleId);
        await recordAudit(
          tx,
          system,
          'translation.changes-published',
          { type: 'article', id: articleId },
          {
            locale: row.locale,
            title: copy.title,
            scheduled: true,
          },
        );
        const oldSlugs = [row.slug, oldSlug].filter((slug): slug is string => Boolean(slug));
        refreshes.push(
          await articleRefresh(tx, articleId, [row.locale], {
            oldSlugs: oldSlugs.map((slug) => ({ locale: row.locale, slug })),
          }),
        );
      }, transactionOptions);
    } catch (error) {
      // Someone saved or moved the changes at the same moment: their write stands, the next tick looks again.
      if (!(error instanceof StaleWrite) && !isUniqueViolation(error)) throw error;
    }
  }
  return { published, refreshes };
}
