import type { ArticleCard, Paged } from '../page-data';
import { html, type SafeHtml } from '../html';
import type { PageContext } from './context';
import { publicPaths } from './paths';

/** A list of article teasers; `level` keeps the page's headings in order. */
export function articleCards(ctx: PageContext, items: ArticleCard[], level: 2 | 3): SafeHtml {
  const heading = (item: ArticleCard) => {
    const link = html`<a href="${publicPaths.article(ctx.locale, item.slug)}">${item.title}</a>`;
    return level === 2 ? html`<h2>${link}</h2>` : html`<h3>${link}</h3>`;
  };
  return html`<ul class="cards">
    ${items.map(
      (item) =>
        html`<li>
          ${heading(item)}
          <p class="meta">
            ${ctx.t('ArticleCard.publishedOn', { date: ctx.date(item.publishedAt) })}${
              item.category
                ? html` · <a href="${publicPaths.category(ctx.locale, item.category.slug)}">${item.category.name}</a>`
                : null
            }
          </p>
          <p class="summary">${item.summary}</p>
        </li>`,
    )}
  </ul>`;
}

/** Newer/older links between pages of a list; plain links, no script. */
export function pager(ctx: PageContext, paged: Paged<unknown>, pathFor: (page: number) => string): SafeHtml | null {
  if (paged.pageCount <= 1) return null;
  return html`<nav class="pager" aria-label="${ctx.t('Pagination.label')}">
    ${
      paged.page > 1
        ? html`<a href="${pathFor(paged.page - 1)}" rel="prev">${ctx.t('Pagination.previous')}</a>`
        : html`<span></span>`
    }<span>${ctx.t('Pagination.pageOf', { page: paged.page, total: paged.pageCount })}</span>${
      paged.page < paged.pageCount
        ? html`<a href="${pathFor(paged.page + 1)}" rel="next">${ctx.t('Pagination.next')}</a>`
        : html`<span></span>`
    }
  </nav>`;
}
