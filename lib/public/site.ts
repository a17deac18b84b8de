import 'server-only';
import { createHash } from 'node:crypto';
import { cachedFresh } from './cache-found';
import { routing, type Locale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { SiteData } from '@/lib/render/page-data';
import { emptyIdentity, IDENTITY_SETTING_KEY, parseStoredIdentity } from '@/lib/site/identity';
import { publicTags } from './tags';

/**
 * What every public page shows around its content: the site's identity (set by admins) and the pages listed in the
 * masthead and footer. Read once into Next's data cache under the `public` tag, so rendering a page never queries it
 * again; a change to the identity or to a published page revalidates `public`, and every page is rendered anew.
 */
async function loadSite(): Promise<SiteData> {
  const [setting, pages, categories] = await Promise.all([
    db().setting.findUnique({ where: { key: IDENTITY_SETTING_KEY }, select: { value: true } }),
    db().articleTranslation.findMany({
      where: {
        status: 'published',
        publishedAt: { not: null },
        article: { kind: 'page', deletedAt: null, placement: { not: 'unlisted' } },
      },
      orderBy: [{ article: { position: 'asc' } }, { article: { createdAt: 'asc' } }],
      select: { locale: true, slug: true, title: true, article: { select: { placement: true } } },
    }),
    db().category.findMany({
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: { translations: { select: { locale: true, slug: true, name: true } } },
    }),
  ]);
  const identity = parseStoredIdentity(setting?.value);
  const social = identity.socialImageId
    ? await db().media.findUnique({
        where: { id: identity.socialImageId },
        select: { storagePath: true, width: true, height: true, translations: { select: { locale: true, alt: true } } },
      })
    : null;
  const data: Omit<SiteData, 'stamp'> = {
    identity,
    socialImage: social
      ? {
          path: social.storagePath,
          width: social.width,
          height: social.height,
          alt: Object.fromEntries(
            routing.locales.map((l) => [l, social.translations.find((t) => t.locale === l)?.alt ?? '']),
          ) as Record<Locale, string>,
        }
      : null,
    pages: pages.map((page) => ({
      locale: page.locale,
      slug: page.slug,
      title: page.title,
      placement: page.article.placement === 'masthead' ? 'masthead' : 'footer',
    })),
    sections: categories.flatMap((category) => category.translations),
  };
  return { ...data, stamp: createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16) };
}

// Also under every language's list tag: a renamed or reordered category changes the masthead's sections.
const cachedSite = cachedFresh(loadSite, ['public-site'], {
  tags: [publicTags.all, ...routing.locales.map(publicTags.lists)],
});

/** The last value read, for the moments the database cannot answer and the cache has nothing (a cold start). */
let lastKnown: SiteData | null = null;

/** Never throws: without the database and the cache, pages (a 404, the error page) still get a plain identity. */
export async function siteData(): Promise<SiteData> {
  try {
    lastKnown = await cachedSite();
    return lastKnown;
  } catch (error) {
    console.error(`[public] site identity unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return lastKnown ?? { identity: emptyIdentity, socialImage: null, pages: [], sections: [], stamp: 'unavailable' };
  }
}
