import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';

/** Plain links (no script): newer pages to the left, older to the right. */
export async function Pagination({
  locale,
  page,
  pageCount,
  basePath,
}: {
  locale: Locale;
  page: number;
  pageCount: number;
  basePath: string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  const hrefFor = (target: number) => (target === 1 ? basePath : `${basePath}?page=${target}`);
  return (
    <nav className="pagination" aria-label={t('label')}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} locale={locale} rel="prev">
          {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <span>{t('pageOf', { page, total: pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} locale={locale} rel="next">
          {t('next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
