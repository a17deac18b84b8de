'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { changeStatusAction } from '@/lib/workspace/articles/actions';
import type { Locale } from '@/i18n/routing';
import { codeText } from '@/lib/workspace/action-result';
import type { TranslationStatus } from '@/lib/workspace/articles/types';

type Transition = 'submit' | 'publish' | 'schedule' | 'unpublish' | 'return';

/** This language's status and the moves open to this user; unsaved text is saved first. */
export function WorkflowBar({
  articleId,
  locale,
  status,
  canPublish,
  beforeChange,
  onChanged,
}: {
  articleId: string;
  locale: Locale;
  status: TranslationStatus | null;
  canPublish: boolean;
  /** Saves what is unsaved; the version to act on, or null when the save was refused. */
  beforeChange: () => Promise<number | null>;
  onChanged: (status: TranslationStatus) => void;
}) {
  const t = useTranslations('Workflow');
  const [when, setWhen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!status) return null;

  async function move(transition: Transition) {
    setError(null);
    setBusy(true);
    try {
      const current = await beforeChange();
      if (current === null) return;
      const scheduledAt = transition === 'schedule' && when ? new Date(when).toISOString() : undefined;
      if (transition === 'schedule' && !scheduledAt) {
        setError('schedule-in-past');
        return;
      }
      const result = await changeStatusAction({ articleId, locale, transition, version: current, scheduledAt });
      if (result.ok) onChanged(result.data.status);
      else setError(result.error);
    } finally {
      setBusy(false);
    }
  }

  const can = {
    submit: status === 'draft' || status === 'unpublished',
    publish: canPublish && status !== 'published',
    schedule: canPublish && status !== 'published',
    unpublish: canPublish && (status === 'published' || status === 'scheduled'),
    return: canPublish && status === 'in_review',
  };
  return (
    <section className="workflow" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t('heading')}</h2>
      <p role="status" aria-live="polite">
        {t('current', { status: codeText(t, 'status.', status) })}
      </p>
      {error && (
        <p role="alert" className="error">
          {codeText(t, 'error.', error, 'error.unknown')}
        </p>
      )}
      <div className="actions">
        {can.submit && (
          <button type="button" disabled={busy} onClick={() => void move('submit')}>
            {t('submit')}
          </button>
        )}
        {can.publish && (
          <button type="button" disabled={busy} onClick={() => void move('publish')}>
            {t('publish')}
          </button>
        )}
        {can.return && (
          <button type="button" className="secondary" disabled={busy} onClick={() => void move('return')}>
            {t('return')}
          </button>
        )}
        {can.unpublish && (
          <button type="button" className="danger" disabled={busy} onClick={() => void move('unpublish')}>
            {t('unpublish')}
          </button>
        )}
      </div>
      {can.schedule && (
        <div className="actions">
          <label htmlFor="schedule-at">{t('scheduleAt')}</label>
          <input
            id="schedule-at"
            type="datetime-local"
            value={when}
            onChange={(event) => setWhen(event.target.value)}
          />
          <button type="button" className="secondary" disabled={busy} onClick={() => void move('schedule')}>
            {t('schedule')}
          </button>
        </div>
      )}
    </section>
  );
}
