import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { ArticleSummary } from '@/lib/public/articles';

export async function ArticleList({ locale, items }: { locale: Locale; items: ArticleSummary[] }) {
  const t = await getTranslations({ locale, namespace: 'ArticleList' });
  const format = await getFormatter({ locale });
  return (
    <ul className="article-list">
      {items.map((item) => (
        <li key={item.slug}>
          <h2>
            <Link href={`/articles/${item.slug}`} locale={locale}>
              {item.title}
            </Link>
          </h2>
          <p className="meta">
            {t('publishedOn', {
              date: format.dateTime(item.publishedAt, { year: 'numeric', month: 'long', day: 'numeric' }),
            })}
          </p>
          <p>{item.summary}</p>
        </li>
      ))}
    </ul>
  );
}
