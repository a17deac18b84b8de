import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';

import { cache } from 'react';
import { Link } from '@/i18n/navigation';
import { localeParam, type Locale } from '@/i18n/routing';
import { getPublishedArticle } from '@/lib/public/articles';

export const dynamic = 'force-dynamic';

type Params = Promise<{ locale: string; slug: string }>;

// generateMetadata and the page read the same article once per request.
const loadArticle = cache((locale: Locale, slug: string) => getPublishedArticle(locale, slug));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeParam(params);
  const article = await loadArticle(locale, decodeURIComponent((await params).slug));
  return article ? { title: article.title, description: article.summary } : {};
}

export default async function ArticlePage({ params }: { params: Params }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const article = await loadArticle(locale, decodeURIComponent((await params).slug));
  if (!article) notFound();
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  const languageNames = await getTranslations({ locale, namespace: 'LanguageNames' });
  const format = await getFormatter({ locale });
  const names = article.authors.map((author) => author.name);
  return (
    <article>
      <h1>{article.title}</h1>
      <p className="meta">
        {t('publishedOn', {
          date: format.dateTime(article.publishedAt, { year: 'numeric', month: 'long', day: 'numeric' }),
        })}
        {names.length > 0 ? <> · {t('byline', { names: format.list(names, { type: 'conjunction' }) })}</> : null}
        {article.category ? <> · {article.category.name}</> : null}
      </p>
      {article.otherLanguages.length > 0 ? (
        <p className="meta">
          {t('alsoIn')}{' '}
          {article.otherLanguages.map((other, index) => (
            <span key={other.locale}>
              {index > 0 ? ', ' : null}
              <Link href={`/articles/${other.slug}`} locale={other.locale} hrefLang={other.locale} lang={other.locale}>
                {languageNames(other.locale)}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      <p>
        <strong>{article.summary}</strong>
      </p>
      {/* bodyHtml was rendered on the server from validated Tiptap JSON at save time; no client HTML is stored. */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {article.tags.length > 0 ? (
        <p className="meta">
          {t('tags')}:{' '}
          {format.list(
            article.tags.map((tag) => tag.name),
            { type: 'unit' },
          )}
        </p>
      ) : null}
    </article>
  );
}
