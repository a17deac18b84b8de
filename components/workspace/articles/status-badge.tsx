'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { codeText } from '@/lib/workspace/action-result';
import type { ChangesState, LanguageState } from '@/lib/workspace/articles/types';

/**
 * A language's state in words (never colour alone): its status, "outdated" when the source moved on, its unpublished
 * changes, and when it (or they) go live if scheduled, in the user's time zone with the zone's name.
 */
export function StatusBadge({
  state,
  outdated,
  changes = null,
  scheduledAt = null,
}: {
  state: LanguageState;
  outdated: boolean;
  changes?: ChangesState | null;
  scheduledAt?: string | null;
}) {
  const t = useTranslations('Workflow');
  const format = useFormatter();
  return (
    <>
      <span className={`badge state-${state}`}>{codeText(t, 'status.', state)}</span>
      {changes && <span className="badge warn"> {codeText(t, 'changesState.', changes)}</span>}
      {outdated && <span className="badge warn"> {t('status.outdated')}</span>}
      {scheduledAt && (
        <span className="scheduled-at">
          {' '}
          {t('scheduledFor', { at: format.dateTime(new Date(scheduledAt), 'withZone') })}
        </span>
      )}
    </>
  );
}
