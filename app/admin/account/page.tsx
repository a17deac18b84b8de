import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Passkeys } from '@/components/workspace/account/passkeys';
import { PasswordForm } from '@/components/workspace/account/password-form';
import { ProfileForm } from '@/components/workspace/account/profile-form';
import { SignOutEverywhereForm } from '@/components/workspace/account/sign-out-everywhere';
import { TwoFactorSetup } from '@/components/workspace/account/two-factor-setup';
import { WorkspaceShell } from '@/components/workspace/shell';
import { env } from '@/lib/env';
import { relyingParty } from '@/lib/auth/webauthn';
import { codeText } from '@/lib/workspace/action-result';
import { accountOverview } from '@/lib/workspace/account';
import { workspacePage } from '@/lib/workspace/page';
import { ownPasskeys } from '@/lib/workspace/passkeys';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AccountPage'))('title') };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ setup?: string }> }) {
  const actor = await workspacePage('/admin/account', 'read:workspace', { allowWithoutSecondFactor: true });
  const [{ setup }, account, passkeys, t, format] = await Promise.all([
    searchParams,
    accountOverview(actor),
    ownPasskeys(actor),
    getTranslations('AccountPage'),
    getFormatter(),
  ]);
  const secondFactor = Boolean(account.totpEnabledAt) || passkeys.length > 0;
  const method = (session: (typeof account.sessions)[number]) => {
    const how = codeText(t, 'method.', session.method);
    return session.passkeyName ? t('methodWithPasskey', { method: how, name: session.passkeyName }) : how;
  };
  return (
    <WorkspaceShell actor={actor} current="/admin/account">
      <h1>{t('title')}</h1>
      {setup === '2fa' && !secondFactor && (
        <p role="alert" className="notice warn">
          {t('twoFactorRequired')}
        </p>
      )}
      {setup === 'passkey' && passkeys.length === 0 && (
        <p role="alert" className="notice warn">
          {t('passkeyRequired')}
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
      <h2>{t('passkeysHeading')}</h2>
      <Passkeys passkeys={passkeys} email={account.email} address={relyingParty().origin} />
      <h2>{t('twoFactorHeading')}</h2>
      {secondFactor && <p className="hint">{t('recoveryLeft', { count: account.recoveryCodesLeft })}</p>}
      <TwoFactorSetup enabled={Boolean(account.totpEnabledAt)} email={account.email} passkeys={passkeys.length} />
      <h2>{t('sessionsHeading')}</h2>
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">{t('sessionStarted')}</th>
            <th scope="col">{t('sessionLastSeen')}</th>
            <th scope="col">{t('sessionMethod')}</th>
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
              <td>{method(session)}</td>
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
