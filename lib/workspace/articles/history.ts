import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { AuditContext } from '../audit';
import { changedFields, toDraft, translatedFieldSelect } from './fields';
import type { PublicRefresh } from './public-pages';
import { saveTranslation } from './save';
import type { FieldChange, SaveResult } from './types';

export interface RevisionRow {
  version: number;
  createdAt: Date;
  author: string | null;
  status: string;
  minorEdit: boolean;
  title: string;
}

async function translationOf(articleId: string, locale: Locale) {
  return db().articleTranslation.findFirst({
    where: { articleId, locale, article: { deletedAt: null } },
    select: { id: true, version: true },
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
  return revisions.map(({ author, ...revision }) => ({ ...revision, author: author?.displayName ?? null }));
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

/** Restoring an old revision is a new save of its content (so it is itself a revision, and can be undone). */
export async function restoreRevision(
  actor: Actor & AuditContext,
  input: { articleId: string; locale: Locale; version: number; baseVersion: number },
): Promise<{ result: SaveResult; refresh: PublicRefresh }> {
  authorize(actor, 'edit:translation:own-languages', { locale: input.locale });
  const translation = await translationOf(input.articleId, input.locale);
  const revision = translation
    ? await db().revision.findUnique({
        where: { translationId_version: { translationId: translation.id, version: input.version } },
        select: translatedFieldSelect,
      })
    : null;
  if (!revision) return { result: { ok: false, error: 'not-found' }, refresh: { tags: [], immediate: false } };
  return saveTranslation(actor, {
    articleId: input.articleId,
    locale: input.locale,
    baseVersion: input.baseVersion,
    minorEdit: false,
    ...toDraft(revision),
  });
}
