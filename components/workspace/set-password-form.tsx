'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { setPasswordAction } from '@/app/admin/set-password/actions';
import { ActionForm, FieldError } from './action-form';

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations('SetPasswordPage');
  return (
    <ActionForm
      action={setPasswordAction}
      label={t('title')}
      success={() => (
        <p>
          {t('done')} <Link href="/admin/login">{t('toSignIn')}</Link>
        </p>
      )}
    >
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <label htmlFor="set-password">{t('password')}</label>
      <p className="hint" id="set-password-hint">
        {t('rules')}
      </p>
      <input
        id="set-password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        aria-describedby="set-password-hint set-password-error"
      />
      <FieldError name="password" id="set-password-error" />
      <label htmlFor="set-password-confirm">{t('confirm')}</label>
      <input
        id="set-password-confirm"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        aria-describedby="set-password-confirm-error"
      />
      <FieldError name="confirm" id="set-password-confirm-error" />
      <div className="actions">
        <button type="submit">{t('submit')}</button>
      </div>
    </ActionForm>
  );
}
