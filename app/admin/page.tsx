import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { WorkspaceShell } from '@/components/workspace/shell';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('DashboardPage'))('title') };
}

export default async function DashboardPage() {
  const actor = await workspacePage('/admin');
  const t = await getTranslations('DashboardPage');
  return (
    <WorkspaceShell actor={actor} current="/admin">
      <h1>{t('title')}</h1>
    </WorkspaceShell>
  );
}
