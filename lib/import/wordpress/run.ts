/**
 * `importWordPress`: two streaming passes over the export. The first indexes every item without its content and
 * checks the whole file (so a truncated or malformed file is refused before anything is written); the second
 * converts each translation group as soon as all its posts have been read and writes it in one transaction.
 * Only the posts of groups still waiting for a member are held in memory. The next group is converted while the
 * previous group's transaction runs; the transactions themselves run one at a time, in order.
 *
 * A dry run does all the same work, each group's transaction included, and rolls every transaction back.
 */
import { routing, type Locale } from '@/i18n/routing';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { slugOrFallback } from '@/lib/slug';
import { convertContent, htmlToText } from './content';
import { MediaImporter } from './media';
import { basePathOf, decodedSlug, oldAddresses, pageAncestors } from './permalinks';
import { emptyIndex, indexEvent, planImport, type PlannedGroup, type WxrIndex } from './plan';
import { emptyReport, type ImportReport } from './report';
import { TaxonomyImporter, termGroupKeys } from './taxonomy';
import {
  writeGroup,
  type GroupOutcome,
  type ImportedStatus,
  type PreparedGroup,
  type PreparedTranslation,
} from './writer';
import { readWxr, WxrError, type WxrItem } from './wxr-reader';

export interface ImportOptions {
  file: string;
  uploadsFrom: string | null;
  uploadsDir: string;
  dryRun: boolean;
  defaultLocale?: Locale;
  categoryLocales?: Map<string, Locale>;
  onProgress?: (phase: 'reading' | 'importing', done: number, total: number) => void;
}

class DryRunRollback extends Error {
  constructor(readonly outcome: Awaited<ReturnType<typeof writeGroup>>) {
    super('dry run');
  }
}

/** The export's site, the key of everything it imports: `https://old.org/blog` (scheme and host lower-cased). */
export function siteKey(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return '';
  }
}

/** WordPress dates: `2019-05-12 08:30:00` in UTC for the GMT fields; `0000-00-00 …` means none. */
function wordPressDate(gmt: string, local: string): Date | null {
  for (const value of [gmt, local]) {
    const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
    if (match && match[1] !== '0000') {
      const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
      if (!Number.isNaN(date.getTime())) return date;
    }
  }
  return null;
}

const STATUS: Record<string, ImportedStatus> = {
  publish: 'published',
  draft: 'draft',
  pending: 'draft',
  future: 'scheduled',
};

/**
 * Adds what one group's transaction did to the report (a page group to the pages' counts): the article to its source
 * language, each translation to its own.
 */
function count(report: ImportReport, prepared: PreparedGroup, outcome: GroupOutcome): void {
  const perLocale = prepared.type === 'page' ? report.pages : report.perLocale;
  const counts = perLocale[prepared.sourceLocale];
  if (outcome.article === 'created') counts.articlesCreated++;
  else if (outcome.translations.some((t) => t.outcome === 'updated' || t.outcome === 'created'))
    counts.articlesUpdated++;
  for (const t of outcome.translations) {
    const c = perLocale[t.locale];
    if (t.locale !== prepared.sourceLocale || outcome.article !== 'created') {
      if (t.outcome === 'created') c.translationsCreated++;
      if (t.outcome === 'updated') c.translationsUpdated++;
    }
    if (t.outcome === 'unchanged') c.unchanged++;
    if (t.outcome === 'kept') c.kept++;
    if (t.status === 'published') c.published++;
    if (t.status === 'draft') c.drafts++;
    if (t.status === 'scheduled') c.scheduled++;
  }
  report.redirectsAdded += outcome.redirectsAdded;
}

/**
 * The groups' transactions commit without waiting for the disk (each is still all or nothing). One transaction that
 * takes an id and commits synchronously flushes the log up to it, so when the import reports success every group is
 * on disk.
 */
async function makeDurable(prisma: PrismaClient): Promise<void> {
  await prisma.$queryRaw`SELECT txid_current()::text AS id`;
}

