import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/i18n/routing';
import type {
  ArticleCard,
  ArticleData,
  AuthorData,
  HomeData,
  ListingData,
  Paged,
  Picture,
} from '@/lib/render/page-data';
import { variantsOf } from '@/lib/workspace/media/rows';

/**
 * Reads for the public site: only published translations of articles outside the trash, each in its own language.
 * Another language's text is never returned for this language. Results are plain objects for the renderer. Lists
 * (home, categories, tags, authors, related) hold articles only; pages (About, Contact) are reached by their address
 * and the site's menus.
 */
export const PAGE_SIZE = 10;
/** Related articles under an article. */
export const RELATED_SIZE = 4;
/** Articles per category on the home page. */
export const SECTION_SIZE = 3;

const published = (locale: Locale) => ({ locale, status: 'published', publishedAt: { not: null } }) as const;

const publishedIn = (locale: Locale, kind: 'article' | 'page' = 'article') =>
  ({ ...published(locale), article: { deletedAt: null, kind } }) as const;

const pictureSelect = (locale: Locale) =>
  ({
    storagePath: true,
    width: true,
    height: true,
    variants: true,
    translations: { where: { locale }, select: { alt: true, caption: true, credit: true } },
  }) as const;

type PictureRow = Prisma.MediaGetPayload<{ select: ReturnType<typeof pictureSelect> }>;

function toPicture(row: PictureRow, alt: string | null | undefined): Picture {
  return {
    path: row.storagePath,
    width: row.width,
    height: row.height,
    alt: alt || row.translations[0]?.alt || '',
    variants: variantsOf(row.variants)
      .filter((variant) => variant.mimeType === 'image/webp')
      .sort((a, b) => a.width - b.width)
      .map(({ storagePath, width, height }) => ({ path: storagePath, width, height })),
  };
}

const cardSelect = (locale: Locale) =>
  ({
    slug: true,
    title: true,
    summary: true,
    publishedAt: true,
    coverAlt: true,
    article: {
      select: {
        id: true,
        category: { select: { translations: { where: { locale }, select: { name: true, slug: true } } } },
        coverMedia: { select: pictureSelect(locale) },
      },
    },
  }) satisfies Prisma.ArticleTranslationSelect;

type CardRow = Prisma.ArticleTranslationGetPayload<{ select: ReturnType<typeof cardSelect> }>;

const toCard = (row: CardRow): ArticleCard => ({
  articleId: row.article.id,
  slug: row.slug,
  title: row.title,
  summary: row.summary,
  publishedAt: row.publishedAt as Date,
  category: row.article.category?.translations[0] ?? null,
  cover: row.article.coverMedia ? toPicture(row.article.coverMedia, row.coverAlt) : null,
});

const newestFirst = [
  { publishedAt: 'desc' },
  { id: 'asc' },
] satisfies Prisma.ArticleTranslationOrderByWithRelationInput[];

type ArticleFilter = Prisma.ArticleWhereInput;

async function pagedCards(locale: Locale, page: number, filter: ArticleFilter = {}): Promise<Paged<ArticleCard>> {
  const where = { ...published(locale), article: { deletedAt: null, kind: 'article', ...filter } } as const;
  const [total, rows] = await Promise.all([
    db().articleTranslation.count({ where }),
    db().articleTranslation.findMany({
      where,
      orderBy: newestFirst,
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: cardSelect(locale),
    }),
  ]);
  return { items: rows.map(toCard), page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), total };
}

/** The story an editor pinned to this language's home page, if it is still published here. */
async function pinnedCard(locale: Locale): Promise<ArticleCard | null> {
  const pin = await db().homePin.findUnique({ where: { locale }, select: { articleId: true } });
  if (!pin) return null;
  const row = await db().articleTranslation.findFirst({
    where: { ...publishedIn(locale), articleId: pin.articleId },
    select: cardSelect(locale),
  });
  return row ? toCard(row) : null;
}

/**
 * The home page. The first page leads with the pinned story (or the newest), then the ten newest others, then the
 * newest of each category that is not already on the page: no headline twice. Later pages are plain lists.
 */
