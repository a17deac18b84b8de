import 'server-only';
import type { Locale } from '@/i18n/routing';
import type { Prisma } from '@/lib/generated/prisma/client';
import { moveSlug } from './slugs';
import type { TranslationStatus } from './types';

/**
 * The working text of a translation (decision 012): its working copy when there is one, else the translation row. A
 * published or scheduled row holds approved text that changes only when someone publishes; everything else edits the
 * row itself. These helpers are the one place that knows which of the two a question is about.
 */

/** Statuses whose text was approved by someone who may publish: saves go to the working copy, not to the row. */
export const approvedStatuses: readonly TranslationStatus[] = ['published', 'scheduled'];

export function holdsApprovedText(status: TranslationStatus): boolean {
  return approvedStatuses.includes(status);
}

/** The version a save or a status change must name: the working copy's, else the row's. */
export function currentVersion(translation: { version: number; workingCopy: { version: number } | null }): number {
  return translation.workingCopy?.version ?? translation.version;
}

type WithFingerprint = { contentFingerprint: string; workingCopy: { contentFingerprint: string } | null };
type WithSource = { sourceFingerprint: string | null; workingCopy: { sourceFingerprint: string | null } | null };

/** The fingerprint of the text being worked on (what translations into other languages follow). */
export function workingFingerprint(translation: WithFingerprint): string {
  return translation.workingCopy?.contentFingerprint ?? translation.contentFingerprint;
}

/** The source fingerprint the working text was made from. */
export function workingSourceFingerprint(translation: WithSource): string | null {
  return translation.workingCopy ? translation.workingCopy.sourceFingerprint : translation.sourceFingerprint;
}

/** A translation whose working text was made from another source text than the source's working text. */
export function isOutdated(translation: WithSource, source: WithFingerprint | undefined): boolean {
  return Boolean(source && workingSourceFingerprint(translation) !== workingFingerprint(source));
}

export const versionSelect = {
  version: true,
  contentFingerprint: true,
  sourceFingerprint: true,
  workingCopy: { select: { version: true, contentFingerprint: true, sourceFingerprint: true } },
} as const;

/**
 * The number of the next revision of a translation. Revisions are numbered per translation and never reused, also
 * after changes were discarded, so the next one follows the highest ever written, not the current version.
 */
export async function nextVersion(tx: Prisma.TransactionClient, translationId: string | null): Promise<number> {
  if (!translationId) return 1;
  const last = await tx.revision.findFirst({
    where: { translationId },
    orderBy: { version: 'desc' },
    select: { version: true },
  });
  return (last?.version ?? 0) + 1;
}

/** Thrown inside a transaction when a row changed since it was read: the transaction rolls back, the caller answers
 * `conflict`. */
export class StaleWrite extends Error {}

/**
 * Makes the working copy the translation's own text (publishing the changes, or folding them back when the
 * translation leaves the public site) and removes the copy. Compare-and-set on both rows' versions: a save or a move
 * committed meanwhile throws StaleWrite. A slug that changed keeps its old URL once it was published; the old slug is
 * returned so its pages can be refreshed.
 */
export async function adoptWorkingCopy(
  tx: Prisma.TransactionClient,
  translation: { id: string; locale: Locale; version: number; status: TranslationStatus; slug: string },
  copyVersion: number,
  options: { keepOldSlug: boolean; actorId: string | null },
): Promise<{ oldSlug: string | null }> {
  const copy = await tx.workingCopy.findUnique({ where: { translationId: translation.id } });
  if (!copy || copy.version !== copyVersion) throw new StaleWrite();
  const removed = await tx.workingCopy.deleteMany({ where: { translationId: translation.id, version: copy.version } });
  if (removed.count !== 1) throw new StaleWrite();
  const updated = await tx.articleTranslation.updateMany({
    where: { id: translation.id, version: translation.version, status: translation.status },
    data: {
      title: copy.title,
      slug: copy.slug,
      summary: copy.summary,
      body: copy.body as Prisma.InputJsonValue,
      bodyHtml: copy.bodyHtml,
      seoDescription: copy.seoDescription,
      coverAlt: copy.coverAlt,
      contentFingerprint: copy.contentFingerprint,
      sourceFingerprint: copy.sourceFingerprint,
      version: copy.version,
      updatedById: options.actorId ?? copy.updatedById,
    },
  });
  if (updated.count !== 1) throw new StaleWrite();
  if (copy.slug === translation.slug) return { oldSlug: null };
  const { locale, slug: oldSlug, id: translationId } = translation;
  await moveSlug(tx, { locale, oldSlug, newSlug: copy.slug, translationId, keepOld: options.keepOldSlug });
  return { oldSlug };
}
