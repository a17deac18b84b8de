import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/workspace/articles/status-badge';
import { SettingsForm } from '@/components/workspace/articles/settings-form';
import { TrashButton } from '@/components/workspace/articles/trash-button';
import { WorkspaceShell } from '@/components/workspace/shell';
import { routing } from '@/i18n/routing';
import { can } from '@/lib/auth/permissions';
import { articleForEditing } from '@/lib/workspace/articles/editor-data';
import { settingsOptions } from '@/lib/workspace/articles/options';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('ArticleOverview'))('pageTitle') };
}

/** One article: its languages (status, edit, translate, history, preview) and the settings all languages share. */
export default async function ArticleOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await workspacePage(`/admin/articles/${id}`);
  const [article, locale, t, tl, format] = await Promise.all([
    articleForEditing(actor, id),
    getLocale(),
    getTranslations('ArticleOverview'),
    getTranslations('LanguageNames'),
    getFormatter(),
  ]);
  if (!article) notFound();
  const source = article.translations[article.sourceLocale];
  return (
    <WorkspaceShell actor={actor} current="/admin">
      <p>
        <Link href={article.kind === 'page' ? '/admin?kind=page' : '/admin'}>{t('backToList')}</Link>
      </p>
      <h1 lang={article.sourceLocale}>{source?.title}</h1>
      <p>{t('sourceLanguage', { language: tl(article.sourceLocale) })}</p>
      <table className="grid cards">
        <caption className="hint">{t('languagesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('language')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('title')}</th>
            <th scope="col">{t('updated')}</th>
            <th scope="col">{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {routing.locales.map((code) => {
            const translation = article.translations[code];
            const from = code === article.sourceLocale ? '' : `?from=${article.sourceLocale}`;
            const editable = can(actor, 'edit:translation:own-languages', { locale: code });
            return (
              <tr key={code}>
                <th scope="row">{tl(code)}</th>
                <td data-label={t('status')}>
                  <StatusBadge
                    state={translation?.status ?? 'missing'}
                    outdated={translation?.outdated ?? false}
                    changes={translation?.changes?.state ?? null}
                    scheduledAt={translation?.changes?.scheduledAt ?? translation?.scheduledAt ?? null}
                  />
                </td>
                <td lang={code} data-label={t('title')}>
                  {translation?.title ?? '—'}
                </td>
                <td data-label={t('updated')}>
                  {translation ? format.dateTime(new Date(translation.updatedAt), 'withZone') : '—'}
                </td>
                <td className="actions">
                  {editable && (
                    <Link
                      href={`/admin/articles/${id}/translate/${code}${from}`}
                      aria-label={t('editIn', { language: tl(code) })}
                    >
                      {translation ? t('edit') : t('translate')}
                    </Link>
                  )}
                  {translation && (
                    <>
                      <Link
                        href={`/admin/articles/${id}/history/${code}`}
                        aria-label={t('historyIn', { language: tl(code) })}
                      >
                        {t('history')}
                      </Link>
                      {translation.status === 'published' && (
                        <a
                          href={translation.path}
                          target="_blank"
                          rel="noopener"
                          aria-label={t('viewOnSiteIn', { language: tl(code) })}
                        >
                          {t('viewOnSite')}
                        </a>
                      )}
                      <a
                        href={`/admin/preview/${id}/${code}`}
                        target="_blank"
                        rel="noopener"
                        aria-label={t('previewIn', { language: tl(code) })}
                      >
                        {t('preview')}
                      </a>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {article.kind === 'page' && article.canEditSettings && (
        <p>
          <Link href="/admin/front">{t('pageMenus')}</Link>
        </p>
      )}
      {article.kind === 'article' && article.canEditSettings && (
        <>
          <h2>{t('settingsHeading')}</h2>
          <SettingsForm
            articleId={id}
            options={await settingsOptions(actor, locale)}
            initial={{
              categoryId: article.categoryId,
              tagIds: article.tagIds,
              authorIds: article.authorIds,
              coverMediaId: article.coverMediaId,
            }}
          />
        </>
      )}
      {can(actor, 'delete:article:any') && <TrashButton articleId={id} />}
    </WorkspaceShell>
  );
}
