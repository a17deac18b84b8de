import type { Locale } from '@/i18n/routing';
import type { Prisma } from '@/lib/generated/prisma/client';
import { MAX_SLUG_LENGTH, uniqueSlug } from '@/lib/slug';

/** One translation the import creates, with what its first revision, imported-item row and old addresses need. */
export interface NewTranslationRow {
  postId: string;
  locale: Locale;
  slug: string;
  title: string;
  summary: string;
  seoDescription: string;
  body: Prisma.InputJsonObject;
  bodyHtml: string;
  status: 'published' | 'draft' | 'scheduled';
  publishedAt: Date | null;
  scheduledAt: Date | null;
  contentFingerprint: string;
  sourceFingerprint: string | null;
  createdAt: Date;
  note: string;
  /** Normalized old addresses (only a published post has them). */
  oldPaths: string[];
}

/** Slugs the first candidates `uniqueSlug` would try: looked up by the (locale, slug) index, not by a prefix scan. */
const SLUG_CANDIDATES = 10;
function slugCandidates(wanted: string): string[] {
  const candidates = [wanted];
  for (let n = 2; candidates.length < SLUG_CANDIDATES; n++) {
    candidates.push(`${wanted.slice(0, MAX_SLUG_LENGTH - String(n).length - 1)}-${n}`);
  }
  return candidates;
}

/**
 * A free slug per new translation, in one query for the whole group (exact slugs, so the unique index answers it).
 * A translation whose first candidates are all taken falls back to a prefix query of its own.
 */
export async function freeSlugs(
  tx: Prisma.TransactionClient,
  wanted: { locale: Locale; slug: string }[],
): Promise<string[]> {
  if (wanted.length === 0) return [];
  const rows = await tx.articleTranslation.findMany({
    where: { OR: wanted.map(({ locale, slug }) => ({ locale, slug: { in: slugCandidates(slug) } })) },
    select: { locale: true, slug: true },
  });
  const taken = new Set(rows.map((row) => `${row.locale}:${row.slug}`));
  const slugs: string[] = [];
  for (const { locale, slug } of wanted) {
    let free = slugCandidates(slug).find((candidate) => !taken.has(`${locale}:${candidate}`));
    if (!free) {
      const more = await tx.articleTranslation.findMany({
        where: { locale, slug: { startsWith: slug } },
        select: { slug: true },
      });
      const all = new Set(more.map((row) => row.slug));
      free = uniqueSlug(slug, (candidate) => all.has(candidate));
    }
    taken.add(`${locale}:${free}`);
    slugs.push(free);
  }
  return slugs;
}

const stamp = (date: Date | null) => (date ? date.toISOString() : null);

/** The article of the new translations: an existing one, or one this statement creates. */
export type ArticleTarget =
  | { id: string }
  | {
      create: {
        kind: 'article' | 'page';
        sourceLocale: Locale;
        categoryId: string | null;
        coverMediaId: string | null;
        createdAt: Date;
        placement: 'footer' | 'unlisted';
      };
    };

export interface InsertedTranslations {
  articleId: string;
  ids: Map<Locale, string>;
  /** Languages whose slug another translation took meanwhile: nothing of theirs was written. */
  slugTaken: Locale[];
  redirectsAdded: number;
}

/**
 * Inserts a group's new translations with their first revisions, imported-item rows (a row left by an earlier run
 * whose translation was deleted since is pointed at the new one), old addresses and, for the article (created here
 * when it is new), its tags and bylines: one statement, so a group costs one round trip to the database instead of
 * one per row and table (decision 020). Ids are the database's (`gen_random_uuid()`), as for the imported redirects;
 * dates are UTC wall times, as Prisma writes them. A translation whose slug is taken by then is left out (ON
 * CONFLICT) and reported in `slugTaken`, so the caller picks another slug and inserts it again.
 */
