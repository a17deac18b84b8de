'use client';
import { useTranslations } from 'next-intl';
import type { FieldChange } from '@/lib/workspace/articles/types';
import { DiffView } from './diff-view';

/** Changes listed field by field (for the source's changes, a conflict, or two revisions). */
export function FieldChanges({ changes }: { changes: FieldChange[] }) {
  const t = useTranslations('TranslationEditor');
  if (changes.length === 0) return <p>{t('noChanges')}</p>;
  return (
    <dl className="changes">
      {changes.map((change) => (
        <div key={change.field}>
          <dt>{t(`field.${change.field}`)}</dt>
          <dd>
            <DiffView parts={change.parts} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
