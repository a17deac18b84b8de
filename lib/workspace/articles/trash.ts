import 'server-only';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { recordAudit, type AuditContext } from '../audit';
import { articleRefresh, nothingToRefresh, type PublicRefresh } from './public-pages';

/** Deleted articles stay in the trash this long, restorable; then (or when an admin empties it) they are gone. */
export const TRASH_DAYS = 30;

/**
 * Moving to the trash withdraws every language from the public site at once (public queries skip deleted
 * articles); the translations keep their status, so a restore brings the article back exactly as it was.
 */
export async function trashArticle(
  actor: Actor & AuditContext,
  articleId: string,
): Promise<{ ok: boolean; refresh: PublicRefresh }> {
  authorize(actor, 'delete:article:any');
  return db().$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: articleId, deletedAt: null },
      select: { translations: { select: { locale: true, title: true } } },
    });
    if (!article) return { ok: false, refresh: nothingToRefresh };
    await tx.article.update({ where: { id: articleId }, data: { deletedAt: new Date() } });
    await recordAudit(
      tx,
      actor,
      'article.deleted',
      { type: 'article', id: articleId },
      {
        title: article.translations[0]?.title ?? '',
      },
    );
    const locales = article.translations.map((translation) => translation.locale);
    return { ok: true, refresh: await articleRefresh(tx, articleId, locales) };
  });
}

export async function restoreArticle(
  actor: Actor & AuditContext,
  articleId: string,
): Promise<{ ok: boolean; refresh: PublicRefresh }> {
  authorize(actor, 'restore:article:any');
  return db().$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: articleId, deletedAt: { not: null } },
      select: { translations: { select: { locale: true, title: true } } },
    });
    if (!article) return { ok: false, refresh: nothingToRefresh };
    await tx.article.update({ where: { id: articleId }, data: { deletedAt: null } });
    await recordAudit(
      tx,
      actor,
      'article.restored',
      { type: 'article', id: articleId },
      {
        title: article.translations[0]?.title ?? '',
      },
    );
    const locales = article.translations.map((translation) => translation.locale);
    return { ok: true, refresh: await articleRefresh(tx, articleId, locales) };
  });
}

export async function listTrash(actor: Actor) {
  authorize(actor, 'restore:article:any');
  const articles = await db().article.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: 'desc' },
    select: { id: true, deletedAt: true, translations: { select: { locale: true, title: true } } },
  });
  return articles.map((article) => ({
    id: article.id,
    deletedAt: article.deletedAt as Date,
    purgeAt: new Date((article.deletedAt as Date).getTime() + TRASH_DAYS * 86_400_000),
    titles: article.translations,
  }));
}

/** Deletes for good what is in the trash: everything (an admin emptying it), or only what has expired. */
export async function emptyTrash(
  actor: (Actor & AuditContext) | 'system',
  options: { onlyExpired: boolean },
  now = new Date(),
): Promise<number> {
  if (actor !== 'system') authorize(actor, 'empty:trash');
  const cutoff = options.onlyExpired ? new Date(now.getTime() - TRASH_DAYS * 86_400_000) : now;
  return db().$transaction(async (tx) => {
    const doomed = await tx.article.findMany({ where: { deletedAt: { lte: cutoff } }, select: { id: true } });
    if (!doomed.length) return 0;
    // Re-checked in the delete itself: an article restored meanwhile stays.
    const deleted = await tx.article.deleteMany({
      where: { id: { in: doomed.map((article) => article.id) }, deletedAt: { lte: cutoff } },
    });
    await recordAudit(
      tx,
      actor === 'system' ? { id: '', email: 'system', ip: '' } : actor,
      'trash.emptied',
      { type: 'article', id: '' },
      { count: deleted.count, onlyExpired: options.onlyExpired },
    );
    return deleted.count;
  });
}
