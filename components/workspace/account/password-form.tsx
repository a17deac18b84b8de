'use client';
import { useTranslations } from 'next-intl';
import { changePasswordAction } from '@/lib/workspace/account-actions';
import { ActionForm } from '../action-form';
import { PasswordField } from '../password-field';

export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations('AccountPage');
  return (
    <ActionForm action={changePasswordAction} label={t('passwordHeading')} success={() => t('passwordChanged')}>
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <PasswordField id="password-current" name="current" label={t('currentPassword')} />
      <PasswordField id="password-next" name="next" label={t('newPassword')} hint={t('passwordRules')} isNew />
      <PasswordField id="password-confirm" name="confirm" label={t('confirmPassword')} isNew />
      <div className="actions">
        <button type="submit">{t('changePassword')}</button>
      </div>
    </ActionForm>
  );
}
