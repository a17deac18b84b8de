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
import { storableText } from '@/lib/text';
import type { ImportedType } from './plan';
import { insertRedirects } from './redirect-rows';
import type { TaxonomyImporter } from './taxonomy';
import { freeSlugs, insertNewTranslations, type ArticleTarget, type NewTranslationRow } from './translation-rows';

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
  /** Post IDs this source imported before the run started; without it, every group is looked up. */
  importedPosts?: ReadonlySet<string>;
}

const asJson = (doc: TiptapNode) => doc as unknown as Prisma.InputJsonObject;

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
  const seenBefore = !context.importedPosts || postIds.some((id) => context.importedPosts!.has(id));
  const imported = seenBefore
    ? await tx.importedItem.findMany({
        where: { source, kind: 'post', externalId: { in: postIds } },
        select: { externalId: true, targetId: true, importedVersion: true },
      })
    : [];
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
  let article: ArticleTarget;
  if (!articleId) {
    article = {
      create: {
        kind: group.type === 'page' ? 'page' : 'article',
        sourceLocale: group.sourceLocale,
        categoryId,
        coverMediaId,
        createdAt: group.translations.reduce((min, t) => (t.date < min ? t.date : min), source0.date),
        // Imported pages are reachable at their address but listed nowhere until an editor places them.
        placement: group.type === 'page' ? 'unlisted' : 'footer',
      },
    };
  } else {
    article = { id: articleId };
  }
  const outcome: GroupOutcome['article'] = articleId ? 'updated' : 'created';

  const sourceFingerprint = contentFingerprint({ ...source0, body: source0.body });
  const result: GroupOutcome = { article: outcome, translations: [], redirectsAdded: 0 };
  const redirects: { fromPath: string; translationId: string }[] = [];
  const fresh: PreparedFields[] = [];
  for (const t of group.translations) {
    const entry = preparedFields(t, t.locale === group.sourceLocale ? null : sourceFingerprint);
    const before = previous.get(t.postId);
    if (!before) {
      fresh.push(entry);
      continue;
    }
    const written = await updateImported(tx, source, entry, before);
    result.translations.push({ locale: t.locale, postId: t.postId, ...written });
    // Old addresses only for what WordPress showed the public: a draft's never existed.
    if (written.status === 'published') {
      redirects.push(...t.oldPaths.map((fromPath) => ({ fromPath, translationId: before.id })));
    }
  }
  result.redirectsAdded = await insertRedirects(tx, redirects);
  // An existing article takes what WordPress added only when one of its translations changes in this run; a group
  // that is all unchanged (or kept) is left exactly as staff left it.
  const changed = fresh.length > 0 || result.translations.some((t) => t.outcome === 'updated');
  if (articleId && changed) await fillArticle(tx, articleId, { categoryId, coverMediaId, tagIds, authorIds });
  if (fresh.length > 0) {
    // A new article is created with its translations, tags and bylines in one statement.
    const target = { source, article, tagIds: articleId ? [] : [...tagIds], authorIds: articleId ? [] : authorIds };
    result.redirectsAdded += await writeNew(tx, target, fresh, result);
  }
  return result;
}

/** What an existing article lacks of the group's category, cover, tags and bylines; never replaces staff's choice. */
async function fillArticle(
  tx: Tx,
  articleId: string,
  wanted: { categoryId: string | null; coverMediaId: string | null; tagIds: Set<string>; authorIds: string[] },
): Promise<void> {
  const { categoryId, coverMediaId } = wanted;
  const current = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { categoryId: true, coverMediaId: true },
  });
  if ((!current.categoryId && categoryId) || (!current.coverMediaId && coverMediaId)) {
    await tx.article.update({
      where: { id: articleId },
      data: { categoryId: current.categoryId ?? categoryId, coverMediaId: current.coverMediaId ?? coverMediaId },
    });
  }
  if (wanted.tagIds.size > 0) {
    await tx.articleTag.createMany({
      data: [...wanted.tagIds].map((tagId) => ({ articleId, tagId })),
      skipDuplicates: true,
    });
  }
  if (wanted.authorIds.length > 0) {
    await tx.articleAuthor.createMany({
      data: wanted.authorIds.map((authorId, position) => ({ articleId, authorId, position })),
      skipDuplicates: true,
    });
  }
}

