import type { ArticleCard, Paged, Picture } from '../page-data';
import { html, type SafeHtml } from '../html';
import type { PageContext } from './context';
import { publicPaths } from './paths';

/**
 * A responsive image from the WebP variants: `srcset` lets the browser take the smallest that fills `sizes` (a
 * 390 px phone takes the 480 px variant for a full-width cover), width and height reserve the space, and pictures
 * below the fold wait until they are scrolled to.
 */
export function picture(
  image: Picture,
  options: { sizes: string; lazy: boolean; alt?: string; className?: string },
): SafeHtml {
  const smallest = image.variants[0];
  const fallback = image.variants.find((variant) => variant.width >= 960) ?? image.variants.at(-1);
  const src = publicPaths.media(fallback?.path ?? image.path);
  const srcset = image.variants.length
    ? [
        ...image.variants.map((variant) => `${publicPaths.media(variant.path)} ${variant.width}w`),
        // The original joins the set only when it is wider than every variant (a 1600 px upload has no 1600 variant).
        ...(image.width && image.width > (image.variants.at(-1)?.width ?? 0)
          ? [`${publicPaths.media(image.path)} ${image.width}w`]
          : []),
      ].join(', ')
    : null;
  const width = smallest ? smallest.width : image.width;
  const height = smallest ? smallest.height : image.height;
  return html`<img src="${src}" ${srcset ? html`srcset="${srcset}" sizes="${options.sizes}"` : null} alt="${options.alt ?? image.alt}" ${width && height ? html`width="${width}" height="${height}"` : null} ${options.lazy ? html`loading="lazy"` : null} decoding="async"${options.className ? html` class="${options.className}"` : null} />`;
}

/** How wide pictures are drawn (see styles.ts): full width on phones, a column or a thumbnail on wider screens. */
export const sizes = {
  lead: '(min-width: 72rem) 42rem, (min-width: 48rem) 58vw, 100vw',
  grid: '(min-width: 72rem) 22rem, (min-width: 48rem) 31vw, 100vw',
  row: '(min-width: 48rem) 11rem, 6.5rem',
  article: '(min-width: 46rem) 44rem, 100vw',
};

const kicker = (ctx: PageContext, item: ArticleCard) =>
  item.category
    ? html`<a class="kicker" href="${publicPaths.category(ctx.locale, item.category.slug)}">${item.category.name}</a>`
    : null;

const heading = (level: 2 | 3, ctx: PageContext, item: ArticleCard) => {
  const link = html`<a href="${publicPaths.article(ctx.locale, item.slug)}">${item.title}</a>`;
  return level === 2 ? html`<h2>${link}</h2>` : html`<h3>${link}</h3>`;
};

const date = (ctx: PageContext, item: ArticleCard) =>
  html`<p class="meta"><time datetime="${item.publishedAt.toISOString()}">${ctx.date(item.publishedAt)}</time></p>`;

/** The lead story: a large cover beside (or, on phones, above) a large headline. Above the fold: not lazy. */
export function leadStory(ctx: PageContext, item: ArticleCard, pinned: boolean): SafeHtml {
  return html`<div class="lead">
    ${item.cover ? picture(item.cover, { sizes: sizes.lead, lazy: false }) : null}
    <div>
      ${kicker(ctx, item)}${pinned ? html` <span class="pin">${ctx.t('HomePage.pinned')}</span>` : null}
      ${heading(2, ctx, item)}
      <p class="sum">${item.summary}</p>
      ${date(ctx, item)}
    </div>
  </div>`;
}

/** Cards in a grid (three columns on wide screens), each with its cover; lazy below the fold. */
export function cardGrid(ctx: PageContext, items: ArticleCard[], level: 2 | 3, lazy: boolean): SafeHtml {
  return html`<ul class="grid">
    ${items.map(
      (item) =>
        html`<li class="card">
          ${item.cover ? picture(item.cover, { sizes: sizes.grid, lazy }) : null}
          ${kicker(ctx, item)}${heading(level, ctx, item)}
          <p class="sum">${item.summary}</p>
          ${date(ctx, item)}
        </li>`,
    )}
  </ul>`;
}

/**
 * A list of article teasers with small thumbnails on the right (category, tag, author and search pages); `level`
 * keeps the page's headings in order.
 */
export function articleCards(ctx: PageContext, items: ArticleCard[], level: 2 | 3): SafeHtml {
  return html`<ul class="row">
    ${items.map(
      (item, index) =>
        html`<li class="${item.cover ? '' : 'bare'}">
          <div>
            ${kicker(ctx, item)}${heading(level, ctx, item)}
            <p class="sum">${item.summary}</p>
            ${date(ctx, item)}
          </div>
          ${item.cover ? picture(item.cover, { sizes: sizes.row, lazy: index > 2 }) : null}
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