export async function importWordPress(prisma: PrismaClient, options: ImportOptions): Promise<ImportReport> {
  const index: WxrIndex = emptyIndex();
  await readWxr(
    options.file,
    { withContent: false, onProgress: (done, total) => options.onProgress?.('reading', done, total) },
    (event) => indexEvent(index, event),
  );
  const channel = index.channel;
  if (!channel) throw new WxrError('not a WordPress export: no channel');
  const siteUrl = channel.baseBlogUrl || channel.baseSiteUrl || channel.link;
  const source = siteKey(channel.baseSiteUrl || siteUrl);
  if (!source) throw new WxrError('the export names no site URL (wp:base_site_url)');
  const siteHosts = new Set<string>();
  for (const url of [channel.baseSiteUrl, channel.baseBlogUrl, channel.link]) {
    try {
      siteHosts.add(new URL(url).host.toLowerCase());
    } catch {
      // Not every field is always there.
    }
  }
  const basePath = basePathOf(siteUrl);

  const plan = planImport(index, {
    ...(options.defaultLocale ? { defaultLocale: options.defaultLocale } : {}),
    ...(options.categoryLocales ? { categoryLocales: options.categoryLocales } : {}),
  });
  const report = emptyReport(source, options.dryRun, channel.version);
  report.skipped.push(...plan.skipped);
  report.notes.push(...plan.notes);
  report.comments = plan.comments;

  const media = new MediaImporter(prisma, index, {
    source,
    uploadsFrom: options.uploadsFrom,
    uploadsDir: options.uploadsDir,
    dryRun: options.dryRun,
    siteHosts,
    basePath,
  });
  const taxonomy = new TaxonomyImporter(source, index, termGroupKeys(index));
  const waiting = new Map<PlannedGroup, Map<string, WxrItem>>();
  const total = plan.groups.reduce((sum, group) => sum + group.members.length, 0);
  let done = 0;

  const prepare = async (group: PlannedGroup, items: Map<string, WxrItem>): Promise<PreparedGroup> => {
    const translations: PreparedTranslation[] = [];
    for (const member of group.members) {
      const item = items.get(member.postId);
      const info = index.items.get(member.postId);
      if (!item || !info) continue;
      const title = info.title.trim() || decodedSlug(info.postName) || `${group.type} ${info.postId}`;
      if (item.contentLength > 0 && item.content === '') {
        report.skipped.push({ subject: info.postId, title, reason: 'content too large to read' });
        continue;
      }
      const body = await convertContent(item.content, title, { siteHosts, resolveImage: media.resolveImage });
      if (!body.ok) {
        report.skipped.push({
          subject: info.postId,
          title,
          reason: `body refused by the editor's validator: ${body.error}`,
        });
        continue;
      }
      for (const missing of body.missingImages) {
        report.notes.push({
          subject: info.postId,
          title,
          reason: `image not imported (the text is kept): ${missing.slice(0, 200)}`,
        });
      }
      const cover = info.thumbnailId ? await media.attachment(info.thumbnailId) : null;
      const status = STATUS[info.status] ?? 'draft';
      const date = wordPressDate(info.postDateGmt, info.postDate) ?? new Date();
      translations.push({
        postId: info.postId,
        locale: member.locale,
        title: title.slice(0, 300),
        slug: slugOrFallback(
          decodedSlug(info.postName) || title,
          info.postId,
          group.type === 'page' ? 'page' : 'article',
        ),
        summary: htmlToText(item.excerpt).slice(0, 1000),
        seoDescription: (item.meta.get('_yoast_wpseo_metadesc') ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
        body: body.doc,
        bodyHtml: body.html,
        status,
        date,
        categories: info.categories.filter((category) => category.nicename !== 'uncategorized'),
        tags: info.tags,
        creator: info.creator,
        coverMediaId: options.dryRun || !cover ? null : cover.mediaId,
        oldPaths: oldAddresses(
          info,
          basePath,
          info.languageCode,
          info.postType === 'page' ? pageAncestors(info, index.items) : [],
        ),
      });
    }
    return { type: group.type, sourceLocale: translations[0]?.locale ?? group.sourceLocale, translations };
  };

  // What earlier runs imported (post IDs only): a group none of whose posts is in it needs no lookup.
  const importedPosts = new Set(
    (await prisma.importedItem.findMany({ where: { source, kind: 'post' }, select: { externalId: true } })).map(
      (row) => row.externalId,
    ),
  );

  const commit = async (prepared: PreparedGroup) => {
    let outcome;
    try {
      outcome = await prisma.$transaction(
        async (tx) => {
          // Atomic as ever, only not flushed to disk one by one: `makeDurable` flushes them all at the end.
          await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
          const written = await writeGroup(
            tx,
            { source, taxonomy, allLocales: routing.locales, importedPosts },
            prepared,
          );
          if (options.dryRun) throw new DryRunRollback(written);
          return written;
        },
        { timeout: 120_000, maxWait: 60_000 },
      );
      taxonomy.commit();
    } catch (error) {
      taxonomy.discard();
      if (!(error instanceof DryRunRollback)) throw error;
      outcome = error.outcome;
    }
    count(report, prepared, outcome);
  };

  // The next group is converted while the previous one's transaction runs (the database works on the other core);
  // writes stay one at a time and in order, and a failed one stops the import before the next is written.
  let writing: Promise<void> = Promise.resolve();
  const write = async (group: PlannedGroup, items: Map<string, WxrItem>) => {
    const prepared = await prepare(group, items);
    done += group.members.length;
    await writing;
    options.onProgress?.('importing', done, total);
    if (prepared.translations.length === 0) return;
    writing = commit(prepared);
    writing.catch(() => {}); // awaited (and thrown) by the next write or at the end
  };

  const secondPass = readWxr(options.file, { withContent: true }, async (event) => {
    if (event.type !== 'item') return;
    const { item } = event;
    if (item.postType === 'attachment') {
      await media.attachment(item.postId);
      return;
    }
    const group = plan.groupOf.get(item.postId);
    if (!group) return;
    const items = waiting.get(group) ?? new Map<string, WxrItem>();
    items.set(item.postId, item);
    if (items.size < group.members.length) {
      waiting.set(group, items);
      return;
    }
    waiting.delete(group);
    await write(group, items);
  });
  try {
    await secondPass;
    for (const [group, items] of waiting) await write(group, items);
  } finally {
    // A failure while converting a group lets the group being written finish (or fail) before the import stops.
    await writing.catch(() => {});
  }
  await writing;
  if (!options.dryRun) await makeDurable(prisma);

  report.media.imported = media.counts.imported;
  report.media.reused = media.counts.reused;
  report.media.missing = media.counts.missing;
  for (const [locale, count] of Object.entries(media.counts.byLocale)) report.perLocale[locale as Locale].media = count;
  report.categoriesCreated = taxonomy.created.category.size;
  report.tagsCreated = taxonomy.created.tag.size;
  report.authorsCreated = taxonomy.created.author.size;
  return report;
}
