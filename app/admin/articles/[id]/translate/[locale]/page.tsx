import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { TranslationEditor } from '@/components/workspace/articles/translation-editor';
import { WorkspaceShell } from '@/components/workspace/shell';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { can } from '@/lib/auth/permissions';
import { deskForEditor } from '@/lib/desk/editor';
import { articleForEditing } from '@/lib/workspace/articles/editor-data';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('TranslationEditor'))('title') };
}

/**
 * Side by side: `from` (read-only, left) and `locale` (edited, right). Either side's language switches without
 * leaving; the source language alone is edited without a left side.
 */
export default async function TranslatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; locale: string }>;
  searchParams: Promise<{ from?: string }>;
}) {
  const [{ id, locale }, { from }] = await Promise.all([params, searchParams]);
  const actor = await workspacePage(`/admin/articles/${id}/translate/${locale}`);
  if (!isLocale(locale)) notFound();
  if (!can(actor, 'edit:translation:own-languages', { locale })) forbidden();
  const [article, t, tl] = await Promise.all([
    articleForEditing(actor, id),
    getTranslations('TranslationEditor'),
    getTranslations('LanguageNames'),
  ]);
  if (!article) notFound();
  const leftLocale: Locale | null =
    isLocale(from) && from !== locale ? from : locale !== article.sourceLocale ? article.sourceLocale : null;
  const left = leftLocale ? (article.translations[leftLocale] ?? null) : null;
  const target = article.translations[locale] ?? null;
  const desk = await deskForEditor(actor, { locale, left, target });
  // Headed by the article's own title: this language's, else the source's (a new translation has none yet).
  const titled = target?.title ? target : (article.translations[article.sourceLocale] ?? null);
  const title = titled?.title || t('untitled');
  const titleLocale = titled?.locale;
  const href = (right: Locale, leftSide: Locale | null) =>
    `/admin/articles/${id}/translate/${right}${leftSide && leftSide !== right ? `?from=${leftSide}` : ''}`;
  return (
    <WorkspaceShell actor={actor} current="/admin">
      <p>
        <Link href={`/admin/articles/${id}`}>{t('backToArticle')}</Link>
      </p>
      <h1>
        <span lang={titleLocale}>{title}</span>
        {' — '}
        {tl(locale)}
        {target?.outdated && <span className="badge warn"> {t('outdatedBadge')}</span>}
      </h1>
      <div className="language-switch">
        <nav aria-label={t('leftLanguage')}>
          <span>{t('leftLanguage')}:</span>{' '}
          {routing.locales
            .filter((code) => code !== locale && article.translations[code])
            .map((code) => (
              <Link key={code} href={href(locale, code)} aria-current={code === leftLocale ? 'true' : undefined}>
                {tl(code)}
              </Link>
            ))}
        </nav>
        <nav aria-label={t('rightLanguage')}>
          <span>{t('rightLanguage')}:</span>{' '}
          {routing.locales
            .filter((code) => can(actor, 'edit:translation:own-languages', { locale: code }))
            .map((code) => (
              <Link key={code} href={href(code, leftLocale)} aria-current={code === locale ? 'true' : undefined}>
                {tl(code)}
              </Link>
            ))}
        </nav>
      </div>
      <TranslationEditor
        key={`${locale}:${leftLocale ?? ''}`}
        articleId={id}
        locale={locale}
        isSource={locale === article.sourceLocale}
        left={left}
        target={target}
        sourceChanges={article.sourceChanges[locale] ?? null}
        canPublish={article.canPublish}
        hasCover={Boolean(article.coverMediaId)}
        desk={desk}
      />
      {target && (
        <p className="actions">
          <a href={`/admin/preview/${id}/${locale}`} target="_blank" rel="noopener">
            {t('preview')}
          </a>
          <Link href={`/admin/articles/${id}/history/${locale}`}>{t('history')}</Link>
        </p>
      )}
    </WorkspaceShell>
  );
}
