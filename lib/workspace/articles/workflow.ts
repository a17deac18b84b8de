import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor, type Permission } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { recordAudit, type AuditContext } from '../audit';
import { articleRefresh, nothingToRefresh, type PublicRefresh } from './public-pages';
import { transactionOptions } from './save';
import type { TranslationStatus } from './types';

/**
 * Each language moves on its own: draft → in review → published, plus scheduled and unpublished. Publishing one
 * language never touches another row. Transitions name the version they were decided on, so nobody publishes a
 * text that changed after they looked at it.
 */
export type Transition = 'submit' | 'publish' | 'schedule' | 'unpublish' | 'return';

const rules: Record<
  Transition,
  { permission: Permission; from: TranslationStatus[]; to: TranslationStatus; audit: string }
> = {
  submit: {
    permission: 'submit:translation:own-languages',
    from: ['draft', 'unpublished'],
    to: 'in_review',
    audit: 'translation.submitted',
  },
  publish: {
    permission: 'publish:translation:any',
    from: ['draft', 'in_review', 'scheduled', 'unpublished'],
    to: 'published',
    audit: 'translation.published',
  },
  schedule: {
    permission: 'publish:translation:any',
    from: ['draft', 'in_review', 'scheduled', 'unpublished'],
    to: 'scheduled',
    audit: 'translation.scheduled',
  },
  unpublish: {
    permission: 'publish:translation:any',
    from: ['published', 'scheduled'],
    to: 'unpublished',
    audit: 'translation.unpublished',
  },
  return: { permission: 'publish:translation:any', from: ['in_review'], to: 'draft', audit: 'translation.returned' },
};

export type TransitionResult =
  | { ok: true; status: TranslationStatus }
  | { ok: false; error: 'not-found' | 'conflict' | 'not-allowed-now' | 'schedule-in-past' };

export async function changeStatus(
  actor: Actor & AuditContext,
  input: { articleId: string; locale: Locale; transition: Transition; version: number; scheduledAt?: Date },
  now = new Date(),
): Promise<{ result: TransitionResult; refresh: PublicRefresh }> {
  const rule = rules[input.transition];
  authorize(actor, rule.permission, { locale: input.locale });
  if (input.transition === 'schedule' && (!input.scheduledAt || input.scheduledAt <= now)) {
    return { result: { ok: false, error: 'schedule-in-past' }, refresh: nothingToRefresh };
  }
  return db().$transaction(async (tx) => {
    const translation = await tx.articleTranslation.findFirst({
      where: { articleId: input.articleId, locale: input.locale, article: { deletedAt: null } },
      select: { id: true, status: true, version: true, title: true, publishedAt: true },
    });
    if (!translation) return { result: { ok: false, error: 'not-found' } as const, refresh: nothingToRefresh };
    if (translation.version !== input.version)
      return { result: { ok: false, error: 'conflict' } as const, refresh: nothingToRefresh };
    if (!rule.from.includes(translation.status)) {
      return { result: { ok: false, error: 'not-allowed-now' } as const, refresh: nothingToRefresh };
    }
    // The version and status decided on must still be the row's: a save committed meanwhile makes this a conflict.
    const changed = await tx.articleTranslation.updateMany({
      where: { id: translation.id, version: input.version, status: translation.status },
      data: {
        status: rule.to,
        scheduledAt: rule.to === 'scheduled' ? input.scheduledAt : null,
        ...(rule.to === 'published' ? { publishedAt: translation.publishedAt ?? now } : {}),
      },
    });
    if (changed.count !== 1) return { result: { ok: false, error: 'conflict' } as const, refresh: nothingToRefresh };
    await recordAudit(
      tx,
      actor,
      rule.audit,
      { type: 'article', id: input.articleId },
      {
        locale: input.locale,
        title: translation.title,
        ...(input.scheduledAt ? { scheduledAt: input.scheduledAt.toISOString() } : {}),
      },
    );
    const touchesPublic = rule.to === 'published' || translation.status === 'published';
    const refresh = touchesPublic
      ? await articleRefresh(tx, input.articleId, [input.locale], { immediate: rule.to !== 'published' })
      : nothingToRefresh;
    return { result: { ok: true, status: rule.to } as const, refresh };
  }, transactionOptions);
}

/**
 * Marks a translation as made from the source as it is now (clears "outdated"), after the translator has looked at
 * the source's changes.
 */
export async function markUpToDate(
  actor: Actor & AuditContext,
  input: { articleId: string; locale: Locale },
): Promise<{ ok: true } | { ok: false; error: 'not-found' }> {
  authorize(actor, 'edit:translation:own-languages', { locale: input.locale });
  return db().$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.articleId, deletedAt: null },
      select: { sourceLocale: true, translations: { select: { id: true, locale: true, contentFingerprint: true } } },
    });
    const source = article?.translations.find((translation) => translation.locale === article.sourceLocale);
    const target = article?.translations.find((translation) => translation.locale === input.locale);
    if (!source || !target || target.id === source.id) return { ok: false, error: 'not-found' } as const;
    await tx.articleTranslation.update({
      where: { id: target.id },
      data: { sourceFingerprint: source.contentFingerprint },
    });
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

/**
 * Publishes every scheduled translation whose time has come. Run by the server on a timer (the launcher calls
 * POST /api/internal/publish-due), whoever is signed in or not; audited as the system.
 */
export async function publishDue(now = new Date()): Promise<{ published: number; refresh: PublicRefresh }> {
  const due = await db().articleTranslation.findMany({
    where: { status: 'scheduled', scheduledAt: { lte: now }, article: { deletedAt: null } },
    select: { id: true, articleId: true, locale: true, title: true, publishedAt: true },
  });
  const tags = new Set<string>();
  let published = 0;
  for (const translation of due) {
    await db().$transaction(async (tx) => {
      const changed = await tx.articleTranslation.updateMany({
        where: { id: translation.id, status: 'scheduled', scheduledAt: { lte: now }, article: { deletedAt: null } },
        data: { status: 'published', scheduledAt: null, publishedAt: translation.publishedAt ?? now },
      });
      if (changed.count !== 1) return;
      published += 1;
      await recordAudit(
        tx,
        { id: '', email: 'system', ip: '' },
        'translation.published',
        { type: 'article', id: translation.articleId },
        {
          locale: translation.locale,
          title: translation.title,
          scheduled: true,
        },
      );
      for (const tag of (await articleRefresh(tx, translation.articleId, [translation.locale])).tags) tags.add(tag);
    });
  }
  return { published, refresh: { tags: [...tags], immediate: false } };
}
