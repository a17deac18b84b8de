'use client';
import { useTranslations } from 'next-intl';
import { deleteRedirectAction } from '@/lib/workspace/redirects/actions';
import { ActionForm } from '../action-form';

/** `nameId` is the cell naming the old address, so each button says which redirect it removes. */
export function DeleteRedirectForm({ id, nameId }: { id: string; nameId: string }) {
  const t = useTranslations('RedirectForm');
  return (
    <ActionForm action={deleteRedirectAction} errorNamespaces={['RedirectErrors']}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="secondary" aria-describedby={nameId}>
        {t('delete')}
      </button>
    </ActionForm>
  );
}
