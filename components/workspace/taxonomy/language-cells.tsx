import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { pickName } from '@/lib/workspace/taxonomy/fields';

/** Column headings, one per language, each in its own language. */
export async function LanguageHeaders() {
  const tl = await getTranslations('LanguageNames');
  return (
    <>
      {routing.locales.map((locale) => (
        <th key={locale} scope="col" lang={locale}>
          {tl(locale)}
        </th>
      ))}
    </>
  );
}

/** The entry's name (in the workspace's language, else another) as the link to its page. */
export async function EntryLink({
  href,
  translations,
}: {
  href: string;
  translations: readonly { locale: Locale; name: string }[];
}) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('TaxonomyPage')]);
  const name = pickName(translations, locale);
  return (
    <Link href={href} lang={name?.locale}>
      {name?.name ?? t('untitled')}
    </Link>
  );
}

/** One cell per language: the name (and address), or a visible mark where the language has none. */
export async function LanguageCells({
  translations,
}: {
  translations: readonly { locale: Locale; name: string; slug?: string }[];
}) {
  const t = await getTranslations('TaxonomyPage');
  return (
    <>
      {routing.locales.map((locale) => {
        const row = translations.find((translation) => translation.locale === locale);
        return (
          <td key={locale}>
            {row ? (
              <>
                <span lang={locale}>{row.name}</span>
                {row.slug && <div className="hint mono">{row.slug}</div>}
              </>
            ) : (
              <span className="badge warn">{t('missing')}</span>
            )}
          </td>
        );
      })}
    </>
  );
}
