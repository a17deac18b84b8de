/**
 * Writes one translation group (one Habar article) in one transaction: the article, a translation and a first
 * revision per language, its categories, tags, bylines and old addresses, and the imported-item rows that make a
 * second run update instead of duplicating. A crash or Ctrl-C mid-import leaves whole articles or none.
 *
 * On a second run a translation is updated only when nobody changed it in Habar since the import (its version is
 * still the imported one and it has no working copy); otherwise its text is kept and the report says so.
 */
import type { Locale } from '@/i18n/routing';
import { contentFingerprint } from '@/lib/content/fingerprint';
import type { TiptapNode } from '@/lib/content/schema';
import type { Prisma } from '@/lib/generated/prisma/client';
import { MAX_SLUG_LENGTH, uniqueSlug } from '@/lib/slug';
import { storableText } from '@/lib/text';
import type { ImportedType } from './plan';
import { insertRedirects } from './redirect-rows';
import type { TaxonomyImporter } from './taxonomy';

type Tx = Prisma.TransactionClient;
export type ImportedStatus = 'published' | 'draft' | 'scheduled';

export interface PreparedTranslation {
  postId: string;
  locale: Locale;
  title: string;
  slug: string;
  summary: string;
  seoDescription: string;
  body: TiptapNode;
  bodyHtml: string;
  status: ImportedStatus;
  date: Date;
  categories: { nicename: string; name: string }[];
  tags: { nicename: string; name: string }[];
  creator: string;
  coverMediaId: string | null;
  oldPaths: string[];
}

export interface PreparedGroup {
  type: ImportedType;
  sourceLocale: Locale;
  /** Source language first. */
  translations: PreparedTranslation[];
}

export type TranslationOutcome = 'created' | 'updated' | 'unchanged' | 'kept';

export interface GroupOutcome {
  article: 'created' | 'updated';
  translations: { locale: Locale; postId: string; outcome: TranslationOutcome; status: ImportedStatus }[];
  redirectsAdded: number;
}

export interface WriteContext {
  source: string;
  taxonomy: TaxonomyImporter;
  allLocales: readonly Locale[];
}

