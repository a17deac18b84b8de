import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/public/ArticleList';
import { Pagination } from '@/components/public/Pagination';
import { localeParam } from '@/i18n/routing';
import { listPublishedArticles } from '@/lib/public/articles';

// Read per request until the reading-site issue moves public pages to the cache with tag revalidation.
export const dynamic = 'force-dynamic';

function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : null;
}

export default async function HomePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const page = parsePage((await searchParams).page);
  if (page === null) notFound();
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const result = await listPublishedArticles(locale, page);
  if (page > result.pageCount) notFound();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="meta">{t('articleCount', { count: result.total })}</p>
      {result.total === 0 ? <p>{t('empty')}</p> : <ArticleList locale={locale} items={result.items} />}
      <Pagination locale={locale} page={result.page} pageCount={result.pageCount} basePath="/" />
    </>
  );
}
