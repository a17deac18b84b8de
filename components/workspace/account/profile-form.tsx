'use client';
import { useTranslations } from 'next-intl';
import { routing } from '@/i18n/routing';
import { updateProfileAction } from '@/lib/workspace/account-actions';
import { ActionForm, FieldError } from '../action-form';

/** Every zone the browser knows (IANA names, the same list the server accepts). */
const timeZones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export function ProfileForm({
  displayName,
  interfaceLocale,
  timeZone,
  siteTimeZone,
}: {
  displayName: string;
  interfaceLocale: string | null;
  timeZone: string | null;
  siteTimeZone: string;
}) {
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
      <label htmlFor="profile-time-zone">{t('timeZone')}</label>
      <p className="hint" id="profile-time-zone-hint">
        {t('timeZoneHint')}
      </p>
      <select
        id="profile-time-zone"
        name="timeZone"
        defaultValue={timeZone ?? ''}
        aria-describedby="profile-time-zone-hint profile-time-zone-error"
      >
        <option value="">{t('siteTimeZone', { zone: siteTimeZone })}</option>
        {timeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
      <FieldError name="timeZone" id="profile-time-zone-error" />
      <div className="actions">
        <button type="submit">{t('save')}</button>
      </div>
    </ActionForm>
  );
}
