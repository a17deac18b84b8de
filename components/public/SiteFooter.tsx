import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SiteFooter' });
  return (
    <footer className="site-footer">
      <p>{t('about')}</p>
      <p>{t('sourcesProtected')}</p>
    </footer>
  );
}
