/** What an import did (or, in a dry run, would do), per language, and every item it skipped with the reason. */
import { routing, type Locale } from '@/i18n/routing';
import type { Skip } from './plan';

export interface LocaleCounts {
  articlesCreated: number;
  articlesUpdated: number;
  translationsCreated: number;
  translationsUpdated: number;
  unchanged: number;
  /** Edited in Habar since the last import (or in its trash): their text was kept. */
  kept: number;
  published: number;
  drafts: number;
  scheduled: number;
  media: number;
}

export interface ImportReport {
  source: string;
  dryRun: boolean;
  wxrVersion: string;
  /** Articles (WordPress posts) per language. */
  perLocale: Record<Locale, LocaleCounts>;
  /** Pages (WordPress pages) per language, counted apart from the articles; their `media` stays 0. */
  pages: Record<Locale, LocaleCounts>;
  media: { imported: number; reused: number; missing: { subject: string; reason: string }[] };
  categoriesCreated: number;
  tagsCreated: number;
  authorsCreated: number;
  redirectsAdded: number;
  comments: number;
  skipped: Skip[];
  notes: Skip[];
}

export const emptyCounts = (): LocaleCounts => ({
  articlesCreated: 0,
  articlesUpdated: 0,
  translationsCreated: 0,
  translationsUpdated: 0,
  unchanged: 0,
  kept: 0,
  published: 0,
  drafts: 0,
  scheduled: 0,
  media: 0,
});

const countsPerLocale = () =>
  Object.fromEntries(routing.locales.map((locale) => [locale, emptyCounts()])) as Record<Locale, LocaleCounts>;

export function emptyReport(source: string, dryRun: boolean, wxrVersion: string): ImportReport {
  return {
    source,
    dryRun,
    wxrVersion,
    perLocale: countsPerLocale(),
    pages: countsPerLocale(),
    media: { imported: 0, reused: 0, missing: [] },
    categoriesCreated: 0,
    tagsCreated: 0,
    authorsCreated: 0,
    redirectsAdded: 0,
    comments: 0,
    skipped: [],
    notes: [],
  };
}

const LIST_LIMIT = 50;

function listed(title: string, entries: { subject: string; title?: string; reason: string }[]): string[] {
  if (entries.length === 0) return [];
  const lines = [`${title} (${entries.length}):`];
  const byReason = new Map<string, string[]>();
  for (const entry of entries) {
    const subject = entry.title ? `${entry.subject} "${entry.title.slice(0, 60)}"` : entry.subject;
    byReason.set(entry.reason, [...(byReason.get(entry.reason) ?? []), subject]);
  }
  for (const [reason, subjects] of byReason) {
    lines.push(`  ${reason}: ${subjects.length}`);
    for (const subject of subjects.slice(0, LIST_LIMIT)) lines.push(`    ${subject}`);
    if (subjects.length > LIST_LIMIT)
      lines.push(`    … and ${subjects.length - LIST_LIMIT} more (--report <file> lists all)`);
  }
  return lines;
}

/** One table of counts per language: the articles' (with the media column) or the pages'. */
function table(counts: Record<Locale, LocaleCounts>, noun: 'articles' | 'pages'): string[] {
  const lines = [
    noun === 'articles'
      ? 'language  articles (new/updated)  translations (new/updated)  unchanged  kept  published  drafts  scheduled  media'
      : 'language     pages (new/updated)  translations (new/updated)  unchanged  kept  published  drafts  scheduled',
  ];
  for (const locale of routing.locales) {
    const c = counts[locale];
    lines.push(
      [
        locale.padEnd(9),
        `${c.articlesCreated}/${c.articlesUpdated}`.padStart(22),
        `${c.translationsCreated}/${c.translationsUpdated}`.padStart(27),
        String(c.unchanged).padStart(10),
        String(c.kept).padStart(5),
        String(c.published).padStart(10),
        String(c.drafts).padStart(7),
        String(c.scheduled).padStart(10),
        ...(noun === 'articles' ? [String(c.media).padStart(6)] : []),
      ].join(' '),
    );
  }
  return lines;
}

/** The report as the terminal shows it. */
export function formatReport(report: ImportReport): string {
  const anyPage = Object.values(report.pages).some((c) => Object.values(c).some((n) => n > 0));
  const lines = [
    `${report.dryRun ? 'Dry run (nothing written): ' : ''}WordPress import from ${report.source} (WXR ${report.wxrVersion})`,
    '',
    ...table(report.perLocale, 'articles'),
    ...(anyPage ? ['', ...table(report.pages, 'pages')] : []),
  ];
  lines.push(
    '',
    `media: ${report.media.imported} imported, ${report.media.reused} already there, ${report.media.missing.length} missing`,
    `categories: ${report.categoriesCreated} new, tags: ${report.tagsCreated} new, authors: ${report.authorsCreated} new`,
    `old addresses: ${report.redirectsAdded} redirects added`,
    `comments: ${report.comments} in the file, not imported`,
  );
  const sections = [
    ...listed('Skipped', report.skipped),
    ...listed('Media not imported', report.media.missing),
    ...listed('Notes', report.notes),
  ];
  if (sections.length) lines.push('', ...sections);
  return lines.join('\n');
}
