import 'server-only';
import type { Locale } from '@/i18n/routing';
import { can, authorize, type Actor } from '@/lib/auth/permissions';
import { contentFingerprint } from '@/lib/content/fingerprint';
import { validateBody } from '@/lib/content/validate';
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit, type AuditContext } from '../audit';
import { changedFields, emptyFields, storableFields, storedText, toDraft, translatedFieldSelect } from './fields';
import { chooseSlug, moveSlug, slugTaken } from './slugs';
import type { ChangesState, SaveResult, TranslationDraft } from './types';
import { currentVersion, holdsApprovedText, nextVersion, versionSelect, workingFingerprint } from './working-text';

export interface SaveInput extends TranslationDraft {
  articleId: string;
  locale: Locale;
  /** The version the editor started from; 0 when this language does not exist yet. */
  baseVersion: number;
  /** Source language only: a typo fix that leaves the translations up to date. */
  minorEdit: boolean;
}

/** Many people may save at once; a save waits for a connection rather than failing. */
export const transactionOptions = { maxWait: 15_000, timeout: 20_000 } as const;

class Conflict extends Error {}

/**
 * Saves one language of an article: one transaction writes the text, its revision and the audit event, or nothing.
 * The version the user started from must still be the current one (optimistic concurrency): otherwise the save is
 * refused with what the other person changed, and the client keeps the user's text. Languages are separate rows, so
 * two people translating two languages of one article never block or overwrite each other.
 *
 * A published or scheduled translation keeps its approved text: saves (and autosaves) of it go to its working copy
 * (decision 012), which reaches readers only when someone who may publish publishes it. So a save never changes a
 * public page.
 */
export async function saveTranslation(actor: Actor & AuditContext, input: SaveInput): Promise<SaveResult> {
  authorize(actor, 'edit:translation:own-languages', { locale: input.locale });
  input = { ...input, ...storableFields(input) };
  // "Minor" keeps other languages up to date: a decision about their translators' work, so editors' only.
  if (input.minorEdit && !can(actor, 'edit:translation:any')) input = { ...input, minorEdit: false };
  const body = validateBody(input.body);
  if (!body.ok) return { ok: false, error: 'invalid', fieldErrors: { body: `body-${body.error}` } };
  const chosen = chooseSlug(input.slug, input.title);
  if ('error' in chosen) return { ok: false, error: 'invalid', fieldErrors: { slug: chosen.error } };
  const { slug } = chosen;
  const fingerprint = contentFingerprint({ ...input, body: body.doc });

  try {
    return await db().$transaction(async (tx): Promise<SaveResult> => {
      const article = await tx.article.findFirst({
        where: { id: input.articleId, deletedAt: null },
        select: {
          sourceLocale: true,
          translations: {
            select: {
              id: true,
              locale: true,
              status: true,
              slug: true,
              publishedAt: true,
              ...versionSelect,
              workingCopy: { select: { ...versionSelect.workingCopy.select, state: true } },
            },
          },
        },
      });
      if (!article) return { ok: false, error: 'not-found' };
      const existing = article.translations.find((translation) => translation.locale === input.locale);
      const source = article.translations.find((translation) => translation.locale === article.sourceLocale);
      const isSource = input.locale === article.sourceLocale;
      if ((existing ? currentVersion(existing) : 0) !== input.baseVersion) throw new Conflict();
      // Changes scheduled to go live were approved as they are: only someone who may publish changes them further.
      if (existing?.workingCopy?.state === 'scheduled' && !can(actor, 'publish:translation:any')) {
        return { ok: false, error: 'changes-scheduled' };
      }
      if (await slugTaken(tx, input.locale, slug, existing?.id ?? null)) {
        return { ok: false, error: 'invalid', fieldErrors: { slug: 'slug-taken' } };
      }
      const version = await nextVersion(tx, existing?.id ?? null);
      const text = storedText({ ...input, slug }, body.doc);
      const written = { ...text, bodyHtml: body.html, contentFingerprint: fingerprint, updatedById: actor.id };
      let translationId: string;
      let changes: ChangesState | null = null;

      if (!existing) {
        const created = await tx.articleTranslation.create({
          data: {
            ...written,
            articleId: input.articleId,
            locale: input.locale,
            version,
            // A new translation is made from the source as it is now.
            sourceFingerprint: isSource || !source ? null : workingFingerprint(source),
          },
          select: { id: true },
        });
        translationId = created.id;
      } else if (holdsApprovedText(existing.status)) {
        translationId = existing.id;
        changes = existing.workingCopy?.state ?? 'editing';
        if (existing.workingCopy) {
          const updated = await tx.workingCopy.updateMany({
            where: { translationId, version: input.baseVersion, state: existing.workingCopy.state },
            data: { ...written, version },
          });
          if (updated.count !== 1) throw new Conflict();
        } else {
          // The first change: the copy starts from the approved text, made from the same source text.
          await tx.workingCopy.create({
            data: { ...written, translationId, version, sourceFingerprint: existing.sourceFingerprint },
          });
        }
      } else {
        translationId = existing.id;
        const updated = await tx.articleTranslation.updateMany({
          // The status read above must still hold: a publish committed meanwhile makes this save a conflict.
          where: { id: existing.id, version: input.baseVersion, status: existing.status },
          data: { ...written, version },
        });
        if (updated.count !== 1) throw new Conflict();
        // Once readers may have seen a URL, it keeps working: it redirects to the new one.
        if (existing.slug !== slug) {
          const move = { locale: input.locale, oldSlug: existing.slug, newSlug: slug, translationId };
          await moveSlug(tx, { ...move, keepOld: Boolean(existing.publishedAt) });
        }
      }

      await tx.revision.create({
        data: {
          translationId,
          version,
          ...text,
          status: existing?.status ?? 'draft',
          authorId: actor.id,
          contentFingerprint: fingerprint,
          minorEdit: input.minorEdit && isSource,
        },
      });
      if (input.minorEdit && isSource && existing && workingFingerprint(existing) !== fingerprint) {
        await carryTranslationsAlong(tx, input.articleId, input.locale, workingFingerprint(existing), fingerprint);
      }
      // Last, so the article row (shared by all languages) is locked only for the end of this transaction.
      await tx.article.update({ where: { id: input.articleId }, data: { updatedAt: new Date() } });
      await recordAudit(
        tx,
        actor,
        'translation.saved',
        { type: 'article', id: input.articleId },
        { locale: input.locale, version, title: input.title, minor: input.minorEdit, changes: changes !== null },
      );
      const status = existing?.status ?? 'draft';
      return { ok: true, version, slug, savedAt: new Date().toISOString(), status, changes };
    }, transactionOptions);
  } catch (error) {
    if (!(error instanceof Conflict) && !isUniqueViolation(error)) throw error;
    return conflictFor(input);
  }
}

