import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Locale } from '@/i18n/routing';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isSlug, slugOrFallback } from '@/lib/slug';

/** The slug to store: the one typed (checked), or one proposed from the title (the discovery issue's rules). */
export function chooseSlug(typed: string, title: string): { slug: string } | { error: 'slug-invalid' } {
  // A title without letters or digits still gets an address (article-<random>), like categories and tags.
  const slug = typed.trim() ? typed.trim().toLowerCase() : slugOrFallback(title, randomBytes(6).toString('hex'));
  if (!isSlug(slug)) return { error: 'slug-invalid' };
  return { slug };
}

/**
 * Whether another translation in this language owns the slug: now, in its unpublished changes, or as an old URL that
 * still redirects to it. A translation may take back one of its own old slugs (its redirect is then removed).
 */
export async function slugTaken(
  tx: Prisma.TransactionClient,
  locale: Locale,
  slug: string,
  translationId: string | null,
): Promise<boolean> {
  const [current, pending, redirect] = await Promise.all([
    tx.articleTranslation.findFirst({ where: { locale, slug }, select: { id: true } }),
    tx.workingCopy.findFirst({
      where: { slug, translation: { locale, ...(translationId ? { id: { not: translationId } } : {}) } },
      select: { translationId: true },
    }),
    tx.slugRedirect.findUnique({
      where: { locale_oldSlug: { locale, oldSlug: slug } },
      select: { translationId: true },
    }),
  ]);
  if ((current && current.id !== translationId) || pending) return true;
  return Boolean(redirect && redirect.translationId !== translationId);
}

/**
 * A translation moved from `oldSlug` to `newSlug`: an old redirect of its own that the new slug takes back is removed,
 * and once readers may have seen the old URL (`keepOld`: it was published), it keeps working as a permanent redirect.
 */
export async function moveSlug(
  tx: Prisma.TransactionClient,
  move: { locale: Locale; oldSlug: string; newSlug: string; translationId: string; keepOld: boolean },
): Promise<void> {
  const { locale, oldSlug, newSlug, translationId } = move;
  await tx.slugRedirect.deleteMany({ where: { locale, oldSlug: newSlug, translationId } });
  if (!move.keepOld) return;
  await tx.slugRedirect.upsert({
    where: { locale_oldSlug: { locale, oldSlug } },
    update: { translationId },
    create: { locale, oldSlug, translationId },
  });
}