type Previous = {
  id: string;
  slug: string;
  version: number;
  importedVersion: number | null;
  contentFingerprint: string;
  status: string;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  workingCopy: unknown;
  article: { deletedAt: Date | null };
};

/**
 * A translation an earlier run imported: updated when WordPress changed it and nobody changed it in Habar since (its
 * version is still the imported one, it has no working copy, its article is not in the trash); otherwise kept.
 */
async function updateImported(
  tx: Tx,
  source: string,
  entry: PreparedFields,
  before: Previous,
): Promise<{ outcome: TranslationOutcome; status: ImportedStatus }> {
  const { t, fields, fingerprint } = entry;
  const editedHere =
    before.article.deletedAt !== null || before.workingCopy !== null || before.version !== before.importedVersion;
  const same =
    before.contentFingerprint === fingerprint &&
    before.status === t.status &&
    (before.publishedAt?.getTime() ?? null) === (statusFields(t).publishedAt?.getTime() ?? null) &&
    (before.scheduledAt?.getTime() ?? null) === (statusFields(t).scheduledAt?.getTime() ?? null);
  if (editedHere || same) {
    return { outcome: editedHere ? 'kept' : 'unchanged', status: before.status as ImportedStatus };
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
  return { outcome: 'updated', status: t.status };
}

/**
 * The translations this run creates, in one statement (translation-rows.ts) that tries each one's wanted slug; a
 * language whose slug is taken is inserted again with a free one. On an existing article, a language staff wrote in
 * Habar meanwhile stays theirs.
 */
async function writeNew(
  tx: Tx,
  target: { source: string; article: ArticleTarget; tagIds: string[]; authorIds: string[] },
  fresh: PreparedFields[],
  result: GroupOutcome,
): Promise<number> {
  const occupied = new Set(
    'create' in target.article
      ? []
      : (
          await tx.articleTranslation.findMany({
            where: { articleId: target.article.id, locale: { in: fresh.map(({ t }) => t.locale) } },
            select: { locale: true },
          })
        ).map((row) => row.locale),
  );
  const writable = fresh.filter(({ t }) => !occupied.has(t.locale));
  for (const { t } of fresh.filter(({ t }) => occupied.has(t.locale))) {
    result.translations.push({ locale: t.locale, postId: t.postId, outcome: 'kept', status: t.status });
  }
  if (writable.length === 0) return 0;
  // An address claimed twice within the group goes to the first translation (the source language's).
  const claimed = new Set<string>();
  const unclaimed = (paths: string[]) =>
    paths.filter((path) => {
      if (claimed.has(path)) return false;
      claimed.add(path);
      return true;
    });
  const rows: NewTranslationRow[] = writable.map(({ t, fields, fingerprint, sourceFingerprint }) => ({
    postId: t.postId,
    locale: t.locale,
    slug: t.slug,
    ...fields,
    ...statusFields(t),
    contentFingerprint: fingerprint,
    sourceFingerprint,
    createdAt: t.date,
    note: `imported from WordPress (post ${t.postId})`,
    oldPaths: t.status === 'published' ? unclaimed(t.oldPaths) : [],
  }));
  const first = await insertNewTranslations(tx, target, rows);
  let redirectsAdded = first.redirectsAdded;
  if (first.slugTaken.length > 0) {
    const retry = rows.filter((row) => first.slugTaken.includes(row.locale));
    const slugs = await freeSlugs(tx, retry);
    const again = await insertNewTranslations(
      tx,
      { source: target.source, article: { id: first.articleId }, tagIds: [], authorIds: [] },
      retry.map((row, i) => ({ ...row, slug: slugs[i]! })),
    );
    // Taken again within this transaction's moments: give up on the group (it rolls back whole; a re-run retries).
    if (again.slugTaken.length > 0) throw new Error(`slugs taken while importing: ${again.slugTaken.join(', ')}`);
    redirectsAdded += again.redirectsAdded;
  }
  for (const { t } of writable) {
    result.translations.push({ locale: t.locale, postId: t.postId, outcome: 'created', status: t.status });
  }
  return redirectsAdded;
}
