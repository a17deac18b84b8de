'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { setPasswordAction } from '@/lib/workspace/users-actions';
import { ActionForm } from './action-form';
import { PasswordField } from './password-field';

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
      <PasswordField id="set-password" name="password" label={t('password')} hint={t('rules')} isNew />
      <PasswordField id="set-password-confirm" name="confirm" label={t('confirm')} isNew />
      <div className="actions">
        <button type="submit">{t('submit')}</button>
      </div>
    </ActionForm>
  );
}
