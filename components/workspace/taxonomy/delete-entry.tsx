'use client';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/workspace/action-result';
import { ActionForm } from '../action-form';

/** Delete behind a disclosure: the warning (what else changes) is read before the one button that does it. */
export function DeleteEntry({
  action,
  id,
  warning,
}: {
  action: (previous: ActionResult<null> | null, form: FormData) => Promise<ActionResult<null>>;
  id: string;
  warning: string;
}) {
  const t = useTranslations('TaxonomyForm');
  return (
    <details>
      <summary>{t('deleteSummary')}</summary>
      <p>{warning}</p>
      <ActionForm action={action}>
        <input type="hidden" name="id" value={id} />
        <button type="submit" className="danger">
          {t('confirmDelete')}
        </button>
      </ActionForm>
    </details>
  );
}