export async function insertNewTranslations(
  tx: Prisma.TransactionClient,
  target: { source: string; article: ArticleTarget; tagIds: string[]; authorIds: string[] },
  rows: NewTranslationRow[],
): Promise<InsertedTranslations> {
  const column = <T>(pick: (row: NewTranslationRow) => T) => rows.map(pick);
  const paths = rows.flatMap((row) => row.oldPaths.map((path) => ({ path, locale: row.locale })));
  const create = 'create' in target.article ? target.article.create : null;
  const existingId = 'id' in target.article ? target.article.id : null;
  const result = await tx.$queryRaw<
    { articleId: string; id: string | null; locale: Locale | null; redirects: number }[]
  >`
    WITH input AS (
      SELECT * FROM unnest(
        ${column((r) => r.locale)}::text[], ${column((r) => r.slug)}::text[], ${column((r) => r.title)}::text[],
        ${column((r) => r.summary)}::text[], ${column((r) => r.seoDescription)}::text[],
        ${column((r) => JSON.stringify(r.body))}::text[], ${column((r) => r.bodyHtml)}::text[],
        ${column((r) => r.status)}::text[], ${column((r) => stamp(r.publishedAt))}::text[],
        ${column((r) => stamp(r.scheduledAt))}::text[], ${column((r) => r.contentFingerprint)}::text[],
        ${column((r) => r.sourceFingerprint)}::text[], ${column((r) => stamp(r.createdAt))}::text[],
        ${column((r) => r.postId)}::text[], ${column((r) => r.note)}::text[]
      ) AS i(locale, slug, title, summary, seo, body, html, status, published, scheduled, fingerprint, source_fingerprint,
             created, post_id, note)
    ),
    created_article AS (
      INSERT INTO "Article" ("id", "kind", "sourceLocale", "categoryId", "coverMediaId", "createdAt", "updatedAt",
        "placement")
      SELECT gen_random_uuid()::text, ${create?.kind ?? 'article'}::"ArticleKind",
        ${create?.sourceLocale ?? 'ru'}::"Locale", ${create?.categoryId ?? null}, ${create?.coverMediaId ?? null},
        ${stamp(create?.createdAt ?? null)}::timestamp(3), CURRENT_TIMESTAMP,
        ${create?.placement ?? 'footer'}::"PagePlacement"
      WHERE ${create !== null}
      RETURNING "id"
    ),
    article AS (
      SELECT "id" FROM created_article UNION ALL SELECT ${existingId}::text WHERE ${existingId}::text IS NOT NULL
    ),
    translations AS (
      INSERT INTO "ArticleTranslation" ("id", "articleId", "locale", "slug", "title", "summary", "seoDescription", "body",
        "bodyHtml", "status", "publishedAt", "scheduledAt", "contentFingerprint", "sourceFingerprint", "createdAt",
        "updatedAt")
      SELECT gen_random_uuid()::text, a."id", i.locale::"Locale", i.slug, i.title, i.summary, i.seo,
        i.body::jsonb, i.html, i.status::"TranslationStatus", i.published::timestamp(3), i.scheduled::timestamp(3),
        i.fingerprint, i.source_fingerprint, i.created::timestamp(3), CURRENT_TIMESTAMP
      FROM input i CROSS JOIN article a
      ON CONFLICT ("locale", "slug") DO NOTHING
      RETURNING "id", "locale"
    ),
    joined AS (
      SELECT t."id", i.* FROM translations t JOIN input i ON i.locale::"Locale" = t."locale"
    ),
    revisions AS (
      INSERT INTO "Revision" ("id", "translationId", "version", "title", "slug", "summary", "seoDescription", "body",
        "status", "note", "contentFingerprint", "createdAt")
      SELECT gen_random_uuid()::text, j."id", 1, j.title, j.slug, j.summary, j.seo, j.body::jsonb,
        j.status::"TranslationStatus", j.note, j.fingerprint, j.created::timestamp(3)
      FROM joined j
    ),
    imported AS (
      INSERT INTO "ImportedItem" ("source", "kind", "externalId", "targetId", "importedVersion")
      SELECT ${target.source}, 'post'::"ImportedKind", j.post_id, j."id", 1 FROM joined j
      ON CONFLICT ("source", "kind", "externalId")
      DO UPDATE SET "targetId" = EXCLUDED."targetId", "importedVersion" = 1, "importedAt" = CURRENT_TIMESTAMP
    ),
    tags AS (
      INSERT INTO "ArticleTag" ("articleId", "tagId")
      SELECT a."id", tag FROM article a CROSS JOIN unnest(${target.tagIds}::text[]) AS tag
      ON CONFLICT DO NOTHING
    ),
    authors AS (
      INSERT INTO "ArticleAuthor" ("articleId", "authorId", "position")
      SELECT a."id", b.author, b.n - 1
      FROM article a CROSS JOIN unnest(${target.authorIds}::text[]) WITH ORDINALITY AS b(author, n)
      ON CONFLICT DO NOTHING
    ),
    redirects AS (
      INSERT INTO "Redirect" ("id", "fromPath", "translationId", "source")
      SELECT gen_random_uuid()::text, r.path, t."id", 'wordpress'::"RedirectSource"
      FROM unnest(${paths.map((p) => p.path)}::text[], ${paths.map((p) => p.locale)}::text[]) AS r(path, locale)
      JOIN translations t ON t."locale" = r.locale::"Locale"
      ON CONFLICT ("fromPath") DO NOTHING
      RETURNING 1
    )
    SELECT a."id" AS "articleId", t."id", t."locale"::text AS "locale", (SELECT count(*) FROM redirects)::int AS "redirects"
    FROM article a LEFT JOIN translations t ON true`;
  const ids = new Map(result.flatMap((row) => (row.id && row.locale ? [[row.locale, row.id] as const] : [])));
  return {
    articleId: result[0]!.articleId,
    ids,
    slugTaken: rows.map((row) => row.locale).filter((locale) => !ids.has(locale)),
    redirectsAdded: result[0]?.redirects ?? 0,
  };
}
