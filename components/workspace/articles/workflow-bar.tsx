'use client';
import { useFormatter, useTimeZone, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Locale } from '@/i18n/routing';
import { codeText } from '@/lib/workspace/action-result';
import { changeStatusAction, publishCheckAction } from '@/lib/workspace/articles/actions';
import type { PublishCheck } from '@/lib/workspace/articles/publish-check';
import type { ChangesState, Transition, TranslationStatus } from '@/lib/workspace/articles/types';
import { zonedWallTimeToInstant } from '@/lib/workspace/zoned-time';
import { glossaryCheckAction } from '@/lib/desk/actions';
import type { MissingTerm } from '@/lib/desk/types';
import { GlossaryMissing } from './glossary-missing';
import { PublishCheckPanel } from './publish-check-panel';

/** Moves that put text in front of readers: each is confirmed after the publish check. */
const checked: readonly Transition[] = ['publish', 'schedule', 'publish-changes', 'schedule-changes'];

export interface WorkflowState {
  status: TranslationStatus;
  changes: ChangesState | null;
  /** When the translation (or its changes) goes live, if scheduled. */
  scheduledAt: string | null;
}

/** The moves open now, in the order shown; the server checks every one again. */
function openMoves({ status, changes }: WorkflowState, canPublish: boolean): Transition[] {
  const moves: Transition[] = [];
  const editor = (...list: Transition[]) => (canPublish ? list : []);
  if (status === 'draft' || status === 'unpublished') moves.push('submit', ...editor('publish', 'schedule'));
  if (status === 'in_review') moves.push(...editor('publish', 'schedule', 'return'));
  if (status === 'scheduled') {
    moves.push(...editor('publish', 'cancel-schedule', 'schedule'));
    if (changes) moves.push(...editor('publish-changes'));
  }
  if (status === 'published') {
    if (changes === 'editing') moves.push('submit-changes', ...editor('publish-changes', 'schedule-changes'));
    if (changes === 'in_review') moves.push(...editor('publish-changes', 'schedule-changes', 'return-changes'));
    if (changes === 'scheduled')
      moves.push(...editor('publish-changes', 'cancel-changes-schedule', 'schedule-changes'));
    moves.push(...editor('unpublish'));
  }
  return moves;
}

const labels = {
  submit: 'submit',
  publish: 'publish',
  schedule: 'schedule',
  unpublish: 'unpublish',
  return: 'return',
  'cancel-schedule': 'cancelSchedule',
  'submit-changes': 'submitChanges',
  'publish-changes': 'publishChanges',
  'schedule-changes': 'scheduleChanges',
  'return-changes': 'returnChanges',
  'discard-changes': 'discardChanges',
  'cancel-changes-schedule': 'cancelSchedule',
} as const satisfies Record<Transition, string>;

/**
 * This language's status, its unpublished changes, when it goes live, and the moves open to this user. Unsaved text
 * is saved first; publishing and scheduling show what goes live and what is missing before they are confirmed.
 */
