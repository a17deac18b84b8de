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
import { uniqueSlug } from '@/lib/slug';
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

async function freeSlug(tx: Tx, locale: Locale, wanted: string, ownId?: string): Promise<string> {
  const rows = await tx.articleTranslation.findMany({
    where: { locale, slug: { startsWith: wanted } },
    select: { id: true, slug: true },
  });
  const taken = new Set(rows.filter((row) => row.id !== ownId).map((row) => row.slug));
  return uniqueSlug(wanted, (candidate) => taken.has(candidate));
}

function statusFields(t: PreparedTranslation) {
  return {
    status: t.status,
    publishedAt: t.status === 'published' ? t.date : null,
    scheduledAt: t.status === 'scheduled' ? t.date : null,
  };
}

export async function writeGroup(tx: Tx, context: WriteContext, group: PreparedGroup): Promise<GroupOutcome> {
  const { source, taxonomy } = context;
  const postIds = group.translations.map((t) => t.postId);
  const imported = await tx.importedItem.findMany({
    where: { source, kind: 'post', externalId: { in: postIds } },
    select: { externalId: true, targetId: true, importedVersion: true },
  });
  const existing = await tx.articleTranslation.findMany({
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
  const category = source0.categories[0];
  const categoryId = category ? await taxonomy.term(tx, 'category', category, source0.locale) : null;
  // More categories than one: Habar has one per article; the others become tags, so nothing is lost.
  const tagIds = new Set<string>();
  for (const t of group.translations) {
    for (const extra of t === source0 ? t.categories.slice(1) : [])
      tagIds.add(await taxonomy.term(tx, 'tag', extra, t.locale));
    if (t !== source0 && t.categories[0]) await taxonomy.term(tx, 'category', t.categories[0], t.locale);
    for (const tag of t.tags) tagIds.add(await taxonomy.term(tx, 'tag', tag, t.locale));
  }
  const authorIds: string[] = [];
  for (const t of group.translations) {
    const id = await taxonomy.author(tx, t.creator, context.allLocales);
    if (id && !authorIds.includes(id)) authorIds.push(id);
  }
  const coverMediaId = group.translations.find((t) => t.coverMediaId)?.coverMediaId ?? null;

  const articleId = [...previous.values()][0]?.articleId;
  let outcome: GroupOutcome['article'] = 'updated';
  let article = articleId;
  if (!article) {
    const earliest = group.translations.reduce((min, t) => (t.date < min ? t.date : min), source0.date);
    const created = await tx.article.create({
      data: { sourceLocale: group.sourceLocale, categoryId, coverMediaId, createdAt: earliest },
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
  await tx.articleTag.createMany({
    data: [...tagIds].map((tagId) => ({ articleId: article, tagId })),
    skipDuplicates: true,
  });
  await tx.articleAuthor.createMany({
    data: authorIds.map((authorId, position) => ({ articleId: article, authorId, position })),
    skipDuplicates: true,
  });

  const sourceFingerprint = contentFingerprint({ ...source0, body: source0.body });
  const result: GroupOutcome = { article: outcome, translations: [], redirectsAdded: 0 };
  const redirects: { fromPath: string; translationId: string }[] = [];
  for (const t of group.translations) {
    const fields = {
      title: storableText(t.title),
      summary: storableText(t.summary),
      seoDescription: storableText(t.seoDescription),
      body: asJson(t.body),
      bodyHtml: t.bodyHtml,
    };
    const revisionFields = {
      title: fields.title,
      summary: fields.summary,
      seoDescription: fields.seoDescription,
      body: fields.body,
    };
    const fingerprint = contentFingerprint({ ...fields, body: t.body });
    const isSource = t.locale === group.sourceLocale;
    const before = previous.get(t.postId);
    let translationId: string;
    let status = t.status;
    if (before) {
      translationId = before.id;
      const editedHere =
        before.article.deletedAt !== null || before.workingCopy !== null || before.version !== before.importedVersion;
      const same =
        before.contentFingerprint === fingerprint &&
        before.status === t.status &&
        (before.publishedAt?.getTime() ?? null) === (statusFields(t).publishedAt?.getTime() ?? null) &&
        (before.scheduledAt?.getTime() ?? null) === (statusFields(t).scheduledAt?.getTime() ?? null);
      if (editedHere || same) {
        status = before.status as ImportedStatus;
        result.translations.push({
          locale: t.locale,
          postId: t.postId,
          outcome: editedHere ? 'kept' : 'unchanged',
          status,
        });
      } else {
        const version = before.version + 1;
        await tx.articleTranslation.update({
          where: { id: before.id },
          data: {
            ...fields,
            ...statusFields(t),
            version,
            contentFingerprint: fingerprint,
            sourceFingerprint: isSource ? null : sourceFingerprint,
          },
        });
        await tx.revision.create({
          data: {
            translationId: before.id,
            version,
            ...revisionFields,
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
      }
    } else {
      const occupied = await tx.articleTranslation.findUnique({
        where: { articleId_locale: { articleId: article, locale: t.locale } },
        select: { id: true },
      });
      if (occupied) {
        // Staff wrote this language in Habar meanwhile: theirs stays.
        result.translations.push({ locale: t.locale, postId: t.postId, outcome: 'kept', status: t.status });
        continue;
      }
      const slug = await freeSlug(tx, t.locale, t.slug);
      const created = await tx.articleTranslation.create({
        data: {
          articleId: article,
          locale: t.locale,
          slug,
          ...fields,
          ...statusFields(t),
          contentFingerprint: fingerprint,
          sourceFingerprint: isSource ? null : sourceFingerprint,
          createdAt: t.date,
        },
        select: { id: true },
      });
      translationId = created.id;
      await tx.revision.create({
        data: {
          translationId,
          version: 1,
          ...revisionFields,
          slug,
          status: t.status,
          note: `imported from WordPress (post ${t.postId})`,
          contentFingerprint: fingerprint,
          createdAt: t.date,
        },
      });
      await tx.importedItem.upsert({
        where: { source_kind_externalId: { source, kind: 'post', externalId: t.postId } },
        update: { targetId: translationId, importedVersion: 1, importedAt: new Date() },
        create: { source, kind: 'post', externalId: t.postId, targetId: translationId, importedVersion: 1 },
      });
      result.translations.push({ locale: t.locale, postId: t.postId, outcome: 'created', status: t.status });
    }
    // Old addresses only for what WordPress showed the public: a draft's never existed.
    if (status === 'published') redirects.push(...t.oldPaths.map((fromPath) => ({ fromPath, translationId })));
  }
  result.redirectsAdded = await insertRedirects(tx, redirects);
  return result;
}
