'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { trashArticleAction } from '@/lib/workspace/articles/actions';
import { ActionForm } from '../action-form';

/** Moves the article to the trash (every language leaves the public site at once; restorable for 30 days). */
export function TrashButton({ articleId }: { articleId: string }) {
  const t = useTranslations('ArticleOverview');
  const router = useRouter();
  return (
    <details>
      <summary>{t('moveToTrash')}</summary>
      <p>{t('trashWarning')}</p>
      <ActionForm
        action={async (previous: unknown, form: FormData) => {
          const result = await trashArticleAction(previous, form);
          if (result.ok) router.push('/admin/trash');
          return result;
        }}
      >
        <input type="hidden" name="articleId" value={articleId} />
        <button type="submit" className="danger">
          {t('confirmTrash')}
        </button>
      </ActionForm>
    </details>
  );
}
