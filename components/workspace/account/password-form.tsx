'use client';
import { useTranslations } from 'next-intl';
import { changePasswordAction } from '@/app/admin/account/actions';
import { ActionForm, FieldError } from '../action-form';

/** Paste is allowed and nothing limits length below 1,024: long passphrases from a password manager are welcome. */
export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations('AccountPage');
  return (
    <ActionForm action={changePasswordAction} label={t('passwordHeading')} success={() => t('passwordChanged')}>
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <label htmlFor="password-current">{t('currentPassword')}</label>
      <input
        id="password-current"
        name="current"
        type="password"
        autoComplete="current-password"
        required
        aria-describedby="password-current-error"
      />
      <FieldError name="current" id="password-current-error" />
      <label htmlFor="password-next">{t('newPassword')}</label>
      <p className="hint" id="password-next-hint">
        {t('passwordRules')}
      </p>
      <input
        id="password-next"
        name="next"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        aria-describedby="password-next-hint password-next-error"
      />
      <FieldError name="next" id="password-next-error" />
      <label htmlFor="password-confirm">{t('confirmPassword')}</label>
      <input
        id="password-confirm"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        aria-describedby="password-confirm-error"
      />
      <FieldError name="confirm" id="password-confirm-error" />
      <div className="actions">
        <button type="submit">{t('changePassword')}</button>
      </div>
    </ActionForm>
  );
}
