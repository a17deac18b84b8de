import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RevisionHistory } from '@/components/workspace/articles/revision-history';
import { WorkspaceShell } from '@/components/workspace/shell';
import { isLocale } from '@/i18n/routing';
import { can } from '@/lib/auth/permissions';
import { listRevisions } from '@/lib/workspace/articles/history';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('History'))('title') };
}

export default async function HistoryPage({ params }: { params: Promise<{ id: string; locale: string }> }) {
  const { id, locale } = await params;
  const actor = await workspacePage(`/admin/articles/${id}/history/${locale}`);
  if (!isLocale(locale)) notFound();
  const [revisions, t, tl] = await Promise.all([
    listRevisions(actor, id, locale),
    getTranslations('History'),
    getTranslations('LanguageNames'),
  ]);
  if (!revisions) notFound();
  return (
    <WorkspaceShell actor={actor} current="/admin">
      <p>
        <Link href={`/admin/articles/${id}`}>{t('backToArticle')}</Link>
      </p>
      <h1>{t('heading', { language: tl(locale) })}</h1>
      <RevisionHistory
        articleId={id}
        locale={locale}
        revisions={revisions.map((revision) => ({ ...revision, createdAt: revision.createdAt.toISOString() }))}
        canRestore={can(actor, 'edit:translation:own-languages', { locale })}
      />
    </WorkspaceShell>
  );
}
