'use client';
import { useTranslations } from 'next-intl';
import { signOutEverywhereAction } from '@/lib/workspace/account-actions';
import { ActionForm } from '../action-form';

export function SignOutEverywhereForm() {
  const t = useTranslations('AccountPage');
  return (
    <ActionForm action={signOutEverywhereAction} label={t('sessionsHeading')}>
      <p className="hint">{t('signOutEverywhereHint')}</p>
      <button type="submit" className="danger">
        {t('signOutEverywhere')}
      </button>
    </ActionForm>
  );
}