export async function homeData(locale: Locale, page: number): Promise<HomeData> {
  if (page !== 1) return { ...(await pagedCards(locale, page)), lead: null, pinned: false, sections: [] };
  const [pinned, total, newest] = await Promise.all([
    pinnedCard(locale),
    db().articleTranslation.count({ where: publishedIn(locale) }),
    db().articleTranslation.findMany({
      where: publishedIn(locale),
      orderBy: newestFirst,
      take: PAGE_SIZE + 1,
      select: cardSelect(locale),
    }),
  ]);
  const cards = newest.map(toCard);
  const lead = pinned ?? cards[0] ?? null;
  const items = cards.filter((card) => card.articleId !== lead?.articleId).slice(0, PAGE_SIZE);
  const shown = new Set([lead, ...items].map((card) => card?.articleId));
  const categories = await db().category.findMany({
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, translations: { where: { locale }, select: { name: true, slug: true } } },
  });
  const sections = await Promise.all(
    categories.map(async (category) => {
      const name = category.translations[0];
      if (!name) return null;
      const rows = await db().articleTranslation.findMany({
        where: { ...published(locale), article: { deletedAt: null, kind: 'article', categoryId: category.id } },
        orderBy: newestFirst,
        take: SECTION_SIZE + shown.size,
        select: cardSelect(locale),
      });
      const fresh = rows
        .map(toCard)
        .filter((card) => !shown.has(card.articleId))
        .slice(0, SECTION_SIZE);
      return fresh.length > 0 ? { ...name, items: fresh } : null;
    }),
  );
  // A story listed in one section is not listed again in another (an article has one category, but be sure).
  for (const section of sections) for (const card of section?.items ?? []) shown.add(card.articleId);
  return {
    items,
    page: 1,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    total,
    lead,
    pinned: Boolean(pinned),
    sections: sections.filter((section) => section !== null),
  };
}

export type ArticleLookup =
  | { kind: 'article'; article: ArticleData }
  | { kind: 'moved'; articleId: string; slug: string; articleKind: 'article' | 'page' }
  | { kind: 'missing' };

const articleSelect = (locale: Locale) =>
  ({
    slug: true,
    title: true,
    summary: true,
    seoDescription: true,
    bodyHtml: true,
    coverAlt: true,
    publishedAt: true,
    updatedAt: true,
    article: {
      select: {
        id: true,
        kind: true,
        category: {
          select: { id: true, translations: { where: { locale }, select: { name: true, slug: true } } },
        },
        tags: {
          select: {
            tag: { select: { id: true, translations: { where: { locale }, select: { name: true, slug: true } } } },
          },
        },
        authors: {
          orderBy: { position: 'asc' },
          select: {
            author: {
              select: {
                id: true,
                isPenName: true,
                translations: { where: { locale }, select: { name: true, slug: true } },
              },
            },
          },
        },
        coverMedia: { select: pictureSelect(locale) },
        translations: {
          where: { status: 'published', publishedAt: { not: null } },
          select: { locale: true, slug: true, title: true },
        },
      },
    },
  }) satisfies Prisma.ArticleTranslationSelect;

type ArticleRow = Prisma.ArticleTranslationGetPayload<{ select: ReturnType<typeof articleSelect> }>;

function toArticleData(locale: Locale, row: ArticleRow, related: ArticleCard[]): ArticleData {
  const { article } = row;
  const categoryName = article.category?.translations[0];
  const cover = article.coverMedia;
  const coverText = cover?.translations[0];
  return {
    articleId: article.id,
    kind: article.kind,
    locale,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    seoDescription: row.seoDescription,
    bodyHtml: row.bodyHtml,
    publishedAt: row.publishedAt as Date,
    updatedAt: row.updatedAt,
    category: article.category && categoryName ? { id: article.category.id, ...categoryName } : null,
    tags: article.tags.flatMap(({ tag }) => tag.translations.map((name) => ({ id: tag.id, ...name }))),
    authors: article.authors.flatMap(({ author }) =>
      author.translations.map((name) => ({
        id: author.id,
        name: name.name,
        slug: name.slug,
        isPenName: author.isPenName,
      })),
    ),
    cover: cover
      ? { ...toPicture(cover, row.coverAlt), caption: coverText?.caption ?? '', credit: coverText?.credit ?? '' }
      : null,
    published: article.translations,
    related,
  };
}

/**
 * Up to four other articles in this language: those sharing the most tags first, then the newest of the same
 * category, then the newest overall, so every article ends with somewhere to go next.
 */
async function relatedCards(locale: Locale, row: ArticleRow): Promise<ArticleCard[]> {
  if (row.article.kind !== 'article') return [];
  const tagIds = row.article.tags.map(({ tag }) => tag.id);
  const candidates = await db().articleTranslation.findMany({
    where: {
      ...published(locale),
      articleId: { not: row.article.id },
      article: {
        deletedAt: null,
        kind: 'article',
        OR: [
          ...(tagIds.length ? [{ tags: { some: { tagId: { in: tagIds } } } }] : []),
          ...(row.article.category ? [{ categoryId: row.article.category.id }] : []),
        ],
      },
    },
    orderBy: newestFirst,
    take: 40,
    select: {
      ...cardSelect(locale),
      article: { select: { ...cardSelect(locale).article.select, tags: true, categoryId: true } },
    },
  });
  const score = (candidate: (typeof candidates)[number]) =>
    candidate.article.tags.filter((tag) => tagIds.includes(tag.tagId)).length * 2 +
    (candidate.article.categoryId === row.article.category?.id ? 1 : 0);
  const ranked = candidates
    .map((candidate, index) => ({ candidate, index, score: score(candidate) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ candidate }) => toCard(candidate));
  return ranked.slice(0, RELATED_SIZE);
}

