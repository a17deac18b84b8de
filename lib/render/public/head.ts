import { openGraphLocale, type Locale } from '@/i18n/routing';
import { html, trustedHtml, type SafeHtml } from '../html';
import type { PageContext } from './context';

/** What link previews (Telegram, social networks) and search engines learn about a page. */
export interface SocialInfo {
  type: 'website' | 'article';
  image?: { path: string; alt: string };
  /** Languages this page is also published in. */
  alternateLocales: Locale[];
  article?: { publishedTime: Date; modifiedTime: Date; authors: string[]; section?: string };
}

export function socialMeta(
  ctx: PageContext,
  page: { title: string; description: string; path: string },
  social: SocialInfo,
): SafeHtml {
  const image = social.image ? ctx.absolute(social.image.path) : null;
  return html`<meta property="og:type" content="${social.type}">
<meta property="og:site_name" content="${ctx.site.name}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${ctx.absolute(page.path)}">
<meta property="og:locale" content="${openGraphLocale[ctx.locale]}">
${social.alternateLocales.map((locale) => html`<meta property="og:locale:alternate" content="${openGraphLocale[locale]}">`)}
${image ? html`<meta property="og:image" content="${image}"><meta property="og:image:alt" content="${social.image?.alt ?? ''}">` : null}
${social.article ? html`<meta property="article:published_time" content="${social.article.publishedTime.toISOString()}"><meta property="article:modified_time" content="${social.article.modifiedTime.toISOString()}">${social.article.section ? html`<meta property="article:section" content="${social.article.section}">` : null}` : null}
<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}">
<meta name="twitter:title" content="${page.title}">
<meta name="twitter:description" content="${page.description}">
${image ? html`<meta name="twitter:image" content="${image}">` : null}`;
}

/**
 * JSON-LD for search engines. Data, not code: `<` is escaped so the text can never close the element early.
 */
export function jsonLd(data: Record<string, unknown>): SafeHtml {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return trustedHtml(`<script type="application/ld+json">${json}</script>`);
}
