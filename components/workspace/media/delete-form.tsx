'use client';
import { useTranslations } from 'next-intl';
import { deleteMediaAction } from '@/lib/workspace/media/actions';
import { ActionForm } from '../action-form';

/**
 * Deleting takes two steps: open the disclosure, read what it does, confirm. `nameId` is the element naming the
 * file, so each confirm button says which file it deletes.
 */
export function DeleteMediaForm({ id, nameId }: { id: string; nameId: string }) {
  const t = useTranslations('MediaForm');
  return (
    <details>
      <summary>{t('delete')}</summary>
      <p>{t('deleteWarning')}</p>
      <ActionForm
        action={deleteMediaAction}
        success={() => t('deleted')}
        hideSuccessWhilePending
        errorNamespaces={['MediaErrors']}
      >
        <input type="hidden" name="id" value={id} />
        <button type="submit" className="danger" aria-describedby={nameId}>
          {t('confirmDelete')}
        </button>
      </ActionForm>
    </details>
  );
}
