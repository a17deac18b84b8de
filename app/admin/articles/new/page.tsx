import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { NewArticleForm } from '@/components/workspace/articles/new-article-form';
import { WorkspaceShell } from '@/components/workspace/shell';
import { lastWrittenLocale } from '@/lib/workspace/articles/create';
import { settingsOptions } from '@/lib/workspace/articles/options';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('NewArticle'))('title') };
}

export default async function NewArticlePage() {
  const actor = await workspacePage('/admin/articles/new', 'create:article');
  const locale = await getLocale();
  const [options, t, lastWritten] = await Promise.all([
    settingsOptions(actor, locale),
    getTranslations('NewArticle'),
    lastWrittenLocale(actor),
  ]);
  return (
    <WorkspaceShell actor={actor} current="/admin">
      <h1>{t('title')}</h1>
      {/* "Written in" starts at the language this person last wrote in, else the workspace's. */}
      <NewArticleForm options={options} defaultLocale={lastWritten ?? locale} />
    </WorkspaceShell>
  );
}
