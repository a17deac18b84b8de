import { routing, type Locale } from '@/i18n/routing';
import type { ArticleCard, ArticleData, AuthorData, HomeData, ListingData, Paged, SearchResult } from '../page-data';
import { textOnlyBody } from '../body';
import { html, trustedHtml, type SafeHtml } from '../html';
import { inlineStyle } from '../security';
import type { PageContext } from '../public/context';
import { fullTwin, liteTwin, publicPaths } from '../public/paths';

/**
 * The lite edition: plain HTML, a few lines of inline CSS, no script, no font, no image unless the reader follows its
 * link. Every page names its full twin as canonical and links to it; the full pages link back.
 */
const liteCss =
  'body{max-width:38em;margin:0 auto;padding:.5em 1em;font:1em/1.5 sans-serif;color:#111}a{color:#0645ad}a:focus{outline:2px solid #b34a00}h1{font-size:1.4em;line-height:1.25}li{margin:.4em 0}small{color:#444}';
const liteStyle = inlineStyle(liteCss);

interface LiteInput {
  title: string;
  /** The meta description (search engines and link previews read lite pages too). */
  description: string;
  /** Path of the full twin (canonical). */
  fullPath: string;
  /** Lite paths of this page in each language, null where it is not published. */
  languages: { locale: Locale; path: string | null }[];
  main: SafeHtml;
  noindex?: boolean;
}

function liteDocument(ctx: PageContext, input: LiteInput): string {
  const { t, locale } = ctx;
  const languages = routing.locales.map((other) => {
    const version = input.languages.find((entry) => entry.locale === other);
    const name = t(`LanguageNames.${other}`);
    if (other === locale) return html`<b lang="${other}">${name}</b>`;
    return version?.path
      ? html`<a href="${version.path}" hreflang="${other}" lang="${other}">${name}</a>`
      : html`<span lang="${other}">${name}</span> <small>(${t('LanguageSwitcher.notAvailable')})</small>`;
  });
  return html`<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${input.title}</title>
<meta name="description" content="${input.description}">
${input.noindex ? html`<meta name="robots" content="noindex">` : null}
<link rel="canonical" href="${ctx.absolute(input.fullPath)}">
${liteStyle}
</head>
<body>
<header><p><a href="/${locale}/lite" aria-label="${t('LiteEdition.homeLink', { name: ctx.site.name })}">${ctx.site.name}</a> · <a href="/${locale}/lite/search">${t('LiteEdition.searchLink')}</a>${[...ctx.site.masthead, ...ctx.site.footer].map((page) => html` · <a href="${liteTwin(publicPaths.page(locale, page.slug))}">${page.title}</a>`)}</p>
<nav aria-label="${t('LanguageSwitcher.label')}"><p>${languages.map((item, index) => html`${index > 0 ? ' · ' : ''}${item}`)}</p></nav></header>
<main>
${input.main}
</main>
<footer><p><a href="${input.fullPath}">${t('LiteEdition.fullLink')}</a></p></footer>
</body>
</html>
`.value;
}

function cards(ctx: PageContext, items: ArticleCard[]): SafeHtml {
  return html`<ul>${items.map(
    (item) =>
      html`<li><a href="${liteTwin(publicPaths.article(ctx.locale, item.slug))}">${item.title}</a><br><small>${ctx.date(item.publishedAt)}</small></li>`,
  )}</ul>`;
}

function pager(ctx: PageContext, paged: Paged<unknown>, pathFor: (page: number) => string): SafeHtml | null {
  if (paged.pageCount <= 1) return null;
  return html`<p>${paged.page > 1 ? html`<a href="${pathFor(paged.page - 1)}" rel="prev">${ctx.t('Pagination.previous')}</a> · ` : null}${ctx.t('Pagination.pageOf', { page: paged.page, total: paged.pageCount })}${
    paged.page < paged.pageCount
      ? html` · <a href="${pathFor(paged.page + 1)}" rel="next">${ctx.t('Pagination.next')}</a>`
      : null
  }</p>`;
}

export function liteHomePage(ctx: PageContext, data: HomeData): string {
  const { t, locale } = ctx;
  const full = (page: number) => publicPaths.home(locale, page);
  const title = data.page === 1 ? t('HomePage.title') : t('HomePage.pageTitle', { page: data.page });
  return liteDocument(ctx, {
    title: `${title} · ${ctx.site.name}`,
    description: ctx.site.description,
    fullPath: full(data.page),
    languages: routing.locales.map((other) => ({ locale: other, path: liteTwin(publicPaths.home(other)) })),
    main: html`<h1>${title}</h1>${data.total === 0 ? html`<p>${t('HomePage.empty')}</p>` : cards(ctx, data.items)}${pager(ctx, data, (page) => liteTwin(full(page)))}`,
  });
}

