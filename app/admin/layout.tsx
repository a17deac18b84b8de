import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { workspaceClientNamespaces } from '@/i18n/messages';
import './workspace.css';

/** The workspace's own root layout: a separate world from the public site (which renders without React). */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Workspace');
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, robots: { index: false, follow: false } };
}

export const dynamic = 'force-dynamic';

/** Only what the workspace's client components read goes to the browser (an allow-list, i18n/messages.ts). */
const clientNamespaces = new Set<string>(workspaceClientNamespaces);

export default async function WorkspaceRootLayout({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const clientMessages = Object.fromEntries(
    Object.entries(messages).filter(([namespace]) => clientNamespaces.has(namespace)),
  );
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={clientMessages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