export function WorkflowBar({
  articleId,
  locale,
  state,
  canPublish,
  canEdit,
  beforeChange,
  onChanged,
}: {
  articleId: string;
  locale: Locale;
  state: WorkflowState | null;
  canPublish: boolean;
  /** May discard changes (whoever may edit this language, unless the changes are scheduled). */
  canEdit: boolean;
  /** Saves what is unsaved; the version to act on, or null when the save was refused. */
  beforeChange: () => Promise<number | null>;
  onChanged: (state: WorkflowState, transition: Transition) => void;
}) {
  const t = useTranslations('Workflow');
  const format = useFormatter();
  const timeZone = useTimeZone() ?? 'UTC';
  const [when, setWhen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ transition: Transition; version: number; check: PublishCheck } | null>(null);
  // Submitting with glossary terms missing asks first (a warning, never a block).
  const [submitting, setSubmitting] = useState<{
    transition: Transition;
    version: number;
    missing: MissingTerm[];
  } | null>(null);
  const td = useTranslations('Desk');
  if (!state) return null;

  const scheduledInstant = () => zonedWallTimeToInstant(when, timeZone);

  async function commit(transition: Transition, version: number) {
    const at = transition.startsWith('schedule') ? scheduledInstant() : null;
    const result = await changeStatusAction({
      articleId,
      locale,
      transition,
      version,
      scheduledAt: at?.toISOString(),
    });
    if (!result.ok) return setError(result.error);
    setPending(null);
    setSubmitting(null);
    const stillScheduled = result.data.changes === 'scheduled' || result.data.status === 'scheduled';
    const scheduledAt = at?.toISOString() ?? (stillScheduled ? (state?.scheduledAt ?? null) : null);
    onChanged({ ...result.data, scheduledAt }, transition);
  }

  async function move(transition: Transition) {
    setError(null);
    setBusy(true);
    try {
      if (transition.startsWith('schedule') && !scheduledInstant()) return setError('schedule-in-past');
      const version = await beforeChange();
      if (version === null) return;
      if (transition === 'submit' || transition === 'submit-changes') {
        const glossary = await glossaryCheckAction({ articleId, locale });
        if (glossary.ok && glossary.data.length) return setSubmitting({ transition, version, missing: glossary.data });
      }
      if (!checked.includes(transition)) return await commit(transition, version);
      const changes = transition.endsWith('-changes');
      const check = await publishCheckAction({ articleId, locale, changes });
      if (!check.ok) return setError(check.error);
      setPending({ transition, version, check: check.data });
    } finally {
      setBusy(false);
    }
  }

  const moves = openMoves(state, canPublish);
  const scheduling = moves.filter((transition) => transition.startsWith('schedule'));
  const buttons = moves.filter((transition) => !transition.startsWith('schedule'));
  const discardable = state.changes !== null && (canPublish || (canEdit && state.changes !== 'scheduled'));
  const label = (transition: Transition) =>
    transition === 'publish-changes' && state.status === 'scheduled' ? t('applyChanges') : t(labels[transition]);
  const goesLiveAt = state.scheduledAt ? format.dateTime(new Date(state.scheduledAt), 'withZone') : null;

  return (
    <section className="workflow" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t('heading')}</h2>
      <p role="status" aria-live="polite">
        {state.changes
          ? t('currentWithChanges', {
              status: codeText(t, 'status.', state.status),
              changes: codeText(t, 'changesState.', state.changes),
            })
          : t('current', { status: codeText(t, 'status.', state.status) })}
        {goesLiveAt && <strong> · {t('scheduledFor', { at: goesLiveAt })}</strong>}
      </p>
      {error && (
        <p role="alert" className="error">
          {codeText(t, 'error.', error, 'error.unknown')}
        </p>
      )}
      {submitting ? (
        <section className="publish-check notice" role="dialog" aria-labelledby="submit-check-heading">
          <h3 id="submit-check-heading">{td('glossary.checkHeading')}</h3>
          <GlossaryMissing terms={submitting.missing} />
          <div className="actions">
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void commit(submitting.transition, submitting.version).finally(() => setBusy(false));
              }}
            >
              {td('glossary.submitAnyway')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setSubmitting(null)}>
              {td('glossary.notNow')}
            </button>
          </div>
        </section>
      ) : pending ? (
        <PublishCheckPanel
          check={pending.check}
          transition={pending.transition}
          scheduledStatus={state.status === 'scheduled'}
          goesLiveAt={pending.transition.startsWith('schedule') ? scheduledInstant() : null}
          busy={busy}
          onConfirm={() => {
            setBusy(true);
            void commit(pending.transition, pending.version).finally(() => setBusy(false));
          }}
          onCancel={() => setPending(null)}
        />
      ) : (
        <>
          <div className="actions">
            {buttons.map((transition) => (
              <button
                key={transition}
                type="button"
                disabled={busy}
                className={transition === 'unpublish' ? 'danger' : transition.startsWith('publish') ? '' : 'secondary'}
                onClick={() => void move(transition)}
              >
                {label(transition)}
              </button>
            ))}
          </div>
          {scheduling.length > 0 && (
            <div className="actions schedule">
              <label htmlFor="schedule-at">{t('scheduleAt')}</label>
              <input
                id="schedule-at"
                type="datetime-local"
                value={when}
                aria-describedby="schedule-zone"
                onChange={(event) => setWhen(event.target.value)}
              />
              <span className="hint" id="schedule-zone">
                {t('scheduleZone', { zone: timeZone })}
              </span>
              {scheduling.map((transition) => (
                <button
                  key={transition}
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() => void move(transition)}
                >
                  {label(transition)}
                </button>
              ))}
            </div>
          )}
          {discardable && (
            <details className="discard">
              <summary>{t('discardSummary')}</summary>
              <p>{t('discardWarning')}</p>
              <button type="button" className="danger" disabled={busy} onClick={() => void move('discard-changes')}>
                {t('discardChanges')}
              </button>
            </details>
          )}
        </>
      )}
    </section>
  );
}