/** An article (or, with `kind: 'page'`, a page) by its slug in one language; an old slug answers `moved`. */
export async function articleData(
  locale: Locale,
  slug: string,
  kind: 'article' | 'page' = 'article',
): Promise<ArticleLookup> {
  const row = await db().articleTranslation.findFirst({
    where: { ...published(locale), slug, article: { deletedAt: null } },
    select: articleSelect(locale),
  });
  if (row && row.article.kind !== kind) {
    // The same slug namespace holds articles and pages: the other kind's address moves to its own.
    return { kind: 'moved', articleId: row.article.id, slug: row.slug, articleKind: row.article.kind };
  }
  if (!row) {
    // An old slug of a translation that is still published here answers with a permanent redirect.
    const moved = await db().slugRedirect.findUnique({
      where: { locale_oldSlug: { locale, oldSlug: slug } },
      select: {
        translation: {
          select: {
            slug: true,
            status: true,
            articleId: true,
            article: { select: { deletedAt: true, kind: true } },
          },
        },
      },
    });
    const target = moved?.translation;
    return target && target.status === 'published' && !target.article.deletedAt
      ? { kind: 'moved', articleId: target.articleId, slug: target.slug, articleKind: target.article.kind }
      : { kind: 'missing' };
  }
  return { kind: 'article', article: toArticleData(locale, row, await relatedCards(locale, row)) };
}

/**
 * A translation in any status, exactly as readers would see it once published: its working text (its unpublished
 * changes when it has any, decision 012), for the workspace's preview (which checks the session; readers cannot reach
 * it). Its publication date is "now" until it has one.
 */
export async function previewArticleData(
  articleId: string,
  locale: Locale,
): Promise<{ data: ArticleData; changes: boolean } | null> {
  const row = await db().articleTranslation.findFirst({
    where: { articleId, locale, article: { deletedAt: null } },
    select: {
      ...articleSelect(locale),
      workingCopy: {
        select: { slug: true, title: true, summary: true, seoDescription: true, bodyHtml: true, coverAlt: true },
      },
    },
  });
  if (!row) return null;
  const { workingCopy, ...live } = row;
  const working = { ...live, ...workingCopy, publishedAt: row.publishedAt ?? new Date() };
  return { data: toArticleData(locale, working, await relatedCards(locale, working)), changes: Boolean(workingCopy) };
}

export async function categoryData(locale: Locale, slug: string, page: number): Promise<ListingData | null> {
  const found = await db().categoryTranslation.findUnique({
    where: { locale_slug: { locale, slug } },
    select: { name: true, category: { select: { id: true, translations: { select: { locale: true, slug: true } } } } },
  });
  if (!found) return null;
  const cards = await pagedCards(locale, page, { categoryId: found.category.id });
  return { ...cards, id: found.category.id, name: found.name, slugs: found.category.translations };
}

export async function tagData(locale: Locale, slug: string, page: number): Promise<ListingData | null> {
  const found = await db().tagTranslation.findUnique({
    where: { locale_slug: { locale, slug } },
    select: { name: true, tag: { select: { id: true, translations: { select: { locale: true, slug: true } } } } },
  });
  if (!found) return null;
  const cards = await pagedCards(locale, page, { tags: { some: { tagId: found.tag.id } } });
  return { ...cards, id: found.tag.id, name: found.name, slugs: found.tag.translations };
}

/** The covers of some articles, as thumbnails in `locale` (search results). */
export async function coversOf(locale: Locale, articleIds: string[]): Promise<Map<string, Picture>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db().articleTranslation.findMany({
    where: { locale, articleId: { in: articleIds }, article: { coverMediaId: { not: null } } },
    select: { articleId: true, coverAlt: true, article: { select: { coverMedia: { select: pictureSelect(locale) } } } },
  });
  return new Map(
    rows.flatMap((row) =>
      row.article.coverMedia ? [[row.articleId, toPicture(row.article.coverMedia, row.coverAlt)] as const] : [],
    ),
  );
}

/** An author's page in one language: name, bio and their articles in this language (pen names alike). */
export async function authorData(locale: Locale, slug: string, page: number): Promise<AuthorData | null> {
  const found = await db().authorTranslation.findUnique({
    where: { locale_slug: { locale, slug } },
    select: {
      name: true,
      bio: true,
      author: { select: { id: true, isPenName: true, translations: { select: { locale: true, slug: true } } } },
    },
  });
  if (!found) return null;
  const cards = await pagedCards(locale, page, { authors: { some: { authorId: found.author.id } } });
  return {
    ...cards,
    id: found.author.id,
    name: found.name,
    bio: found.bio,
    isPenName: found.author.isPenName,
    slugs: found.author.translations,
  };
}
