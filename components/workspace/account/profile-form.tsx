'use client';
import { useTranslations } from 'next-intl';
import { updateProfileAction } from '@/lib/workspace/account-actions';
import { routing } from '@/i18n/routing';
import { ActionForm, FieldError } from '../action-form';

export function ProfileForm({ displayName, interfaceLocale }: { displayName: string; interfaceLocale: string | null }) {
  const t = useTranslations('AccountPage');
  const tl = useTranslations('LanguageNames');
  return (
    <ActionForm action={updateProfileAction} label={t('profileHeading')} success={() => t('saved')}>
      <label htmlFor="profile-name">{t('displayName')}</label>
      <input
        id="profile-name"
        name="displayName"
        defaultValue={displayName}
        required
        aria-describedby="profile-name-error"
      />
      <FieldError name="displayName" id="profile-name-error" />
      <label htmlFor="profile-locale">{t('interfaceLanguage')}</label>
      <select id="profile-locale" name="interfaceLocale" defaultValue={interfaceLocale ?? ''}>
        <option value="">{t('browserLanguage')}</option>
        {routing.locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {tl(locale)}
          </option>
        ))}
      </select>
      <div className="actions">
        <button type="submit">{t('save')}</button>
      </div>
    </ActionForm>
  );
}
