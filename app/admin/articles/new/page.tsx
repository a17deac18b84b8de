import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { NewArticleForm } from '@/components/workspace/articles/new-article-form';
import { WorkspaceShell } from '@/components/workspace/shell';
import { settingsOptions } from '@/lib/workspace/articles/options';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('NewArticle'))('title') };
}

export default async function NewArticlePage() {
  const actor = await workspacePage('/admin/articles/new', 'create:article');
  const locale = await getLocale();
  const [options, t] = await Promise.all([settingsOptions(actor, locale), getTranslations('NewArticle')]);
  return (
    <WorkspaceShell actor={actor} current="/admin">
      <h1>{t('title')}</h1>
      <NewArticleForm options={options} defaultLocale={locale} />
    </WorkspaceShell>
  );
}
