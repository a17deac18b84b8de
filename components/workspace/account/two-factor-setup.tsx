'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { beginTotpAction, confirmTotpAction } from '@/lib/workspace/account-actions';
import { ActionForm, FieldError } from '../action-form';
import { QrCode } from './qr-code';

/** Enrolment: a new secret (QR code and text), then one code from the app to prove it works, then recovery codes. */
export function TwoFactorSetup({
  enabled,
  email,
  passkeys = 0,
}: {
  enabled: boolean;
  email: string;
  /** Passkeys already make a second factor; the app is then an addition. */
  passkeys?: number;
}) {
  const t = useTranslations('AccountPage');
  const tf = useTranslations('FieldErrors');
  const [started, begin, pending] = useActionState(beginTotpAction, null);
  const refused = started !== null && !started.ok;
  if (started?.ok) {
    const { pending: sealed, secret, qr } = started.data;
    return (
      <>
        <p>{t('scanIntro')}</p>
        <QrCode size={qr.size} modules={qr.modules} label={t('qrLabel')} />
        <p>
          {t('manualEntry')} <span className="mono">{secret}</span>
        </p>
        <ActionForm
          action={confirmTotpAction}
          label={t('confirmHeading')}
          success={(data) => (
            <>
              <p>{t('twoFactorOn')}</p>
              <p>{t('recoveryIntro')}</p>
              <ul className="codes" aria-label={t('recoveryCodes')}>
                {data.recoveryCodes.map((code) => (
                  <li key={code}>{code}</li>
                ))}
              </ul>
            </>
          )}
        >
          <input type="hidden" name="pending" value={sealed} />
          <label htmlFor="totp-code">{t('codeFromApp')}</label>
          <input
            id="totp-code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            aria-describedby="totp-code-error"
          />
          <FieldError name="code" id="totp-code-error" />
          <div className="actions">
            <button type="submit">{t('confirmCode')}</button>
          </div>
        </ActionForm>
      </>
    );
  }
  return (
    <form action={begin}>
      <p>{enabled ? t('twoFactorEnabled') : passkeys > 0 ? t('twoFactorByPasskey') : t('twoFactorDisabled')}</p>
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <label htmlFor="totp-password">{t('passwordToConfirm')}</label>
      <input
        id="totp-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-describedby={refused ? 'totp-password-error' : undefined}
      />
      {refused && (
        <p className="field-error" id="totp-password-error" role="alert">
          {tf('wrongPassword')}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {enabled ? t('replaceAuthenticator') : t('setUpTwoFactor')}
      </button>
    </form>
  );
}
