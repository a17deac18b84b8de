import { routing, type Locale } from '@/i18n/routing';
import {
  MAX_QUERY_LENGTH,
  type ArticleData,
  type AuthorData,
  type HomeData,
  type ListingData,
  type SearchResult,
} from '../page-data';
import { html, trustedHtml, type SafeHtml } from '../html';
import { articleCards, cardGrid, leadStory, pager, picture, sizes } from './cards';
import type { PageContext } from './context';
import { publicDocument } from './document';
import { jsonLd } from './head';
import { publicPaths } from './paths';
import { readingMinutes } from './reading';
import { shareLinks } from './share';

const homeLanguages = () => routing.locales.map((locale) => ({ locale, path: publicPaths.home(locale) }));

/** `Title · Organisation`: every page title names the site. */
const titled = (ctx: PageContext, title: string) => `${title} · ${ctx.site.name}`;

export function homePage(ctx: PageContext, data: HomeData): string {
  const { t, locale } = ctx;
  const pathFor = (page: number) => publicPaths.home(locale, page);
  const title = data.page === 1 ? t('HomePage.title') : t('HomePage.pageTitle', { page: data.page });
  let main;
  if (data.total === 0) {
    main = html`<div class="head"><h1>${title}</h1></div>
      <p>${t('HomePage.empty')}</p>`;
  } else if (data.page === 1) {
    main = html`<h1 class="sr">${ctx.site.name}: ${title}</h1>
      ${
        data.lead
          ? html`<section aria-label="${t('HomePage.leadStory')}">${leadStory(ctx, data.lead, data.pinned)}</section>`
          : null
      }
      <section aria-labelledby="latest-heading">
        <div class="sec"><h2 id="latest-heading">${t('HomePage.latest')}</h2></div>
        ${cardGrid(ctx, data.items, 3, true)}${pager(ctx, data, pathFor)}
      </section>
      ${data.sections.map(
        (section, index) =>
          html`<section aria-labelledby="section-${index}">
            <div class="sec">
              <h2 id="section-${index}"><a href="${publicPaths.category(locale, section.slug)}">${section.name}</a></h2>
              <a class="more" href="${publicPaths.category(locale, section.slug)}"
                >${t('HomePage.moreInSection', { section: section.name })}</a
              >
            </div>
            ${cardGrid(ctx, section.items, 3, true)}
          </section>`,
      )}`;
  } else {
    main = html`<div class="head"><h1>${title}</h1></div>
      ${articleCards(ctx, data.items, 2)}${pager(ctx, data, pathFor)}`;
  }
  return publicDocument(ctx, {
    title: data.page === 1 ? `${ctx.site.name}: ${ctx.site.tagline || title}` : titled(ctx, title),
    description: ctx.site.description,
    path: pathFor(data.page),
    hreflang: data.page === 1,
    languages:
      data.page === 1
        ? homeLanguages()
        : routing.locales.map((other) => ({
            locale: other,
            path: other === locale ? pathFor(data.page) : publicPaths.home(other),
          })),
    main,
  });
}

/** The article's other languages, as "Also in" links. */
function alsoIn(ctx: PageContext, article: ArticleData, path: (locale: Locale, slug: string) => string) {
  const others = article.published.filter((entry) => entry.locale !== ctx.locale);
  if (others.length === 0) return null;
  return html`<p class="meta">
    ${ctx.t('ArticlePage.alsoIn')}
    ${others.map(
      (other, index) =>
        html`${index > 0 ? ', ' : ''}<a href="${path(other.locale, other.slug)}" hreflang="${other.locale}" lang="${other.locale}"
            >${ctx.t(`LanguageNames.${other.locale}`)}</a
          >`,
    )}
  </p>`;
}

