'use client';
import { useTranslations } from 'next-intl';
import { emptyTrashAction, restoreArticleAction } from '@/lib/workspace/articles/actions';
import { ActionForm } from '../action-form';

export function RestoreForm({ articleId, title }: { articleId: string; title: string }) {
  const t = useTranslations('TrashPage');
  return (
    <ActionForm action={restoreArticleAction} success={() => t('restored')}>
      <input type="hidden" name="articleId" value={articleId} />
      <button type="submit" className="secondary" aria-label={t('restoreNamed', { title })}>
        {t('restore')}
      </button>
    </ActionForm>
  );
}

/** Admins only: deletes everything in the trash for good. */
export function EmptyTrashForm() {
  const t = useTranslations('TrashPage');
  return (
    <details>
      <summary>{t('emptyTrash')}</summary>
      <p>{t('emptyWarning')}</p>
      <ActionForm action={emptyTrashAction} success={(data) => t('emptied', { count: data.count })}>
        <button type="submit" className="danger">
          {t('confirmEmpty')}
        </button>
      </ActionForm>
    </details>
  );
}
