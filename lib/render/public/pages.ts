import { routing } from '@/i18n/routing';
import { MAX_QUERY_LENGTH, type ArticleData, type HomeData, type ListingData, type SearchResult } from '../page-data';
import { html, trustedHtml } from '../html';
import { articleCards, pager } from './cards';
import type { PageContext } from './context';
import { publicDocument } from './document';
import { jsonLd } from './head';
import { publicPaths } from './paths';

const homeLanguages = () => routing.locales.map((locale) => ({ locale, path: publicPaths.home(locale) }));

export function homePage(ctx: PageContext, data: HomeData): string {
  const { t, locale } = ctx;
  const pathFor = (page: number) => publicPaths.home(locale, page);
  const title = data.page === 1 ? t('HomePage.title') : t('HomePage.pageTitle', { page: data.page });
  let main;
  if (data.total === 0) {
    main = html`<h1>${title}</h1>
      <p>${t('HomePage.empty')}</p>`;
  } else if (data.page === 1) {
    const [lead, ...rest] = data.items;
    main = html`<h1>${title}</h1>
      <p class="meta">${t('HomePage.articleCount', { count: data.total })}</p>
      ${
        lead
          ? html`<section class="lead" aria-labelledby="lead-heading">
              <h2 id="lead-heading" class="sr">${t('HomePage.leadStory')}</h2>
              ${articleCards(ctx, [lead], 3)}
            </section>`
          : null
      }
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">${t('HomePage.latest')}</h2>
        ${articleCards(ctx, rest, 3)}${pager(ctx, data, pathFor)}
      </section>
      ${
        data.sections.length > 0
          ? html`<section aria-labelledby="sections-heading">
              <h2 id="sections-heading">${t('HomePage.sections')}</h2>
              ${data.sections.map(
                (section) =>
                  html`<h3><a href="${publicPaths.category(locale, section.slug)}">${section.name}</a></h3>
                    <ul>
                      ${section.items.map(
                        (item) => html`<li><a href="${publicPaths.article(locale, item.slug)}">${item.title}</a></li>`,
                      )}
                    </ul>`,
              )}
            </section>`
          : null
      }`;
  } else {
    main = html`<h1>${title}</h1>
      ${articleCards(ctx, data.items, 2)}${pager(ctx, data, pathFor)}`;
  }
  return publicDocument(ctx, {
    title: data.page === 1 ? `${t('Metadata.siteName')}: ${title}` : `${title} · ${t('Metadata.siteName')}`,
    description: t('Metadata.siteDescription'),
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

export function articlePage(ctx: PageContext, article: ArticleData): string {
  const { t, locale } = ctx;
  const others = article.published.filter((entry) => entry.locale !== locale);
  const byline =
    article.authors.length > 0
      ? t('ArticlePage.byline', { names: ctx.list(article.authors.map((author) => author.name)) })
      : null;
  const main = html`<article>
    <h1>${article.title}</h1>
    <p class="meta">
      <time datetime="${article.publishedAt.toISOString()}"
        >${t('ArticlePage.publishedOn', { date: ctx.date(article.publishedAt) })}</time
      >${byline ? html` · ${byline}` : null}${
        article.category
          ? html` · <a href="${publicPaths.category(locale, article.category.slug)}">${article.category.name}</a>`
          : null
      }
    </p>
    ${
      others.length > 0
        ? html`<p class="meta">
            ${t('ArticlePage.alsoIn')}
            ${others.map(
              (other, index) =>
                html`${index > 0 ? ', ' : ''}<a
                    href="${publicPaths.article(other.locale, other.slug)}"
                    hreflang="${other.locale}"
                    lang="${other.locale}"
                    >${t(`LanguageNames.${other.locale}`)}</a
                  >`,
            )}
          </p>`
        : null
    }
    ${article.summary ? html`<p><strong>${article.summary}</strong></p>` : null}
    ${article.cover ? html`<figure><img src="${publicPaths.media(article.cover.path)}" alt="${article.cover.alt}" ${article.cover.width ? html` width="${article.cover.width}" height="${article.cover.height ?? ''}"` : null} decoding="async" /></figure>` : null}
    <div class="body">${trustedHtml(article.bodyHtml)}</div>
    ${
      article.tags.length > 0
        ? html`<p class="meta">
            ${t('ArticlePage.tags')}:
            ${article.tags.map(
              (tag, index) =>
                html`${index > 0 ? ', ' : ''}<a href="${publicPaths.tag(locale, tag.slug)}">${tag.name}</a>`,
            )}
          </p>`
        : null
    }
  </article>`;
  const description = article.seoDescription || article.summary;
  const path = publicPaths.article(locale, article.slug);
  const image = article.cover ? { path: publicPaths.media(article.cover.path), alt: article.cover.alt } : undefined;
  const structuredData = jsonLd({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description,
    inLanguage: locale,
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    author: article.authors.map((author) => ({ '@type': 'Person', name: author.name })),
    ...(image ? { image: [ctx.absolute(image.path)] } : {}),
    ...(article.category ? { articleSection: article.category.name } : {}),
    mainEntityOfPage: ctx.absolute(path),
    publisher: { '@type': 'Organization', name: t('Metadata.siteName') },
  });
  return publicDocument(ctx, {
    title: `${article.title} · ${t('Metadata.siteName')}`,
    description,
    path,
    social: {
      type: 'article',
      image,
      alternateLocales: others.map((other) => other.locale),
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

export function listingPage(ctx: PageContext, kind: 'category' | 'tag', data: ListingData): string {
  const { t, locale } = ctx;
  const pathIn = kind === 'category' ? publicPaths.category : publicPaths.tag;
  const slugIn = (other: typeof locale) => data.slugs.find((entry) => entry.locale === other)?.slug;
  const pathFor = (page: number) => pathIn(locale, slugIn(locale) as string, page);
  const heading =
    kind === 'category'
      ? t('ListingPage.categoryTitle', { name: data.name })
      : t('ListingPage.tagTitle', { name: data.name });
  const main = html`<h1>${heading}</h1>
    <p class="meta">${t('ListingPage.articleCount', { count: data.total })}</p>
    ${data.total === 0 ? html`<p>${t('ListingPage.empty')}</p>` : articleCards(ctx, data.items, 2)}
    ${pager(ctx, data, pathFor)}`;
  return publicDocument(ctx, {
    title: `${heading}${data.page > 1 ? ` (${t('Pagination.pageOf', { page: data.page, total: data.pageCount })})` : ''} · ${t('Metadata.siteName')}`,
    description: t('Metadata.siteDescription'),
    path: pathFor(data.page),
    hreflang: data.page === 1,
    languages: routing.locales.map((other) => {
      const slug = slugIn(other);
      return { locale: other, path: slug ? pathIn(other, slug) : null };
    }),
    main,
  });
}

/** A page that only says what happened (404, 500), in the reader's language, never indexed. */
function statusPage(ctx: PageContext, namespace: 'NotFoundPage' | 'ErrorPage'): string {
  const { t, locale } = ctx;
  return publicDocument(ctx, {
    title: `${t(`${namespace}.title`)} · ${t('Metadata.siteName')}`,
    description: t(`${namespace}.description`),
    path: `/${locale}`,
    languages: homeLanguages(),
    noindex: true,
    main: html`<h1>${t(`${namespace}.title`)}</h1><p>${t(`${namespace}.description`)}</p><p><a href="/${locale}">${t(`${namespace}.backHome`)}</a></p>`,
  });
}

export const notFoundPage = (ctx: PageContext) => statusPage(ctx, 'NotFoundPage');
export const errorPage = (ctx: PageContext) => statusPage(ctx, 'ErrorPage');

export function searchPage(ctx: PageContext, result: SearchResult): string {
  const { t, locale } = ctx;
  const action = `/${locale}/search`;
  const pathFor = (page: number) => `${action}?q=${encodeURIComponent(result.query)}${page > 1 ? `&page=${page}` : ''}`;
  const heading = result.query ? t('SearchPage.titleWithQuery', { query: result.query }) : t('SearchPage.title');
  const main = html`<h1>${heading}</h1>
    <form role="search" action="${action}" method="get">
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
              <ul class="cards">
                ${result.items.map(
                  (item) =>
                    html`<li>
                      <h2><a href="${publicPaths.article(locale, item.slug)}">${item.title}</a></h2>
                      <p class="meta">${t('ArticleCard.publishedOn', { date: ctx.date(item.publishedAt) })}</p>
                      <p class="summary">${trustedHtml(item.snippetHtml)}</p>
                    </li>`,
                )}
              </ul>
              ${pager(ctx, result, pathFor)}`
    }`;
  return publicDocument(ctx, {
    title: `${heading} · ${t('Metadata.siteName')}`,
    description: t('Metadata.siteDescription'),
    path: action,
    languages: routing.locales.map((other) => ({ locale: other, path: `/${other}/search` })),
    main,
    noindex: true,
  });
}
