'use client';
import { useTranslations } from 'next-intl';
import { signInPolicyAction } from '@/lib/workspace/users-actions';
import { ActionForm } from '../action-form';

const levels = ['off', 'admins', 'everyone'] as const;

/** Who must use a second factor, and who a passkey (which a copied sign-in page cannot relay). */
export function SignInPolicyForm({ policy }: { policy: { secondFactor: string; passkey: string } }) {
  const t = useTranslations('TwoFactorPolicy');
  return (
    <ActionForm action={signInPolicyAction} label={t('heading')} success={() => t('saved')}>
      <label htmlFor="policy-second-factor">{t('label')}</label>
      <select id="policy-second-factor" name="secondFactor" defaultValue={policy.secondFactor}>
        {levels.map((value) => (
          <option key={value} value={value}>
            {t(`option.${value}`)}
          </option>
        ))}
      </select>
      <label htmlFor="policy-passkey">{t('passkeyLabel')}</label>
      <p className="hint" id="policy-passkey-hint">
        {t('passkeyHint')}
      </p>
      <select id="policy-passkey" name="passkey" defaultValue={policy.passkey} aria-describedby="policy-passkey-hint">
        {levels.map((value) => (
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