const asJson = (doc: TiptapNode) => doc as unknown as Prisma.InputJsonObject;

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
async function freeSlugs(tx: Tx, wanted: { locale: Locale; slug: string }[]): Promise<string[]> {
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

function statusFields(t: PreparedTranslation) {
  return {
    status: t.status,
    publishedAt: t.status === 'published' ? t.date : null,
    scheduledAt: t.status === 'scheduled' ? t.date : null,
  };
}

interface PreparedFields {
  t: PreparedTranslation;
  fields: {
    title: string;
    summary: string;
    seoDescription: string;
    body: Prisma.InputJsonObject;
    bodyHtml: string;
  };
  fingerprint: string;
  sourceFingerprint: string | null;
}

function preparedFields(t: PreparedTranslation, sourceFingerprint: string | null): PreparedFields {
  const fields = {
    title: storableText(t.title),
    summary: storableText(t.summary),
    seoDescription: storableText(t.seoDescription),
    body: asJson(t.body),
    bodyHtml: t.bodyHtml,
  };
  return { t, fields, fingerprint: contentFingerprint({ ...fields, body: t.body }), sourceFingerprint };
}

const revisionFields = ({ fields }: PreparedFields) => ({
  title: fields.title,
  summary: fields.summary,
  seoDescription: fields.seoDescription,
  body: fields.body,
});

/** Categories, tags and bylines of a group of posts (pages have none). */
async function groupTaxonomy(tx: Tx, context: WriteContext, group: PreparedGroup) {
  const { taxonomy } = context;
  const source0 = group.translations[0]!;
  const tagIds = new Set<string>();
  const authorIds: string[] = [];
  if (group.type === 'page') return { categoryId: null, tagIds, authorIds };
  const category = source0.categories[0];
  const categoryId = category ? await taxonomy.term(tx, 'category', category, source0.locale) : null;
  // More categories than one: Habar has one per article; the others become tags, so nothing is lost.
  for (const t of group.translations) {
    for (const extra of t === source0 ? t.categories.slice(1) : [])
      tagIds.add(await taxonomy.term(tx, 'tag', extra, t.locale));
    if (t !== source0 && t.categories[0]) await taxonomy.term(tx, 'category', t.categories[0], t.locale);
    for (const tag of t.tags) tagIds.add(await taxonomy.term(tx, 'tag', tag, t.locale));
  }
  for (const t of group.translations) {
    const id = await taxonomy.author(tx, t.creator, context.allLocales);
    if (id && !authorIds.includes(id)) authorIds.push(id);
  }
  return { categoryId, tagIds, authorIds };
}

/**
 * The group in a handful of statements whatever its size: what it imported before (two reads), the article, its
 * tags and bylines, then every new translation, its first revision and its imported-item row each in one statement
 * for the whole group. Only translations that changed in WordPress since the last run are updated one by one.
 */
export async function writeGroup(tx: Tx, context: WriteContext, group: PreparedGroup): Promise<GroupOutcome> {
  const { source } = context;
  const postIds = group.translations.map((t) => t.postId);
  const imported = await tx.importedItem.findMany({
    where: { source, kind: 'post', externalId: { in: postIds } },
    select: { externalId: true, targetId: true, importedVersion: true },
  });
  const existing =
    imported.length === 0
      ? []
      : await tx.articleTranslation.findMany({
          where: { id: { in: imported.map((row) => row.targetId) } },
          select: {
            id: true,
            articleId: true,
            locale: true,
            slug: true,
            version: true,
            contentFingerprint: true,
            status: true,
            publishedAt: true,
            scheduledAt: true,
            workingCopy: { select: { translationId: true } },
            article: { select: { deletedAt: true } },
          },
        });
  const byId = new Map(existing.map((row) => [row.id, row]));
  const previous = new Map(
    imported.flatMap((row) => {
      const translation = byId.get(row.targetId);
      return translation ? [[row.externalId, { ...translation, importedVersion: row.importedVersion }] as const] : [];
    }),
  );

  const source0 = group.translations[0]!;
  const { categoryId, tagIds, authorIds } = await groupTaxonomy(tx, context, group);
  const coverMediaId = group.translations.find((t) => t.coverMediaId)?.coverMediaId ?? null;

  const articleId = [...previous.values()][0]?.articleId;
  let outcome: GroupOutcome['article'] = 'updated';
  let article = articleId;
  if (!article) {
    const earliest = group.translations.reduce((min, t) => (t.date < min ? t.date : min), source0.date);
    const created = await tx.article.create({
      data: {
        sourceLocale: group.sourceLocale,
        categoryId,
        coverMediaId,
        createdAt: earliest,
        // Imported pages are reachable at their address but listed nowhere until an editor places them.
        ...(group.type === 'page' ? { kind: 'page' as const, placement: 'unlisted' as const } : {}),
      },
      select: { id: true },
    });
    article = created.id;
    outcome = 'created';
  } else {
    // Fill what is empty; never replace what staff chose in Habar.
    const current = await tx.article.findUniqueOrThrow({
      where: { id: article },
      select: { categoryId: true, coverMediaId: true },
    });
    if ((!current.categoryId && categoryId) || (!current.coverMediaId && coverMediaId)) {
      await tx.article.update({
        where: { id: article },
        data: { categoryId: current.categoryId ?? categoryId, coverMediaId: current.coverMediaId ?? coverMediaId },
      });
    }
  }
  if (tagIds.size > 0) {
    await tx.articleTag.createMany({
      data: [...tagIds].map((tagId) => ({ articleId: article, tagId })),
      skipDuplicates: true,
    });
  }
  if (authorIds.length > 0) {
    await tx.articleAuthor.createMany({
      data: authorIds.map((authorId, position) => ({ articleId: article, authorId, position })),
      skipDuplicates: true,
    });
  }

  const sourceFingerprint = contentFingerprint({ ...source0, body: source0.body });
  const result: GroupOutcome = { article: outcome, translations: [], redirectsAdded: 0 };
  const redirects: { fromPath: string; translationId: string }[] = [];
  const prepared = group.translations.map((t) =>
    preparedFields(t, t.locale === group.sourceLocale ? null : sourceFingerprint),
  );
  // Old addresses only for what WordPress showed the public: a draft's never existed.
  const addressesOf = (t: PreparedTranslation, translationId: string, status: ImportedStatus) => {
    if (status === 'published') redirects.push(...t.oldPaths.map((fromPath) => ({ fromPath, translationId })));
  };

  const fresh: PreparedFields[] = [];
  for (const entry of prepared) {
    const { t, fields, fingerprint } = entry;
    const before = previous.get(t.postId);
    if (!before) {
      fresh.push(entry);
      continue;
    }
    const editedHere =
      before.article.deletedAt !== null || before.workingCopy !== null || before.version !== before.importedVersion;
    const same =
      before.contentFingerprint === fingerprint &&
      before.status === t.status &&
      (before.publishedAt?.getTime() ?? null) === (statusFields(t).publishedAt?.getTime() ?? null) &&
      (before.scheduledAt?.getTime() ?? null) === (statusFields(t).scheduledAt?.getTime() ?? null);
    if (editedHere || same) {
      const status = before.status as ImportedStatus;
      result.translations.push({
        locale: t.locale,
        postId: t.postId,
        outcome: editedHere ? 'kept' : 'unchanged',
        status,
      });
      addressesOf(t, before.id, status);
      continue;
    }
    const version = before.version + 1;
    await tx.articleTranslation.update({
      where: { id: before.id },
      data: {
        ...fields,
        ...statusFields(t),
        version,
        contentFingerprint: fingerprint,
        sourceFingerprint: entry.sourceFingerprint,
      },
    });
    await tx.revision.create({
      data: {
        translationId: before.id,
        version,
        ...revisionFields(entry),
        slug: before.slug,
        status: t.status,
        note: `imported again from WordPress (post ${t.postId})`,
        contentFingerprint: fingerprint,
      },
    });
    await tx.importedItem.update({
      where: { source_kind_externalId: { source, kind: 'post', externalId: t.postId } },
      data: { importedVersion: version, importedAt: new Date() },
    });
    result.translations.push({ locale: t.locale, postId: t.postId, outcome: 'updated', status: t.status });
    addressesOf(t, before.id, t.status);
  }

  await writeFresh(tx, { source, articleId: article, articleIsNew: outcome === 'created', imported }, fresh, {
    result,
    addressesOf,
  });
  result.redirectsAdded = await insertRedirects(tx, redirects);
  return result;
}

/**
 * The translations this run creates, in one statement each for the translations, their first revisions and their
 * imported-item rows, after one query for free slugs.
 */
async function writeFresh(
  tx: Tx,
  target: {
    source: string;
    articleId: string;
    articleIsNew: boolean;
    imported: { externalId: string }[];
  },
  fresh: PreparedFields[],
  out: {
    result: GroupOutcome;
    addressesOf: (t: PreparedTranslation, translationId: string, status: ImportedStatus) => void;
  },
): Promise<void> {
  if (fresh.length === 0) return;
  const { source, articleId } = target;
  // Staff may have written a language of an existing article in Habar meanwhile: theirs stays.
  const occupied = new Set(
    target.articleIsNew
      ? []
      : (
          await tx.articleTranslation.findMany({
            where: { articleId, locale: { in: fresh.map(({ t }) => t.locale) } },
            select: { locale: true },
          })
        ).map((row) => row.locale),
  );
  for (const { t } of fresh.filter(({ t }) => occupied.has(t.locale))) {
    out.result.translations.push({ locale: t.locale, postId: t.postId, outcome: 'kept', status: t.status });
  }
  const writable = fresh.filter(({ t }) => !occupied.has(t.locale));
  if (writable.length === 0) return;
  const slugs = await freeSlugs(
    tx,
    writable.map(({ t }) => ({ locale: t.locale, slug: t.slug })),
  );
  const created = await tx.articleTranslation.createManyAndReturn({
    data: writable.map(({ t, fields, fingerprint, sourceFingerprint }, i) => ({
      articleId,
      locale: t.locale,
      slug: slugs[i]!,
      ...fields,
      ...statusFields(t),
      contentFingerprint: fingerprint,
      sourceFingerprint,
      createdAt: t.date,
    })),
    select: { id: true, locale: true },
  });
  const idOf = new Map(created.map((row) => [row.locale, row.id]));
  const id = (t: PreparedTranslation) => idOf.get(t.locale)!;
  await tx.revision.createMany({
    data: writable.map((entry, i) => ({
      translationId: id(entry.t),
      version: 1,
      ...revisionFields(entry),
      slug: slugs[i]!,
      status: entry.t.status,
      note: `imported from WordPress (post ${entry.t.postId})`,
      contentFingerprint: entry.fingerprint,
      createdAt: entry.t.date,
    })),
  });
  // A row left by an earlier run whose translation was deleted since points at the new one.
  const stale = new Set(target.imported.map((row) => row.externalId));
  for (const { t } of writable.filter(({ t }) => stale.has(t.postId))) {
    await tx.importedItem.update({
      where: { source_kind_externalId: { source, kind: 'post', externalId: t.postId } },
      data: { targetId: id(t), importedVersion: 1, importedAt: new Date() },
    });
  }
  const rows = writable
    .filter(({ t }) => !stale.has(t.postId))
    .map(({ t }) => ({ source, kind: 'post' as const, externalId: t.postId, targetId: id(t), importedVersion: 1 }));
  if (rows.length > 0) await tx.importedItem.createMany({ data: rows });
  for (const { t } of writable) {
    out.result.translations.push({ locale: t.locale, postId: t.postId, outcome: 'created', status: t.status });
    out.addressesOf(t, id(t), t.status);
  }
}
