'use client';
import { useTranslations } from 'next-intl';
import { routing } from '@/i18n/routing';
import { FieldError } from '../action-form';

const roleOptions = ['editor', 'translator', 'admin'] as const;
const localeOptions = routing.locales;

/** Name, role and (for translators) languages: shared by the create and edit forms. */
export function StaffFields({
  prefix,
  defaults,
}: {
  prefix: string;
  defaults?: { displayName: string; role: string; languages: string[] };
}) {
  const t = useTranslations('StaffForm');
  const tl = useTranslations('LanguageNames');
  return (
    <>
      <label htmlFor={`${prefix}-name`}>{t('displayName')}</label>
      <p className="hint" id={`${prefix}-name-hint`}>
        {t('displayNameHint')}
      </p>
      <input
        id={`${prefix}-name`}
        name="displayName"
        defaultValue={defaults?.displayName}
        required
        maxLength={120}
        aria-describedby={`${prefix}-name-hint ${prefix}-name-error`}
      />
      <FieldError name="displayName" id={`${prefix}-name-error`} />
      <label htmlFor={`${prefix}-role`}>{t('role')}</label>
      <select id={`${prefix}-role`} name="role" defaultValue={defaults?.role ?? 'editor'}>
        {roleOptions.map((role) => (
          <option key={role} value={role}>
            {t(`roleOption.${role}`)}
          </option>
        ))}
      </select>
      <fieldset aria-describedby={`${prefix}-languages-error`}>
        <legend>{t('languages')}</legend>
        <p className="hint">{t('languagesHint')}</p>
        {localeOptions.map((locale) => (
          <label key={locale}>
            <input
              type="checkbox"
              name="languages"
              value={locale}
              defaultChecked={defaults?.languages.includes(locale)}
            />
            {tl(locale)}
          </label>
        ))}
        <FieldError name="languages" id={`${prefix}-languages-error`} />
      </fieldset>
    </>
  );
}
