import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/workspace/login-form';
import { currentUser } from '@/lib/auth/current-session';
import { safeNextPath } from '@/lib/workspace/next-path';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('LoginPage'))('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (await currentUser()) redirect(safeNextPath(next));
  const t = await getTranslations('LoginPage');
  return (
    <main id="main" className="narrow">
      <h1>{t('title')}</h1>
      <LoginForm next={safeNextPath(next)} />
    </main>
  );
}
