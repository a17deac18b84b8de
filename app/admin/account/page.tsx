import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PasswordForm } from '@/components/workspace/account/password-form';
import { ProfileForm } from '@/components/workspace/account/profile-form';
import { SignOutEverywhereForm } from '@/components/workspace/account/sign-out-everywhere';
import { TwoFactorSetup } from '@/components/workspace/account/two-factor-setup';
import { WorkspaceShell } from '@/components/workspace/shell';
import { env } from '@/lib/env';
import { accountOverview } from '@/lib/workspace/account';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AccountPage'))('title') };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ setup?: string }> }) {
  const actor = await workspacePage('/admin/account', 'read:workspace', { allowWithoutSecondFactor: true });
  const [{ setup }, account, t, format] = await Promise.all([
    searchParams,
    accountOverview(actor),
    getTranslations('AccountPage'),
    getFormatter(),
  ]);
  return (
    <WorkspaceShell actor={actor} current="/admin/account">
      <h1>{t('title')}</h1>
      {setup === '2fa' && !account.totpEnabledAt && (
        <p role="alert" className="notice warn">
          {t('twoFactorRequired')}
        </p>
      )}
      <h2>{t('profileHeading')}</h2>
      <ProfileForm
        displayName={account.displayName}
        interfaceLocale={account.interfaceLocale}
        timeZone={account.timeZone}
        siteTimeZone={env().SITE_TIME_ZONE}
      />
      <h2>{t('passwordHeading')}</h2>
      <PasswordForm email={account.email} />
      <h2>{t('twoFactorHeading')}</h2>
      {account.totpEnabledAt && <p className="hint">{t('recoveryLeft', { count: account.recoveryCodesLeft })}</p>}
      <TwoFactorSetup enabled={Boolean(account.totpEnabledAt)} email={account.email} />
      <h2>{t('sessionsHeading')}</h2>
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">{t('sessionStarted')}</th>
            <th scope="col">{t('sessionLastSeen')}</th>
            <th scope="col">{t('sessionAddress')}</th>
            <th scope="col">{t('sessionBrowser')}</th>
          </tr>
        </thead>
        <tbody>
          {account.sessions.map((session) => (
            <tr key={session.id}>
              <td>
                {format.dateTime(session.createdAt, 'withZone')}
                {session.current && <span className="badge"> {t('thisSession')}</span>}
              </td>
              <td>{format.relativeTime(session.lastSeenAt)}</td>
              <td>{session.ip}</td>
              <td>{session.userAgent.slice(0, 80)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SignOutEverywhereForm />
    </WorkspaceShell>
  );
}
