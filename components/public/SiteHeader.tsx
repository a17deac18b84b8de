import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SiteHeader' });
  const names = await getTranslations({ locale, namespace: 'LanguageNames' });
  return (
    <>
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div>
          <Link href="/" locale={locale} className="site-name" aria-label={t('homeLink')}>
            Habar
          </Link>
          <p className="tagline">{t('tagline')}</p>
        </div>
        <nav className="languages" aria-label={t('languageNav')}>
          <ul>
            {routing.locales.map((target) => (
              <li key={target}>
                <Link
                  href="/"
                  locale={target}
                  hrefLang={target}
                  lang={target}
                  aria-current={target === locale ? 'true' : undefined}
                >
                  {names(target)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
    </>
  );
}
