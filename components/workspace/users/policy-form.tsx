'use client';
import { useTranslations } from 'next-intl';
import { twoFactorPolicyAction } from '@/lib/workspace/users-actions';
import { ActionForm } from '../action-form';

export function TwoFactorPolicyForm({ policy }: { policy: string }) {
  const t = useTranslations('TwoFactorPolicy');
  return (
    <ActionForm action={twoFactorPolicyAction} label={t('heading')} success={() => t('saved')}>
      <label htmlFor="policy">{t('label')}</label>
      <select id="policy" name="policy" defaultValue={policy}>
        {(['off', 'admins', 'everyone'] as const).map((value) => (
          <option key={value} value={value}>
            {t(`option.${value}`)}
          </option>
        ))}
      </select>
      <div className="actions">
        <button type="submit">{t('save')}</button>
      </div>
    </ActionForm>
  );
}