function cover(ctx: PageContext, article: ArticleData): SafeHtml | null {
  const image = article.cover;
  if (!image) return null;
  const caption = [image.caption, image.credit ? ctx.t('ArticlePage.credit', { credit: image.credit }) : ''];
  return html`<figure>
    ${picture(image, { sizes: sizes.article, lazy: false })}
    ${image.caption || image.credit ? html`<figcaption>${caption[0]}${caption[1] ? html`<small>${caption[1]}</small>` : null}</figcaption>` : null}
  </figure>`;
}

/** How to cite the article: organisation, title, date, language and the permanent address, ready to copy. */
function citation(ctx: PageContext, article: ArticleData, url: string): SafeHtml {
  const { t, locale } = ctx;
  return html`<section class="box" aria-labelledby="cite-heading">
    <h2 id="cite-heading">${t('ArticlePage.citeHeading')}</h2>
    <p>
      <cite
        >${t('ArticlePage.citation', {
          organisation: ctx.site.name,
          title: article.title,
          date: ctx.date(article.publishedAt),
          language: t(`LanguageNames.${locale}`),
        })}
        ${url}</cite
      >
    </p>
  </section>`;
}

export function articlePage(ctx: PageContext, article: ArticleData): string {
  if (article.kind === 'page') return sitePage(ctx, article);
  const { t, locale } = ctx;
  const path = publicPaths.article(locale, article.slug);
  const url = ctx.absolute(path);
  const minutes = readingMinutes(article.bodyHtml);
  const authors = article.authors.map(
    (author) => html`<a href="${publicPaths.author(locale, author.slug)}">${author.name}</a>`,
  );
  const main = html`<article class="read">
      <header>
        ${article.category ? html`<a class="kicker" href="${publicPaths.category(locale, article.category.slug)}">${article.category.name}</a>` : null}
        <h1>${article.title}</h1>
        ${article.summary ? html`<p class="standfirst">${article.summary}</p>` : null}
        <div class="byline">
          ${authors.length ? html`<span>${t('ArticlePage.by')} ${authors.map((link, index) => html`${index === 0 ? '' : index === authors.length - 1 ? ` ${t('ArticlePage.and')} ` : ', '}${link}`)}</span>` : null}
          <time datetime="${article.publishedAt.toISOString()}">${t('ArticlePage.publishedOn', { date: ctx.date(article.publishedAt) })}</time>
          <span>${t('ArticlePage.readingTime', { minutes })}</span>
        </div>
        ${alsoIn(ctx, article, publicPaths.article)}
      </header>
      ${cover(ctx, article)}
      <div class="body">${trustedHtml(article.bodyHtml)}</div>
      ${
        article.tags.length > 0
          ? html`<h2 class="sr">${t('ArticlePage.tags')}</h2>
              <ul class="tags">
                ${article.tags.map((tag) => html`<li><a href="${publicPaths.tag(locale, tag.slug)}">${tag.name}</a></li>`)}
              </ul>`
          : null
      }
      ${citation(ctx, article, url)}
      ${shareLinks(ctx, article.title, url)}
    </article>
    ${
      article.related.length > 0
        ? html`<section class="also" aria-labelledby="related-heading">
            <div class="sec"><h2 id="related-heading">${t('ArticlePage.related')}</h2></div>
            ${cardGrid(ctx, article.related, 3, true)}
          </section>`
        : null
    }`;
  const description = article.seoDescription || article.summary;
  const image = article.cover
    ? { path: publicPaths.media(article.cover.path), alt: article.cover.alt }
    : (ctx.site.socialImage ?? undefined);
  const structuredData = jsonLd({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description,
    inLanguage: locale,
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    author: article.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: ctx.absolute(publicPaths.author(locale, author.slug)),
    })),
    ...(image ? { image: [ctx.absolute(image.path)] } : {}),
    ...(article.category ? { articleSection: article.category.name } : {}),
    mainEntityOfPage: url,
    publisher: { '@type': 'Organization', name: ctx.site.name },
  });
  return publicDocument(ctx, {
    title: titled(ctx, article.title),
    description,
    path,
    section: article.category ? publicPaths.category(locale, article.category.slug) : undefined,
    social: {
      type: 'article',
      image,
      alternateLocales: article.published.filter((entry) => entry.locale !== locale).map((entry) => entry.locale),
      article: {
        publishedTime: article.publishedAt,
        modifiedTime: article.updatedAt,
        authors: article.authors.map((author) => author.name),
        section: article.category?.name,
      },
    },
    structuredData,
    languages: routing.locales.map((other) => {
      const version = article.published.find((entry) => entry.locale === other);
      return { locale: other, path: version ? publicPaths.article(other, version.slug) : null };
    }),
    main,
  });
}

