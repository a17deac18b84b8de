import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, can, type Actor, type Permission } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/errors';
import { rememberArticle } from '@/lib/desk/memory';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit, type AuditContext } from '../audit';
import { publishBlockers } from './publish-check';
import { articleRefresh, nothingToRefresh, type PublicRefresh } from './public-pages';
import { transactionOptions } from './save';
import type { ChangesState, Transition, TranslationStatus } from './types';
import { adoptWorkingCopy, currentVersion, StaleWrite } from './working-text';

/**
 * Each language moves on its own: draft → in review → published, plus scheduled and unpublished. A published or
 * scheduled language has a working copy once someone edits it; its changes move on their own (submitted, published,
 * scheduled, returned, discarded) while readers keep the live text (decision 012). Publishing one language never
 * touches another row. Moves name the version they were decided on, so nobody publishes text that changed after they
 * looked at it.
 */
interface Rule {
  permission: Permission;
  /** The translation's statuses the move starts from. */
  from: TranslationStatus[];
  /** For moves of the changes: the working copy's states it starts from (the copy must exist). */
  changesFrom?: ChangesState[];
  audit: string;
}

const publisher: Permission = 'publish:translation:any';
const changes = (from: ChangesState[], permission: Permission, audit: string, rowFrom?: TranslationStatus[]): Rule => ({
  permission,
  from: rowFrom ?? ['published', 'scheduled'],
  changesFrom: from,
  audit,
});

const rules: Record<Transition, Rule> = {
  submit: {
    permission: 'submit:translation:own-languages',
    from: ['draft', 'unpublished'],
    audit: 'translation.submitted',
  },
  publish: {
    permission: publisher,
    from: ['draft', 'in_review', 'scheduled', 'unpublished'],
    audit: 'translation.published',
  },
  schedule: {
    permission: publisher,
    from: ['draft', 'in_review', 'scheduled', 'unpublished'],
    audit: 'translation.scheduled',
  },
  unpublish: { permission: publisher, from: ['published'], audit: 'translation.unpublished' },
  return: { permission: publisher, from: ['in_review'], audit: 'translation.returned' },
  'cancel-schedule': { permission: publisher, from: ['scheduled'], audit: 'translation.schedule-cancelled' },
  'submit-changes': changes(['editing'], 'submit:translation:own-languages', 'translation.changes-submitted'),
  'publish-changes': changes(['editing', 'in_review', 'scheduled'], publisher, 'translation.changes-published'),
  // One schedule at a time: a translation waiting for its own time takes its changes with it ("publish changes").
  'schedule-changes': changes(['editing', 'in_review', 'scheduled'], publisher, 'translation.changes-scheduled', [
    'published',
  ]),
  'return-changes': changes(['in_review'], publisher, 'translation.changes-returned'),
  'discard-changes': changes(
    ['editing', 'in_review', 'scheduled'],
    'edit:translation:own-languages',
    'translation.changes-discarded',
  ),
  'cancel-changes-schedule': changes(['scheduled'], publisher, 'translation.changes-schedule-cancelled'),
};

export type TransitionError =
  'not-found' | 'conflict' | 'not-allowed-now' | 'schedule-in-past' | 'slug-taken' | 'empty-title' | 'empty-body';

export type TransitionResult =
  { ok: true; status: TranslationStatus; changes: ChangesState | null } | { ok: false; error: TransitionError };

export interface TransitionInput {
  articleId: string;
  locale: Locale;
  transition: Transition;
  version: number;
  scheduledAt?: Date;
}

type Outcome = { result: TransitionResult; refresh: PublicRefresh };
const refused = (error: TransitionError): Outcome => ({ result: { ok: false, error }, refresh: nothingToRefresh });

export const translationSelect = {
  id: true,
  articleId: true,
  locale: true,
  status: true,
  version: true,
  slug: true,
  title: true,
  body: true,
  publishedAt: true,
  workingCopy: { select: { version: true, state: true, title: true, body: true } },
} as const;
type Row = Prisma.ArticleTranslationGetPayload<{ select: typeof translationSelect }>;

export async function changeStatus(actor: Actor & AuditContext, input: TransitionInput, now = new Date()) {
  const rule = rules[input.transition];
  authorize(actor, rule.permission, { locale: input.locale });
  const scheduling = input.transition === 'schedule' || input.transition === 'schedule-changes';
  if (scheduling && (!input.scheduledAt || input.scheduledAt <= now)) return refused('schedule-in-past');
  try {
    return await db().$transaction(async (tx): Promise<Outcome> => {
      const row = await tx.articleTranslation.findFirst({
        where: { articleId: input.articleId, locale: input.locale, article: { deletedAt: null } },
        select: translationSelect,
      });
      if (!row) return refused('not-found');
      if (currentVersion(row) !== input.version) return refused('conflict');
      const copy = row.workingCopy;
      if (!rule.from.includes(row.status)) return refused('not-allowed-now');
      if (rule.changesFrom && (!copy || !rule.changesFrom.includes(copy.state))) return refused('not-allowed-now');
      // Changes approved for a time are an editor's to drop.
      if (input.transition === 'discard-changes' && copy?.state === 'scheduled' && !can(actor, publisher)) {
        return refused('not-allowed-now');
      }
      const blocker = textGoingLive(input.transition, row).flatMap(publishBlockers)[0];
      if (blocker) return refused(blocker);
      const outcome = await apply(tx, row, input, actor, now);
      if (!outcome.result.ok) return outcome;
      // The translation memory holds what is live: it follows every change of a published text (decision 021).
      if (changesLiveText(input.transition, row.status)) await rememberArticle(tx, input.articleId);
      const scheduledAt = scheduling ? input.scheduledAt?.toISOString() : undefined;
      await recordAudit(
        tx,
        actor,
        rule.audit,
        { type: 'article', id: input.articleId },
        { locale: input.locale, title: copy?.title ?? row.title, ...(scheduledAt ? { scheduledAt } : {}) },
      );
      return outcome;
    }, transactionOptions);
  } catch (error) {
    if (error instanceof StaleWrite) return refused('conflict');
    if (isUniqueViolation(error)) return refused('slug-taken');
    throw error;
  }
}

