import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { AuditContext } from '../audit';
import { changedFields, toDraft, translatedFieldSelect } from './fields';
import { saveTranslation } from './save';
import type { FieldChange, SaveResult } from './types';

export interface RevisionRow {
  version: number;
  createdAt: Date;
  author: string | null;
  status: string;
  minorEdit: boolean;
  title: string;
  /** What this revision is now: the text readers see, the one scheduled, the unpublished changes, or past. */
  role: 'live' | 'scheduled' | 'changes' | 'past';
  /** The version being worked on: what a restore (a new save) is based on. */
  current: boolean;
}

async function translationOf(articleId: string, locale: Locale) {
  return db().articleTranslation.findFirst({
    where: { articleId, locale, article: { deletedAt: null } },
    select: { id: true, version: true, status: true, workingCopy: { select: { version: true } } },
  });
}

export async function listRevisions(actor: Actor, articleId: string, locale: Locale): Promise<RevisionRow[] | null> {
  authorize(actor, 'read:workspace');
  const translation = await translationOf(articleId, locale);
  if (!translation) return null;
  const revisions = await db().revision.findMany({
    where: { translationId: translation.id },
    orderBy: { version: 'desc' },
    select: {
      version: true,
      createdAt: true,
      status: true,
      minorEdit: true,
      title: true,
      author: { select: { displayName: true } },
    },
  });
  // The row's version is its own text: live while published, waiting while scheduled (decision 012).
  const roleOf = (version: number): RevisionRow['role'] => {
    if (version === translation.workingCopy?.version) return 'changes';
    if (version !== translation.version) return 'past';
    if (translation.status === 'published') return 'live';
    return translation.status === 'scheduled' ? 'scheduled' : 'past';
  };
  return revisions.map(({ author, ...revision }) => ({
    ...revision,
    author: author?.displayName ?? null,
    role: roleOf(revision.version),
    current: revision.version === (translation.workingCopy?.version ?? translation.version),
  }));
}

/** The difference between any two revisions of one translation, field by field. */
export async function compareRevisions(
  actor: Actor,
  input: { articleId: string; locale: Locale; from: number; to: number },
): Promise<FieldChange[] | null> {
  authorize(actor, 'read:workspace');
  const translation = await translationOf(input.articleId, input.locale);
  if (!translation) return null;
  const [from, to] = await Promise.all(
    [input.from, input.to].map((version) =>
      db().revision.findUnique({
        where: { translationId_version: { translationId: translation.id, version } },
        select: translatedFieldSelect,
      }),
    ),
  );
  if (!from || !to) return null;
  return changedFields(from, to);
}

/** The unpublished changes of a translation against its live text, field by field (empty when it has none). */
export async function compareWithLive(
  actor: Actor,
  input: { articleId: string; locale: Locale },
): Promise<FieldChange[] | null> {
  authorize(actor, 'read:workspace');
  const translation = await db().articleTranslation.findFirst({
    where: { articleId: input.articleId, locale: input.locale, article: { deletedAt: null } },
    select: { ...translatedFieldSelect, workingCopy: { select: translatedFieldSelect } },
  });
  if (!translation) return null;
  return translation.workingCopy ? changedFields(translation, translation.workingCopy) : [];
}

/**
 * Restoring an old revision is a new save of its content (so it is itself a revision, and can be undone); for a
 * published translation it lands in the working copy like any save, and goes live only when published.
 */
export async function restoreRevision(
  actor: Actor & AuditContext,
  input: { articleId: string; locale: Locale; version: number; baseVersion: number },
): Promise<SaveResult> {
  authorize(actor, 'edit:translation:own-languages', { locale: input.locale });
  const translation = await translationOf(input.articleId, input.locale);
  const revision = translation
    ? await db().revision.findUnique({
        where: { translationId_version: { translationId: translation.id, version: input.version } },
        select: translatedFieldSelect,
      })
    : null;
  if (!revision) return { ok: false, error: 'not-found' };
  return saveTranslation(actor, {
    articleId: input.articleId,
    locale: input.locale,
    baseVersion: input.baseVersion,
    minorEdit: false,
    ...toDraft(revision),
  });
}
