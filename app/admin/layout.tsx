import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import './workspace.css';

/** The workspace's own root layout: a separate world from the public site (which renders without React). */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Workspace');
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, robots: { index: false, follow: false } };
}

export const dynamic = 'force-dynamic';

export default async function WorkspaceRootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
