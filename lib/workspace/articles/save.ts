import 'server-only';
import type { Locale } from '@/i18n/routing';
import { can, authorize, type Actor } from '@/lib/auth/permissions';
import { contentFingerprint } from '@/lib/content/fingerprint';
import { validateBody } from '@/lib/content/validate';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit, type AuditContext } from '../audit';
import { changedFields, emptyFields, storableFields, storedText, toDraft, translatedFieldSelect } from './fields';
import { articleRefresh, nothingToRefresh, type PublicRefresh } from './public-pages';
import { chooseSlug, slugTaken } from './slugs';
import type { SaveResult, TranslationDraft } from './types';

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
 * Saves one language of an article: one transaction writes the translation, its revision and the audit event, or
 * nothing. The version the user started from must still be the current one (optimistic concurrency): otherwise the
 * save is refused with what the other person changed, and the client keeps the user's text. Languages are separate
 * rows, so two people translating two languages of one article never block or overwrite each other.
 */
export async function saveTranslation(
  actor: Actor & AuditContext,
  input: SaveInput,
): Promise<{ result: SaveResult; refresh: PublicRefresh }> {
  authorize(actor, 'edit:translation:own-languages', { locale: input.locale });
  input = { ...input, ...storableFields(input) };
  // "Minor" keeps other languages up to date: a decision about their translators' work, so editors' only.
  if (input.minorEdit && !can(actor, 'edit:translation:any')) input = { ...input, minorEdit: false };
  const refused = (result: SaveResult) => ({ result, refresh: nothingToRefresh });
  const body = validateBody(input.body);
  if (!body.ok) return refused({ ok: false, error: 'invalid', fieldErrors: { body: `body-${body.error}` } });
  const chosen = chooseSlug(input.slug, input.title);
  if ('error' in chosen) return refused({ ok: false, error: 'invalid', fieldErrors: { slug: chosen.error } });
  const { slug } = chosen;
  const fingerprint = contentFingerprint({ ...input, body: body.doc });

  try {
    return await db().$transaction(async (tx) => {
      const article = await tx.article.findFirst({
        where: { id: input.articleId, deletedAt: null },
        select: {
          sourceLocale: true,
          translations: {
            select: {
              id: true,
              locale: true,
              status: true,
              version: true,
              slug: true,
              contentFingerprint: true,
              publishedAt: true,
            },
          },
        },
      });
      if (!article) return refused({ ok: false, error: 'not-found' });
      const existing = article.translations.find((translation) => translation.locale === input.locale);
      const source = article.translations.find((translation) => translation.locale === article.sourceLocale);
      // Published or scheduled text was approved by an editor: only someone who may publish may change it (else the
      // scheduler would publish text nobody reviewed).
      const approved = existing?.status === 'published' || existing?.status === 'scheduled';
      if (approved && !can(actor, 'publish:translation:any')) {
        return refused({ ok: false, error: 'published-needs-editor' });
      }
      if (await slugTaken(tx, input.locale, slug, existing?.id ?? null)) {
        return refused({ ok: false, error: 'invalid', fieldErrors: { slug: 'slug-taken' } });
      }
      const text = storedText({ ...input, slug }, body.doc);
      const fields = { ...text, bodyHtml: body.html, contentFingerprint: fingerprint, updatedById: actor.id };
      let translationId: string;
      let version: number;
      let status = existing?.status ?? 'draft';
      if (!existing) {
        if (input.baseVersion !== 0) throw new Conflict();
        const created = await tx.articleTranslation.create({
          data: {
            ...fields,
            articleId: input.articleId,
            locale: input.locale,
            version: 1,
            // A new translation is made from the source as it is now.
            sourceFingerprint: input.locale === article.sourceLocale ? null : (source?.contentFingerprint ?? null),
          },
          select: { id: true },
        });
        translationId = created.id;
        version = 1;
      } else {
        version = input.baseVersion + 1;
        const updated = await tx.articleTranslation.updateMany({
          // The status read above must still hold: a publish committed meanwhile makes this save a conflict.
          where: { id: existing.id, version: input.baseVersion, status: existing.status },
          data: { ...fields, version },
        });
        if (updated.count !== 1) throw new Conflict();
        translationId = existing.id;
        status = existing.status;
      }

      const oldSlugs: { locale: Locale; slug: string }[] = [];
      if (existing && existing.slug !== slug) {
        await tx.slugRedirect.deleteMany({ where: { locale: input.locale, oldSlug: slug, translationId } });
        // Once readers may have seen a URL, it keeps working: it redirects to the new one.
        if (existing.publishedAt) {
          await tx.slugRedirect.upsert({
            where: { locale_oldSlug: { locale: input.locale, oldSlug: existing.slug } },
            update: { translationId },
            create: { locale: input.locale, oldSlug: existing.slug, translationId },
          });
          oldSlugs.push({ locale: input.locale, slug: existing.slug });
        }
      }
      await tx.revision.create({
        data: {
          translationId,
          version,
          ...text,
          status,
          authorId: actor.id,
          contentFingerprint: fingerprint,
          minorEdit: input.minorEdit && input.locale === article.sourceLocale,
        },
      });
      if (
        input.minorEdit &&
        input.locale === article.sourceLocale &&
        existing &&
        existing.contentFingerprint !== fingerprint
      ) {
        // Translations that were up to date stay up to date after a typo fix in the source.
        await tx.articleTranslation.updateMany({
          where: {
            articleId: input.articleId,
            locale: { not: input.locale },
            sourceFingerprint: existing.contentFingerprint,
          },
          data: { sourceFingerprint: fingerprint },
        });
      }
      // Last, so the article row (shared by all languages) is locked only for the end of this transaction.
      await tx.article.update({ where: { id: input.articleId }, data: { updatedAt: new Date() } });
      await recordAudit(
        tx,
        actor,
        'translation.saved',
        { type: 'article', id: input.articleId },
        { locale: input.locale, version, title: input.title, minor: input.minorEdit },
      );
      const refresh =
        status === 'published'
          ? await articleRefresh(tx, input.articleId, [input.locale], { oldSlugs })
          : nothingToRefresh;
      return { result: { ok: true, version, slug, savedAt: new Date().toISOString(), status }, refresh };
    }, transactionOptions);
  } catch (error) {
    const lostRace =
      error instanceof Conflict || (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002');
    if (!lostRace) throw error;
    return refused(await conflictFor(input));
  }
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
    },
  });
  if (!current) return { ok: false, error: 'not-found' };
  const base = await db().revision.findUnique({
    where: { translationId_version: { translationId: current.id, version: input.baseVersion } },
    select: translatedFieldSelect,
  });
  return {
    ok: false,
    error: 'conflict',
    conflict: {
      version: current.version,
      updatedBy: current.updatedBy?.displayName ?? null,
      updatedAt: current.updatedAt.toISOString(),
      changes: changedFields(base ?? emptyFields, current),
      theirs: toDraft(current),
    },
  };
}
