import 'server-only';
import { routing, type Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { recordAudit, type AuditContext } from '../audit';

/**
 * What editors arrange on the public site besides the articles themselves: the story pinned to the top of each
 * language's home page (`publish:translation:any`, the same people who decide what goes live), and where the site's
 * pages (About, Contact, …) are listed and in which order (`edit:article:any`).
 */
type Editor = Actor & AuditContext;

export const PIN_CANDIDATES = 40;

export interface PinState {
  locale: Locale;
  /** The pinned article, if it is still published in this language. */
  pinned: { articleId: string; title: string } | null;
  /** The newest published articles of this language, to choose from. */
  candidates: { articleId: string; title: string }[];
}

export async function listHomePins(actor: Actor): Promise<PinState[]> {
  authorize(actor, 'publish:translation:any');
  const pins = await db().homePin.findMany({ select: { locale: true, articleId: true } });
  return Promise.all(
    routing.locales.map(async (locale) => {
      const rows = await db().articleTranslation.findMany({
        where: { locale, status: 'published', article: { deletedAt: null, kind: 'article' } },
        orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
        take: PIN_CANDIDATES,
        select: { articleId: true, title: true },
      });
      const pinId = pins.find((pin) => pin.locale === locale)?.articleId;
      const pinnedRow = pinId
        ? await db().articleTranslation.findFirst({
            where: { locale, articleId: pinId, status: 'published', article: { deletedAt: null } },
            select: { articleId: true, title: true },
          })
        : null;
      const candidates =
        pinnedRow && !rows.some((row) => row.articleId === pinnedRow.articleId) ? [pinnedRow, ...rows] : rows;
      return { locale, pinned: pinnedRow, candidates };
    }),
  );
}

export type PinResult = { ok: true; changed: boolean } | { ok: false; error: 'not-published' };

/** Pins an article (published in that language) to the top of one language's home page, or (null) unpins. */
export async function setHomePin(actor: Editor, locale: Locale, articleId: string | null): Promise<PinResult> {
  authorize(actor, 'publish:translation:any');
  return db().$transaction(async (tx) => {
    const before = await tx.homePin.findUnique({ where: { locale }, select: { articleId: true } });
    if ((before?.articleId ?? null) === articleId) return { ok: true, changed: false } as const;
    if (articleId === null) {
      await tx.homePin.deleteMany({ where: { locale } });
    } else {
      const live = await tx.articleTranslation.count({
        where: { locale, articleId, status: 'published', article: { deletedAt: null, kind: 'article' } },
      });
      if (!live) return { ok: false, error: 'not-published' } as const;
      await tx.homePin.upsert({
        where: { locale },
        update: { articleId, pinnedById: actor.id || null, createdAt: new Date() },
        create: { locale, articleId, pinnedById: actor.id || null },
      });
    }
    await recordAudit(
      tx,
      actor,
      articleId ? 'home.pinned' : 'home.unpinned',
      { type: 'article', id: articleId ?? before?.articleId ?? '' },
      { locale },
    );
    return { ok: true, changed: true } as const;
  });
}

export const pagePlacements = ['masthead', 'footer', 'unlisted'] as const;
export type PagePlacement = (typeof pagePlacements)[number];
export const MAX_PAGE_POSITION = 999;

export interface SitePageRow {
  id: string;
  title: string;
  titleLocale: Locale;
  placement: PagePlacement;
  position: number;
  /** Languages the page is published in. */
  published: Locale[];
}

/** The site's pages (not in the trash), in menu order. */
export async function listSitePages(actor: Actor, uiLocale: Locale): Promise<SitePageRow[]> {
  authorize(actor, 'edit:article:any');
  const pages = await db().article.findMany({
    where: { kind: 'page', deletedAt: null },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      sourceLocale: true,
      placement: true,
      position: true,
      translations: { select: { locale: true, title: true, status: true } },
    },
  });
  return pages.map((page) => {
    const shown =
      page.translations.find((translation) => translation.locale === uiLocale) ??
      page.translations.find((translation) => translation.locale === page.sourceLocale) ??
      page.translations[0];
    return {
      id: page.id,
      title: shown?.title ?? '',
      titleLocale: shown?.locale ?? page.sourceLocale,
      placement: page.placement,
      position: page.position,
      published: routing.locales.filter((locale) =>
        page.translations.some((translation) => translation.locale === locale && translation.status === 'published'),
      ),
    };
  });
}

export type PlacementResult =
  { ok: true; published: { locale: Locale; slug: string }[] } | { ok: false; error: 'not-found' };

/** Where one page is listed and its order there; answers its published addresses (their pages show the menus). */
export async function updatePagePlacement(
  actor: Editor,
  articleId: string,
  settings: { placement: PagePlacement; position: number },
): Promise<PlacementResult> {
  authorize(actor, 'edit:article:any');
  return db().$transaction(async (tx) => {
    const page = await tx.article.findFirst({
      where: { id: articleId, kind: 'page', deletedAt: null },
      select: { placement: true, position: true, translations: { select: { locale: true, slug: true, status: true } } },
    });
    if (!page) return { ok: false, error: 'not-found' } as const;
    await tx.article.update({ where: { id: articleId }, data: settings });
    await recordAudit(
      tx,
      actor,
      'page.placement-changed',
      { type: 'article', id: articleId },
      {
        from: { placement: page.placement, position: page.position },
        to: settings,
      },
    );
    return {
      ok: true,
      published: page.translations
        .filter((t) => t.status === 'published')
        .map(({ locale, slug }) => ({ locale, slug })),
    } as const;
  });
}