/** A page of the site (About, Contact): a translated document without date, byline, category or related list. */
export function sitePage(ctx: PageContext, page: ArticleData): string {
  const { locale } = ctx;
  const path = publicPaths.page(locale, page.slug);
  const main = html`<article class="read">
    <header>
      <h1>${page.title}</h1>
      ${page.summary ? html`<p class="standfirst">${page.summary}</p>` : null}
    </header>
    ${cover(ctx, page)}
    <div class="body">${trustedHtml(page.bodyHtml)}</div>
  </article>`;
  return publicDocument(ctx, {
    title: titled(ctx, page.title),
    description: page.seoDescription || page.summary || ctx.site.description,
    path,
    section: path,
    social: {
      type: 'website',
      image: page.cover
        ? { path: publicPaths.media(page.cover.path), alt: page.cover.alt }
        : (ctx.site.socialImage ?? undefined),
      alternateLocales: page.published.filter((entry) => entry.locale !== locale).map((entry) => entry.locale),
    },
    languages: routing.locales.map((other) => {
      const version = page.published.find((entry) => entry.locale === other);
      return { locale: other, path: version ? publicPaths.page(other, version.slug) : null };
    }),
    main,
  });
}

export function listingPage(ctx: PageContext, kind: 'category' | 'tag', data: ListingData): string {
  const { t, locale } = ctx;
  const pathIn = kind === 'category' ? publicPaths.category : publicPaths.tag;
  const slugIn = (other: typeof locale) => data.slugs.find((entry) => entry.locale === other)?.slug;
  const pathFor = (page: number) => pathIn(locale, slugIn(locale) as string, page);
  const heading =
    kind === 'category'
      ? t('ListingPage.categoryTitle', { name: data.name })
      : t('ListingPage.tagTitle', { name: data.name });
  const main = html`<div class="head">
      <h1>${heading}</h1>
      <p>${t('ListingPage.articleCount', { count: data.total })}</p>
    </div>
    ${data.total === 0 ? html`<p>${t('ListingPage.empty')}</p>` : articleCards(ctx, data.items, 2)}
    ${pager(ctx, data, pathFor)}`;
  return publicDocument(ctx, {
    title: titled(
      ctx,
      `${heading}${data.page > 1 ? ` (${t('Pagination.pageOf', { page: data.page, total: data.pageCount })})` : ''}`,
    ),
    description: ctx.site.description,
    path: pathFor(data.page),
    section: kind === 'category' ? pathIn(locale, slugIn(locale) as string) : undefined,
    hreflang: data.page === 1,
    languages: routing.locales.map((other) => {
      const slug = slugIn(other);
      return { locale: other, path: slug ? pathIn(other, slug) : null };
    }),
    main,
  });
}

/** An author's page: name, pen-name note, short bio, and their articles in this language. */
export function authorPage(ctx: PageContext, data: AuthorData): string {
  const { t, locale } = ctx;
  const slugIn = (other: Locale) => data.slugs.find((entry) => entry.locale === other)?.slug;
  const pathFor = (page: number) => publicPaths.author(locale, slugIn(locale) as string, page);
  const main = html`<div class="head read">
      <h1>${data.name}</h1>
      ${data.isPenName ? html`<p>${t('AuthorPage.penName')}</p>` : null}
      ${data.bio ? html`<p>${data.bio}</p>` : null}
    </div>
    <h2 class="sr">${t('AuthorPage.articles')}</h2>
    <p class="meta">${t('ListingPage.articleCount', { count: data.total })}</p>
    ${data.total === 0 ? html`<p>${t('ListingPage.empty')}</p>` : articleCards(ctx, data.items, 3)}
    ${pager(ctx, data, pathFor)}`;
  return publicDocument(ctx, {
    title: titled(ctx, data.name),
    description: data.bio || t('AuthorPage.description', { name: data.name, site: ctx.site.name }),
    path: pathFor(data.page),
    hreflang: data.page === 1,
    languages: routing.locales.map((other) => {
      const slug = slugIn(other);
      return { locale: other, path: slug ? publicPaths.author(other, slug) : null };
    }),
    main,
  });
}

