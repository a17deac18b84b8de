import { routing, type Locale } from '@/i18n/routing';
import { html, type SafeHtml } from '../html';
import type { PageContext } from './context';
import { socialMeta, type SocialInfo } from './head';
import { liteTwin } from './paths';
import { inlineStyle } from '../security';
import { publicCss } from './styles';

const publicStyle = inlineStyle(publicCss);

/** The same page in one language: a path where it exists, null where it is not published. */
export interface LanguageVersion {
  locale: Locale;
  path: string | null;
}

export interface DocumentInput {
  title: string;
  description: string;
  /** Path of this page (canonical). */
  path: string;
  /** This page in every language, for the switcher and the hreflang links. */
  languages: LanguageVersion[];
  main: SafeHtml;
  noindex?: boolean;
  /** Whether `languages` are the same page in other languages (hreflang); false for later pages of a list. */
  hreflang?: boolean;
  /** Open Graph / Twitter card data; pages without it get a plain website card. */
  social?: SocialInfo;
  /** Structured data (already serialized safely), e.g. NewsArticle on article pages. */
  structuredData?: SafeHtml;
}

function languageSwitcher(ctx: PageContext, languages: LanguageVersion[]): SafeHtml {
  const items = routing.locales.map((locale) => {
    const version = languages.find((entry) => entry.locale === locale);
    const name = ctx.t(`LanguageNames.${locale}`);
    if (locale === ctx.locale) {
      return html`<li><a href="${version?.path ?? `/${locale}`}" aria-current="page" lang="${locale}">${name}</a></li>`;
    }
    if (!version?.path) {
      return html`<li>
        <span lang="${locale}">${name}</span> <span class="na">(${ctx.t('LanguageSwitcher.notAvailable')})</span>
      </li>`;
    }
    return html`<li><a href="${version.path}" hreflang="${locale}" lang="${locale}">${name}</a></li>`;
  });
  return html`<nav class="langs" aria-label="${ctx.t('LanguageSwitcher.label')}">
    <ul>
      ${items}
    </ul>
  </nav>`;
}

function alternateLinks(ctx: PageContext, languages: LanguageVersion[]): SafeHtml[] {
  const available = languages.filter((entry): entry is { locale: Locale; path: string } => Boolean(entry.path));
  const links = available.map(
    (entry) => html`<link rel="alternate" hreflang="${entry.locale}" href="${ctx.absolute(entry.path)}" />`,
  );
  const fallback = available.find((entry) => entry.locale === routing.defaultLocale) ?? available[0];
  if (fallback) links.push(html`<link rel="alternate" hreflang="x-default" href="${ctx.absolute(fallback.path)}" />`);
  return links;
}

/** A complete public page: no script, one inline stylesheet, landmarks and a skip link. */
export function publicDocument(ctx: PageContext, input: DocumentInput): string {
  return html`<!DOCTYPE html>
    <html lang="${ctx.locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${input.title}</title>
        <meta name="description" content="${input.description}" />
        ${input.noindex ? html`<meta name="robots" content="noindex" />` : html`<link rel="canonical" href="${ctx.absolute(input.path)}" />`}
        ${input.noindex || input.hreflang === false ? null : alternateLinks(ctx, input.languages)}
        ${socialMeta(ctx, input, input.social ?? { type: 'website', alternateLocales: input.languages.filter((entry) => entry.path && entry.locale !== ctx.locale).map((entry) => entry.locale) })}
        ${input.structuredData ?? null}
        <link rel="alternate" type="application/rss+xml" title="${ctx.t('Metadata.siteName')}" href="/${ctx.locale}/feed.xml">
        ${publicStyle}
      </head>
      <body>
        <a class="skip" href="#content">${ctx.t('SiteHeader.skipToContent')}</a>
        <header class="wrap top">
          <div>
            <a class="brand" href="/${ctx.locale}" aria-label="${ctx.t('SiteHeader.homeLink')}">${ctx.t('Metadata.siteName')}</a>
            <p class="tagline">${ctx.t('SiteHeader.tagline')}</p>
          </div>
          <a href="/${ctx.locale}/search">${ctx.t('SiteHeader.search')}</a>
          ${languageSwitcher(ctx, input.languages)}
        </header>
        <main id="content" class="wrap" tabindex="-1">${input.main}</main>
        <footer class="wrap">
          <p><a href="${input.noindex ? `/${ctx.locale}/lite` : liteTwin(input.path)}">${ctx.t('LiteEdition.liteLink')}</a></p>
          <p>${ctx.t('SiteFooter.about')}</p>
          <p>${ctx.t('SiteFooter.sourcesProtected')}</p>
        </footer>
      </body>
    </html> `.value;
}
