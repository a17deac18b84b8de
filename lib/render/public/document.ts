import { routing, type Locale } from '@/i18n/routing';
import { formatFingerprint } from '@/lib/site/identity';
import { html, type SafeHtml } from '../html';
import type { PageContext } from './context';
import { socialMeta, type SocialInfo } from './head';
import { liteTwin, publicPaths } from './paths';
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
  /** The masthead entry this page belongs to (a category's or a page's path), marked as current. */
  section?: string;
}

/** One line, whatever the page: unpublished languages stay in place, struck through, with the reason for screen readers. */
function languageSwitcher(ctx: PageContext, languages: LanguageVersion[]): SafeHtml {
  const items = routing.locales.map((locale) => {
    const version = languages.find((entry) => entry.locale === locale);
    const name = ctx.t(`LanguageNames.${locale}`);
    if (locale === ctx.locale) {
      return html`<li><a href="${version?.path ?? `/${locale}`}" aria-current="page" lang="${locale}">${name}</a></li>`;
    }
    if (!version?.path) {
      return html`<li>
        <span class="na" lang="${locale}">${name}</span><span class="sr"> (${ctx.t('LanguageSwitcher.notAvailable')})</span>
      </li>`;
    }
    return html`<li><a href="${version.path}" hreflang="${locale}" lang="${locale}">${name}</a></li>`;
  });
  return html`<nav class="langs" aria-label="${ctx.t('LanguageSwitcher.label')}"><ul>${items}</ul></nav>`;
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

function masthead(ctx: PageContext, input: DocumentInput): SafeHtml {
  const { site, locale, t } = ctx;
  const current = (path: string) => (path === input.section ? html` aria-current="page"` : null);
  const sections = site.sections.map((section) => {
    const path = publicPaths.category(locale, section.slug);
    return html`<li><a href="${path}"${current(path)}>${section.name}</a></li>`;
  });
  const pages = site.masthead.map((page) => {
    const path = publicPaths.page(locale, page.slug);
    return html`<li class="pg"><a href="${path}"${current(path)}>${page.title}</a></li>`;
  });
  return html`<header class="top">
    <div class="wrap bar">
      <a class="brand" href="/${locale}">
        ${site.logo ? html`<img src="/${site.logo.path}" alt="" width="${site.logo.width}" height="${site.logo.height}" />` : null}
        <span><b>${site.name}</b>${site.tagline ? html`<span>${site.tagline}</span>` : null}</span>
      </a>
      <div class="tools">
        <a href="/${locale}/search">${t('SiteHeader.search')}</a>
        ${languageSwitcher(ctx, input.languages)}
      </div>
    </div>
    ${
      sections.length + pages.length > 0
        ? html`<nav class="menu" aria-label="${t('SiteHeader.sections')}">
            <ul class="wrap">
              ${sections}${pages}
            </ul>
          </nav>`
        : null
    }
  </header>`;
}

function footer(ctx: PageContext, input: DocumentInput): SafeHtml {
  const { site, locale, t } = ctx;
  const { contact } = site;
  const contacts = [
    contact.email
      ? html`<li>${t('SiteFooter.email')}: <a href="mailto:${contact.email}">${contact.email}</a></li>`
      : null,
    contact.phone ? html`<li>${t('SiteFooter.phone')}: ${contact.phone}</li>` : null,
    contact.signal ? html`<li>${t('SiteFooter.signal')}: ${contact.signal}</li>` : null,
    contact.pgpFingerprint
      ? html`<li>${t('SiteFooter.pgp')}: <span class="fp">${formatFingerprint(contact.pgpFingerprint)}</span></li>`
      : null,
  ].filter(Boolean);
  const lite = input.noindex ? `/${locale}/lite` : liteTwin(input.path);
  return html`<footer class="foot">
    <div class="wrap">
      <div class="cols">
        <div>
          <h2>${site.name}</h2>
          <p>${site.description}</p>
          ${site.address ? html`<p>${site.address}</p>` : null}
          <p>${t('SiteFooter.sourcesProtected')}</p>
        </div>
        <div>
          <h2>${t('SiteFooter.contact')}</h2>
          ${contacts.length ? html`<ul>${contacts}</ul>` : null}
          ${site.footer.length ? html`<ul>${site.footer.map((page) => html`<li><a href="${publicPaths.page(locale, page.slug)}">${page.title}</a></li>`)}</ul>` : null}
        </div>
        <div>
          <h2>${t('SiteFooter.read')}</h2>
          <ul>
            <li><a href="${lite}">${t('LiteEdition.liteLink')}</a></li>
            <li><a href="/${locale}/feed.xml">${t('SiteFooter.feed')}</a></li>
          </ul>
          ${
            site.mirrors.length
              ? html`<h2>${t('SiteFooter.mirrors')}</h2>
                  <ul>
                    ${site.mirrors.map((url) => html`<li><a href="${url}">${url.replace(/^https?:\/\//, '')}</a></li>`)}
                  </ul>`
              : null
          }
        </div>
      </div>
      <p class="fine">© ${new Date().getFullYear()} ${site.name}</p>
    </div>
  </footer>`;
}

/** A complete public page: no script, one inline stylesheet, landmarks and a skip link. */
export function publicDocument(ctx: PageContext, input: DocumentInput): string {
  const { site } = ctx;
  return html`<!DOCTYPE html>
    <html lang="${ctx.locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${input.title}</title>
        <meta name="description" content="${input.description}" />
        ${input.noindex ? html`<meta name="robots" content="noindex" />` : html`<link rel="canonical" href="${ctx.absolute(input.path)}" />`}
        ${input.noindex || input.hreflang === false ? null : alternateLinks(ctx, input.languages)}
        ${socialMeta(ctx, input, input.social ?? { type: 'website', image: site.socialImage ?? undefined, alternateLocales: input.languages.filter((entry) => entry.path && entry.locale !== ctx.locale).map((entry) => entry.locale) })}
        ${input.structuredData ?? null}
        ${site.svgIcon ? html`<link rel="icon" href="/favicon.svg" type="image/svg+xml" />` : null}
        <link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48" />
        <link rel="alternate" type="application/rss+xml" title="${ctx.t('Feeds.channelTitle', { site: site.name, language: ctx.t(`LanguageNames.${ctx.locale}`) })}" href="/${ctx.locale}/feed.xml">
        ${publicStyle}
      </head>
      <body>
        <a class="skip" href="#content">${ctx.t('SiteHeader.skipToContent')}</a>
        ${masthead(ctx, input)}
        <main id="content" class="wrap" tabindex="-1">${input.main}</main>
        ${footer(ctx, input)}
      </body>
    </html> `.value;
}
