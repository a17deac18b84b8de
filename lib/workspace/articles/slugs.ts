import 'server-only';
import type { Locale } from '@/i18n/routing';
import type { Prisma } from '@/lib/generated/prisma/client';
import { MAX_SLUG_LENGTH, slugify } from '@/lib/slug';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug to store: the one typed (checked), or one proposed from the title (the discovery issue's rules). */
export function chooseSlug(typed: string, title: string): { slug: string } | { error: 'slug-invalid' } {
  const slug = typed.trim() ? typed.trim().toLowerCase() : slugify(title);
  if (!slug || slug.length > MAX_SLUG_LENGTH || !slugPattern.test(slug)) return { error: 'slug-invalid' };
  return { slug };
}

/**
 * Whether another translation in this language owns the slug, now or as an old URL that still redirects to it.
 * A translation may take back one of its own old slugs (its redirect is then removed).
 */
export async function slugTaken(
  tx: Prisma.TransactionClient,
  locale: Locale,
  slug: string,
  translationId: string | null,
): Promise<boolean> {
  const [current, redirect] = await Promise.all([
    tx.articleTranslation.findFirst({ where: { locale, slug }, select: { id: true } }),
    tx.slugRedirect.findUnique({
      where: { locale_oldSlug: { locale, oldSlug: slug } },
      select: { translationId: true },
    }),
  ]);
  if (current && current.id !== translationId) return true;
  return Boolean(redirect && redirect.translationId !== translationId);
}