export function liteArticlePage(ctx: PageContext, article: ArticleData): string {
  const { t, locale } = ctx;
  const isPage = article.kind === 'page';
  const pathIn = isPage ? publicPaths.page : publicPaths.article;
  const others = article.published.filter((entry) => entry.locale !== locale);
  const body = textOnlyBody(article.bodyHtml, (alt) =>
    alt ? t('LiteEdition.image', { alt }) : t('LiteEdition.noImage'),
  );
  const byline = article.authors.map(
    (author) => html`<a href="${liteTwin(publicPaths.author(locale, author.slug))}">${author.name}</a>`,
  );
  return liteDocument(ctx, {
    title: `${article.title} · ${ctx.site.name}`,
    description: article.seoDescription || article.summary || ctx.site.description,
    fullPath: pathIn(locale, article.slug),
    languages: routing.locales.map((other) => {
      const version = article.published.find((entry) => entry.locale === other);
      return { locale: other, path: version ? liteTwin(pathIn(other, version.slug)) : null };
    }),
    main: html`<article><h1>${article.title}</h1>
${
  isPage
    ? null
    : html`<p><small>${ctx.date(article.publishedAt)}${byline.length > 0 ? html` · ${byline.map((link, index) => html`${index > 0 ? ', ' : ''}${link}`)}` : null}${
        article.category
          ? html` · <a href="${liteTwin(publicPaths.category(locale, article.category.slug))}">${article.category.name}</a>`
          : null
      }</small></p>`
}
${others.length > 0 ? html`<p><small>${t('ArticlePage.alsoIn')} ${others.map((other, index) => html`${index > 0 ? ', ' : ''}<a href="${liteTwin(pathIn(other.locale, other.slug))}" hreflang="${other.locale}" lang="${other.locale}">${t(`LanguageNames.${other.locale}`)}</a>`)}</small></p>` : null}
${article.summary ? html`<p><b>${article.summary}</b></p>` : null}
${article.cover ? html`<p><a href="${publicPaths.media(article.cover.path)}">[${t('LiteEdition.coverImage', { alt: article.cover.alt })}]</a>${article.cover.credit ? html` <small>${t('ArticlePage.credit', { credit: article.cover.credit })}</small>` : null}</p>` : null}
${trustedHtml(body)}
</article>
${article.related.length > 0 ? html`<h2>${t('ArticlePage.related')}</h2>${cards(ctx, article.related)}` : null}`,
  });
}

export function liteAuthorPage(ctx: PageContext, data: AuthorData): string {
  const { t, locale } = ctx;
  const slugIn = (other: Locale) => data.slugs.find((entry) => entry.locale === other)?.slug;
  const full = (page: number) => publicPaths.author(locale, slugIn(locale) as string, page);
  return liteDocument(ctx, {
    title: `${data.name} · ${ctx.site.name}`,
    description: data.bio || t('AuthorPage.description', { name: data.name, site: ctx.site.name }),
    fullPath: full(data.page),
    languages: routing.locales.map((other) => {
      const slug = slugIn(other);
      return { locale: other, path: slug ? liteTwin(publicPaths.author(other, slug)) : null };
    }),
    main: html`<h1>${data.name}</h1>${data.isPenName ? html`<p><small>${t('AuthorPage.penName')}</small></p>` : null}${data.bio ? html`<p>${data.bio}</p>` : null}${data.total === 0 ? html`<p>${t('ListingPage.empty')}</p>` : cards(ctx, data.items)}${pager(ctx, data, (page) => liteTwin(full(page)))}`,
  });
}

export function liteListingPage(ctx: PageContext, kind: 'category' | 'tag', data: ListingData): string {
  const { t, locale } = ctx;
  const pathIn = kind === 'category' ? publicPaths.category : publicPaths.tag;
  const slugIn = (other: Locale) => data.slugs.find((entry) => entry.locale === other)?.slug;
  const full = (page: number) => pathIn(locale, slugIn(locale) as string, page);
  const heading =
    kind === 'category'
      ? t('ListingPage.categoryTitle', { name: data.name })
      : t('ListingPage.tagTitle', { name: data.name });
  return liteDocument(ctx, {
    title: `${heading} · ${ctx.site.name}`,
    description: ctx.site.description,
    fullPath: full(data.page),
    languages: routing.locales.map((other) => {
      const slug = slugIn(other);
      return { locale: other, path: slug ? liteTwin(pathIn(other, slug)) : null };
    }),
    main: html`<h1>${heading}</h1>${data.total === 0 ? html`<p>${t('ListingPage.empty')}</p>` : cards(ctx, data.items)}${pager(ctx, data, (page) => liteTwin(full(page)))}`,
  });
}

export function liteSearchPage(ctx: PageContext, result: SearchResult): string {
  const { t, locale } = ctx;
  const action = `/${locale}/lite/search`;
  const pathFor = (page: number) => `${action}?q=${encodeURIComponent(result.query)}${page > 1 ? `&page=${page}` : ''}`;
  const heading = result.query ? t('SearchPage.titleWithQuery', { query: result.query }) : t('SearchPage.title');
  return liteDocument(ctx, {
    title: `${heading} · ${ctx.site.name}`,
    description: ctx.site.description,
    fullPath: fullTwin(pathFor(result.page)),
    languages: routing.locales.map((other) => ({ locale: other, path: `/${other}/lite/search` })),
    noindex: true,
    main: html`<h1>${heading}</h1>
<form role="search" action="${action}" method="get"><label for="q">${t('SearchPage.label')}</label><br><input id="q" type="search" name="q" value="${result.query}"> <button type="submit">${t('SearchPage.submit')}</button></form>
${result.otherScript ? html`<p>${t('SearchPage.otherScript')}</p>` : null}
${result.query && result.total === 0 ? html`<p>${t('SearchPage.noResults', { query: result.query })}</p>` : null}
${
  result.total > 0
    ? html`<p>${t('SearchPage.resultCount', { count: result.total })}</p><ul>${result.items.map(
        (item) =>
          html`<li><a href="${liteTwin((item.kind === 'page' ? publicPaths.page : publicPaths.article)(locale, item.slug))}">${item.title}</a><br><small>${trustedHtml(item.snippetHtml)}</small></li>`,
      )}</ul>${pager(ctx, result, pathFor)}`
    : null
}`,
  });
}
