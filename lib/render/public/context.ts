import { createTranslator } from 'next-intl';
import { loadMessages, type Messages } from '@/i18n/messages';
import { routing, type Locale } from '@/i18n/routing';
import type { BrandFile, Contact } from '@/lib/site/identity';
import type { SiteData } from '../page-data';
import { publicPaths } from './paths';

const translator = (locale: Locale, messages: Messages) => createTranslator({ locale, messages });

/** The site's identity in one language, with the fallbacks decided once here. */
export interface SiteView {
  /** The organisation's name in this language (else in the first language that has one, else the software's). */
  name: string;
  tagline: string;
  /** The default meta description of lists and the feeds. */
  description: string;
  address: string;
  logo: BrandFile | null;
  /** Whether the uploaded icon is an SVG (served as /favicon.svg); the built-in icon is. */
  svgIcon: boolean;
  socialImage: { path: string; alt: string } | null;
  contact: Contact;
  mirrors: string[];
  /** Published pages of this language listed in the masthead, and in the footer, in the editors' order. */
  masthead: { slug: string; title: string }[];
  footer: { slug: string; title: string }[];
  /** The categories of this language, in the editors' order. */
  sections: { slug: string; name: string }[];
  stamp: string;
}

/** What every public template needs to speak one language: messages, dates and lists formatted for it. */
export interface PageContext {
  locale: Locale;
  t: ReturnType<typeof translator>;
  date(value: Date): string;
  list(items: string[]): string;
  /** Absolute URL of a site path, from PUBLIC_BASE_URL. */
  absolute(path: string): string;
  site: SiteView;
}

function siteView(locale: Locale, site: SiteData, t: ReturnType<typeof translator>): SiteView {
  const { identity } = site;
  const own = identity.languages[locale];
  const firstName = [locale, ...routing.locales].map((other) => identity.languages[other].name).find(Boolean);
  const pagesOf = (placement: 'masthead' | 'footer') =>
    site.pages
      .filter((page) => page.locale === locale && page.placement === placement)
      .map(({ slug, title }) => ({ slug, title }));
  return {
    name: firstName ?? t('Metadata.siteName'),
    tagline: own.tagline,
    description: own.description || t('Metadata.siteDescription'),
    address: own.address,
    logo: identity.logo,
    svgIcon: !identity.icon || identity.icon.path.endsWith('.svg'),
    socialImage: site.socialImage
      ? { path: publicPaths.media(site.socialImage.path), alt: site.socialImage.alt[locale] }
      : null,
    contact: identity.contact,
    mirrors: identity.mirrors,
    masthead: pagesOf('masthead'),
    footer: pagesOf('footer'),
    sections: site.sections.filter((section) => section.locale === locale).map(({ slug, name }) => ({ slug, name })),
    stamp: site.stamp,
  };
}

export async function pageContext(
  locale: Locale,
  baseUrl: string,
  timeZone: string,
  site: SiteData,
): Promise<PageContext> {
  const messages = await loadMessages(locale);
  const dates = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  });
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  const base = baseUrl.replace(/\/+$/, '');
  const t = translator(locale, messages);
  return {
    locale,
    t,
    date: (value) => dates.format(value),
    list: (items) => lists.format(items),
    absolute: (path) => `${base}${path}`,
    site: siteView(locale, site, t),
  };
}