/** A page that only says what happened (404, 500), in the reader's language, never indexed. */
function statusPage(ctx: PageContext, namespace: 'NotFoundPage' | 'ErrorPage'): string {
  const { t, locale } = ctx;
  return publicDocument(ctx, {
    title: titled(ctx, t(`${namespace}.title`)),
    description: t(`${namespace}.description`),
    path: `/${locale}`,
    languages: homeLanguages(),
    noindex: true,
    main: html`<div class="head read"><h1>${t(`${namespace}.title`)}</h1><p>${t(`${namespace}.description`)}</p><p><a href="/${locale}">${t(`${namespace}.backHome`)}</a></p></div>`,
  });
}

export const notFoundPage = (ctx: PageContext) => statusPage(ctx, 'NotFoundPage');
export const errorPage = (ctx: PageContext) => statusPage(ctx, 'ErrorPage');

export function searchPage(ctx: PageContext, result: SearchResult): string {
  const { t, locale } = ctx;
  const action = `/${locale}/search`;
  const pathFor = (page: number) => `${action}?q=${encodeURIComponent(result.query)}${page > 1 ? `&page=${page}` : ''}`;
  const heading = result.query ? t('SearchPage.titleWithQuery', { query: result.query }) : t('SearchPage.title');
  const main = html`<div class="head"><h1>${heading}</h1></div>
    <form class="search" role="search" action="${action}" method="get">
      <label for="q">${t('SearchPage.label')}</label><br /><input
        id="q"
        type="search"
        name="q"
        value="${result.query}"
        maxlength="${MAX_QUERY_LENGTH}"
      />
      <button type="submit">${t('SearchPage.submit')}</button>
    </form>
    ${result.truncated ? html`<p class="meta">${t('SearchPage.truncated', { max: MAX_QUERY_LENGTH })}</p>` : null}
    ${result.otherScript ? html`<p class="meta">${t('SearchPage.otherScript')}</p>` : null}
    ${
      !result.query
        ? html`<p class="meta">${t('SearchPage.hint')}</p>`
        : result.total === 0
          ? html`<p>${t('SearchPage.noResults', { query: result.query })}</p>`
          : html`<p class="meta">${t('SearchPage.resultCount', { count: result.total })}</p>
              <ul class="row">
                ${result.items.map(
                  (item) =>
                    html`<li class="${item.cover ? '' : 'bare'}">
                      <div>
                        <h2>
                          <a href="${item.kind === 'page' ? publicPaths.page(locale, item.slug) : publicPaths.article(locale, item.slug)}"
                            >${item.title}</a
                          >
                        </h2>
                        ${item.kind === 'article' ? html`<p class="meta">${ctx.date(item.publishedAt)}</p>` : null}
                        <p class="sum">${trustedHtml(item.snippetHtml)}</p>
                      </div>
                      ${item.cover ? picture(item.cover, { sizes: sizes.row, lazy: true }) : null}
                    </li>`,
                )}
              </ul>
              ${pager(ctx, result, pathFor)}`
    }`;
  return publicDocument(ctx, {
    title: titled(ctx, heading),
    description: ctx.site.description,
    path: action,
    languages: routing.locales.map((other) => ({ locale: other, path: `/${other}/search` })),
    main,
    noindex: true,
  });
}
