import { routing, type Locale } from '@/i18n/routing';
import type { Feed, SitemapData } from '../page-data';
import { absolutizeLinks, textOnlyBody } from '../body';
import { escapeHtml } from '../html';
import type { PageContext } from './context';
import { publicPaths } from './paths';

/** XML text: the five predefined entities cover everything (escapeHtml uses exactly those, and &#39;). */
const x = escapeHtml;

/** RSS 2.0 with the full text of each item (content:encoded), for one language or one category of it. */
export function rssFeed(ctx: PageContext, feed: Feed, selfPath: string): string {
  const { t, locale } = ctx;
  // The organisation and the language, so a reader subscribed to several feeds tells them apart (and the category).
  const channel = t('Feeds.channelTitle', { site: ctx.site.name, language: t(`LanguageNames.${locale}`) });
  const title = feed.title ? `${feed.title} · ${channel}` : channel;
  const link = ctx.absolute(
    feed.categorySlug ? publicPaths.category(locale, feed.categorySlug) : publicPaths.home(locale),
  );
  const items = feed.items.map((item) => {
    const url = ctx.absolute(publicPaths.article(locale, item.slug));
    return `<item>
<title>${x(item.title)}</title>
<link>${x(url)}</link>
<guid isPermaLink="true">${x(url)}</guid>
<pubDate>${item.publishedAt.toUTCString()}</pubDate>
${item.authors.map((name) => `<dc:creator>${x(name)}</dc:creator>`).join('\n')}
${item.category ? `<category>${x(item.category)}</category>` : ''}
<description>${x(item.summary)}</description>
<content:encoded>${x(
      absolutizeLinks(
        textOnlyBody(item.bodyHtml, (alt) => alt || t('LiteEdition.noImage')),
        ctx.absolute(''),
      ),
    )}</content:encoded>
</item>`;
  });
  const lastBuild = feed.items[0]?.updatedAt ?? new Date(0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${x(title)}</title>
<link>${x(link)}</link>
<description>${x(ctx.site.description)}</description>
<language>${locale}</language>
<lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>
<atom:link href="${x(ctx.absolute(selfPath))}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
</channel>
</rss>
`;
}

type Version = { locale: Locale; path: string; updatedAt?: Date };

function groupBy<T>(rows: T[], key: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return [...groups.values()];
}

/** Every public page that exists in at least one language, each with the languages it exists in. */
export function sitemapGroups(data: SitemapData): Version[][] {
  return [
    routing.locales.map((locale) => ({ locale, path: publicPaths.home(locale) })),
    ...groupBy(data.articles, (row) => row.articleId).map((rows) =>
      rows.map((row) => ({
        locale: row.locale,
        path: publicPaths.article(row.locale, row.slug),
        updatedAt: row.updatedAt,
      })),
    ),
    ...groupBy(data.pages, (row) => row.articleId).map((rows) =>
      rows.map((row) => ({
        locale: row.locale,
        path: publicPaths.page(row.locale, row.slug),
        updatedAt: row.updatedAt,
      })),
    ),
    ...groupBy(data.categories, (row) => row.categoryId).map((rows) =>
      rows.map((row) => ({ locale: row.locale, path: publicPaths.category(row.locale, row.slug) })),
    ),
    ...groupBy(data.tags, (row) => row.tagId).map((rows) =>
      rows.map((row) => ({ locale: row.locale, path: publicPaths.tag(row.locale, row.slug) })),
    ),
    ...groupBy(data.authors, (row) => row.authorId).map((rows) =>
      rows.map((row) => ({ locale: row.locale, path: publicPaths.author(row.locale, row.slug) })),
    ),
  ];
}

/** Search engines accept at most 50,000 URLs per sitemap file; larger sites get an index of parts. */
export const SITEMAP_LIMIT = 45_000;

function urlEntries(absolute: (path: string) => string, groups: Version[][]): string[] {
  return groups.flatMap((versions) => {
    const fallback = versions.find((version) => version.locale === routing.defaultLocale) ?? versions[0];
    const alternates = [
      ...versions.map(
        (version) => `<xhtml:link rel="alternate" hreflang="${version.locale}" href="${x(absolute(version.path))}"/>`,
      ),
      fallback ? `<xhtml:link rel="alternate" hreflang="x-default" href="${x(absolute(fallback.path))}"/>` : '',
    ].join('');
    return versions.map(
      (version) =>
        `<url><loc>${x(absolute(version.path))}</loc>${version.updatedAt ? `<lastmod>${version.updatedAt.toISOString()}</lastmod>` : ''}${alternates}</url>`,
    );
  });
}

const urlset = (urls: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;

/**
 * The sitemap: one <url> per language version, each listing exactly the languages of its page plus x-default. Up to
 * `limit` URLs it is one file; beyond, /sitemap.xml is an index of /sitemaps/N.xml parts.
 */
export function sitemapDocuments(
  absolute: (path: string) => string,
  groups: Version[][],
  limit = SITEMAP_LIMIT,
): { main: string; parts: string[] } {
  const urls = urlEntries(absolute, groups);
  if (urls.length <= limit) return { main: urlset(urls), parts: [] };
  const parts: string[] = [];
  for (let start = 0; start < urls.length; start += limit) parts.push(urlset(urls.slice(start, start + limit)));
  const main = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${parts.map((_part, index) => `<sitemap><loc>${x(absolute(`/sitemaps/${index + 1}.xml`))}</loc></sitemap>`).join('\n')}
</sitemapindex>
`;
  return { main, parts };
}

export function robotsTxt(absolute: (path: string) => string): string {
  return `User-agent: *
Disallow: /admin
Disallow: /api/
Disallow: /*/search

Sitemap: ${absolute('/sitemap.xml')}
`;
}