function changesLiveText(transition: Transition, status: TranslationStatus): boolean {
  return (
    transition === 'publish' ||
    transition === 'unpublish' ||
    (transition === 'publish-changes' && status === 'published')
  );
}

/** The text a move approves for readers (checked for what must never go live empty). */
function textGoingLive(transition: Transition, row: Row): { title: string; body: unknown }[] {
  if (transition === 'publish' || transition === 'schedule') return [row];
  if ((transition === 'publish-changes' || transition === 'schedule-changes') && row.workingCopy)
    return [row.workingCopy];
  return [];
}

/** The move itself, compare-and-set on the version and status read, so a write committed meanwhile is a conflict. */
async function apply(
  tx: Prisma.TransactionClient,
  row: Row,
  input: TransitionInput,
  actor: Actor & AuditContext & { id: string },
  now: Date,
): Promise<Outcome> {
  const setRow = async (data: Prisma.ArticleTranslationUpdateManyMutationInput) => {
    const changed = await tx.articleTranslation.updateMany({
      where: { id: row.id, version: row.version, status: row.status },
      data,
    });
    if (changed.count !== 1) throw new StaleWrite();
  };
  const setCopy = async (data: Prisma.WorkingCopyUpdateManyMutationInput) => {
    const copy = row.workingCopy;
    const changed = await tx.workingCopy.updateMany({
      where: { translationId: row.id, version: copy?.version ?? -1, state: copy?.state },
      data,
    });
    if (changed.count !== 1) throw new StaleWrite();
  };
  const done = (status: TranslationStatus, changes: ChangesState | null, refresh = nothingToRefresh): Outcome => ({
    result: { ok: true, status, changes },
    refresh,
  });
  const copyState = row.workingCopy?.state ?? null;
  const refreshAfter = async (oldSlug: string | null) =>
    articleRefresh(tx, input.articleId, [input.locale], {
      oldSlugs: [row.slug, oldSlug]
        .filter((slug): slug is string => Boolean(slug))
        .map((slug) => ({ locale: input.locale, slug })),
    });
  // When the translation stops holding approved text, its changes become its own text (nothing typed is lost).
  const leaveApproved = async (data: Prisma.ArticleTranslationUpdateManyMutationInput) => {
    if (!row.workingCopy) {
      await setRow(data);
      return { oldSlug: null };
    }
    const keepOldSlug = Boolean(row.publishedAt);
    const adopted = await adoptWorkingCopy(tx, row, row.workingCopy.version, { keepOldSlug, actorId: actor.id });
    await tx.articleTranslation.update({ where: { id: row.id }, data });
    return adopted;
  };

  switch (input.transition) {
    case 'submit':
      await setRow({ status: 'in_review' });
      return done('in_review', copyState);
    case 'return':
      await setRow({ status: 'draft' });
      return done('draft', copyState);
    case 'schedule':
      await setRow({ status: 'scheduled', scheduledAt: input.scheduledAt });
      return done('scheduled', copyState);
    case 'publish':
      await setRow({ status: 'published', scheduledAt: null, publishedAt: row.publishedAt ?? now });
      return done('published', copyState, await refreshAfter(null));
    case 'unpublish': {
      const { oldSlug } = await leaveApproved({ status: 'unpublished', scheduledAt: null });
      return done('unpublished', null, await refreshAfter(oldSlug));
    }
    case 'cancel-schedule': {
      const status = row.publishedAt ? 'unpublished' : 'draft';
      await leaveApproved({ status, scheduledAt: null });
      return done(status, null);
    }
    case 'submit-changes':
      await setCopy({ state: 'in_review' });
      return done(row.status, 'in_review');
    case 'return-changes':
    case 'cancel-changes-schedule':
      await setCopy({ state: 'editing', scheduledAt: null });
      return done(row.status, 'editing');
    case 'schedule-changes':
      await setCopy({ state: 'scheduled', scheduledAt: input.scheduledAt });
      return done(row.status, 'scheduled');
    case 'discard-changes': {
      const removed = await tx.workingCopy.deleteMany({
        where: { translationId: row.id, version: row.workingCopy?.version ?? -1 },
      });
      if (removed.count !== 1) throw new StaleWrite();
      return done(row.status, null);
    }
    case 'publish-changes': {
      const copyVersion = row.workingCopy?.version ?? -1;
      const { oldSlug } = await adoptWorkingCopy(tx, row, copyVersion, { keepOldSlug: true, actorId: actor.id });
      // Changes to a translation still waiting for its time become the text that goes live then.
      return done(row.status, null, row.status === 'published' ? await refreshAfter(oldSlug) : nothingToRefresh);
    }
  }
}