/**
 * After a typo fix in the source, the translations whose working text was up to date with the source's old text are
 * up to date with the new one too (their working copy, or the row when they have none).
 */
async function carryTranslationsAlong(
  tx: Prisma.TransactionClient,
  articleId: string,
  sourceLocale: Locale,
  from: string,
  to: string,
): Promise<void> {
  const others = { articleId, locale: { not: sourceLocale } };
  await tx.articleTranslation.updateMany({
    where: { ...others, workingCopy: { is: null }, sourceFingerprint: from },
    data: { sourceFingerprint: to },
  });
  await tx.workingCopy.updateMany({
    where: { translation: others, sourceFingerprint: from },
    data: { sourceFingerprint: to },
  });
}

/** The refusal of a stale save: the server's version and what changed since the version the user started from. */
async function conflictFor(input: SaveInput): Promise<SaveResult> {
  const current = await db().articleTranslation.findFirst({
    where: { articleId: input.articleId, locale: input.locale },
    select: {
      id: true,
      version: true,
      ...translatedFieldSelect,
      updatedAt: true,
      updatedBy: { select: { displayName: true } },
      workingCopy: {
        select: {
          version: true,
          ...translatedFieldSelect,
          updatedAt: true,
          updatedBy: { select: { displayName: true } },
        },
      },
    },
  });
  if (!current) return { ok: false, error: 'not-found' };
  const theirs = current.workingCopy ?? current;
  const base = await db().revision.findUnique({
    where: { translationId_version: { translationId: current.id, version: input.baseVersion } },
    select: translatedFieldSelect,
  });
  return {
    ok: false,
    error: 'conflict',
    conflict: {
      version: theirs.version,
      updatedBy: theirs.updatedBy?.displayName ?? null,
      updatedAt: theirs.updatedAt.toISOString(),
      changes: changedFields(base ?? emptyFields, theirs),
      theirs: toDraft(theirs),
    },
  };
}
