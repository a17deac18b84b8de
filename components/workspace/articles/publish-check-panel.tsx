'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { codeText } from '@/lib/workspace/action-result';
import type { PublishCheck } from '@/lib/workspace/articles/publish-check';
import type { Transition } from '@/lib/workspace/articles/types';
import { FieldChanges } from './field-changes';
import { GlossaryMissing } from './glossary-missing';

const confirmLabels: Partial<Record<Transition, string>> = {
  publish: 'check.confirmPublish',
  schedule: 'check.confirmSchedule',
  'publish-changes': 'check.confirmPublishChanges',
  'schedule-changes': 'check.confirmSchedule',
};

/**
 * What a publish puts in front of readers, before it is confirmed: the language and address, the time when it is a
 * schedule, what changes against the live text, what is missing (warnings, which never block) and what must never go
 * live (an empty title or body: the confirm button is then absent, and the server refuses it too).
 */
export function PublishCheckPanel({
  check,
  transition,
  scheduledStatus,
  goesLiveAt,
  busy,
  onConfirm,
  onCancel,
}: {
  check: PublishCheck;
  transition: Transition;
  /** The translation itself is waiting for its time: publishing changes then applies them to that text. */
  scheduledStatus: boolean;
  goesLiveAt: Date | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations('Workflow');
  const tl = useTranslations('LanguageNames');
  const format = useFormatter();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const language = tl(check.locale);
  const confirm =
    transition === 'publish-changes' && scheduledStatus
      ? t('check.confirmApplyChanges')
      : t((confirmLabels[transition] ?? 'check.confirmPublish') as 'check.confirmPublish');
  return (
    <section className="publish-check notice" role="dialog" aria-labelledby="publish-check-heading">
      <h3 id="publish-check-heading" tabIndex={-1} ref={heading}>
        {t('check.heading')}
      </h3>
      <p>
        {goesLiveAt
          ? t('check.goesLiveAt', { language, at: format.dateTime(goesLiveAt, 'withZone') })
          : t('check.goesLive', { language })}{' '}
        <a href={check.url} className="mono" target="_blank" rel="noopener">
          {check.url}
        </a>
      </p>
      {check.replacesLive && (
        <>
          <h4>{t('check.changesHeading')}</h4>
          <FieldChanges changes={check.changes} />
        </>
      )}
      {check.blockers.length > 0 && (
        <div role="alert">
          <h4>{t('check.blockersHeading')}</h4>
          <ul>
            {check.blockers.map((blocker) => (
              <li key={blocker} className="error">
                {codeText(t, 'check.blocker.', blocker)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h4>{t('check.warningsHeading')}</h4>
      {check.warnings.length === 0 ? (
        <p>{t('check.nothingMissing')}</p>
      ) : (
        <ul className="warnings">
          {check.warnings.map((warning) => (
            <li key={warning.code}>
              {warning.code === 'glossary-missing' ? (
                <GlossaryMissing terms={warning.terms} />
              ) : 'names' in warning ? (
                warning.code === 'category-untranslated' ? (
                  t('check.warning.categoryUntranslated', { names: warning.names.join(', ') })
                ) : (
                  t('check.warning.tagsUntranslated', { names: warning.names.join(', ') })
                )
              ) : (
                codeText(t, 'check.warning.', warning.code)
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        {check.blockers.length === 0 && (
          <button type="button" disabled={busy} onClick={onConfirm}>
            {confirm}
          </button>
        )}
        <button type="button" className="secondary" disabled={busy} onClick={onCancel}>
          {t('check.cancel')}
        </button>
      </div>
    </section>
  );
}
