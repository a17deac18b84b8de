'use client';
import { useTranslations } from 'next-intl';
import { createStaffAction } from '@/lib/workspace/users-actions';
import { ActionForm, FieldError } from '../action-form';
import { SetPasswordLinkNotice } from './set-password-link';
import { StaffFields } from './staff-fields';

export function CreateStaffForm() {
  const t = useTranslations('StaffForm');
  return (
    <ActionForm
      action={createStaffAction}
      label={t('createHeading')}
      success={(link) => (
        <>
          <p>{t('created', { email: link.email })}</p>
          <SetPasswordLinkNotice {...link} />
        </>
      )}
    >
      <label htmlFor="new-email">{t('email')}</label>
      <input id="new-email" name="email" type="email" required autoComplete="off" aria-describedby="new-email-error" />
      <FieldError name="email" id="new-email-error" />
      <StaffFields prefix="new" />
      <div className="actions">
        <button type="submit">{t('create')}</button>
      </div>
    </ActionForm>
  );
}
