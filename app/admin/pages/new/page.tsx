import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { NewArticleForm } from '@/components/workspace/articles/new-article-form';
import { WorkspaceShell } from '@/components/workspace/shell';
import { settingsOptions } from '@/lib/workspace/articles/options';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('NewArticle'))('pageTitle') };
}

/** A new page of the site: the same form, editor, workflow and history as an article, without its settings. */
export default async function NewSitePage() {
  const actor = await workspacePage('/admin/pages/new', 'create:article');
  const locale = await getLocale();
  const [options, t] = await Promise.all([settingsOptions(actor, locale), getTranslations('NewArticle')]);
  return (
    <WorkspaceShell actor={actor} current="/admin/front">
      <h1>{t('pageTitle')}</h1>
      <p className="hint">{t('pageIntro')}</p>
      <NewArticleForm options={options} defaultLocale={locale} kind="page" />
    </WorkspaceShell>
  );
}
