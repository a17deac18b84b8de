'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import type { Locale } from '@/i18n/routing';
import type { TiptapNode } from '@/lib/content/schema';
import type { FieldChange, TranslationDraft, TranslationView } from '@/lib/workspace/articles/types';
import { codeText } from '@/lib/workspace/action-result';
import { LoginForm } from '../login-form';
import { ConflictPanel } from './conflict-panel';
import { SourceChanges } from './source-changes';
import { emptyBody, structureOf } from './structure';
import { TranslationFields } from './translation-fields';
import { useSaving } from './use-saving';
import { LiveChanges } from './live-changes';
import type { DeskView } from '@/lib/desk/editor';
import { CountsSummary, GlossaryHints, MachineDraftButton, XliffPanel } from './desk-panels';
import { MemoryPanel } from './memory-panel';
import { WorkflowBar, type WorkflowState } from './workflow-bar';

export interface TranslationEditorProps {
  articleId: string;
  locale: Locale;
  isSource: boolean;
  left: TranslationView | null;
  target: TranslationView | null;
  sourceChanges: FieldChange[] | null;
  canPublish: boolean;
  hasCover: boolean;
  /** Glossary, machine translation and counts (the translator's desk, decision 021). */
  desk: DeskView;
}

/** The moves' starting point: the translation's status, its changes, and when it (or they) go live. */
function workflowOf(target: TranslationView | null): WorkflowState | null {
  if (!target) return null;
  return {
    status: target.status,
    changes: target.changes?.state ?? null,
    scheduledAt: target.changes?.scheduledAt ?? target.scheduledAt,
  };
}

const blankDraft = (body: TiptapNode): TranslationDraft => ({
  title: '',
  summary: '',
  body,
  slug: '',
  seoDescription: '',
  coverAlt: '',
});

/**
 * One language of an article, edited field by field next to another language (read-only, rendered). Saving,
 * conflicts, an ended session and the workflow are handled here so that no typed text is ever lost.
 */
export function TranslationEditor(props: TranslationEditorProps) {
  const t = useTranslations('TranslationEditor');
  const tw = useTranslations('Workflow');
  const format = useFormatter();
  const { articleId, locale, target, left } = props;
  const [started, setStarted] = useState(Boolean(target));
  const [draft, setDraft] = useState<TranslationDraft>(target ?? blankDraft(emptyBody));
  const [bodyKey, setBodyKey] = useState(0);
  const [minorEdit, setMinorEdit] = useState(false);
  const adoptSlug = useCallback(
    (slug: string) => setDraft((current) => (current.slug ? current : { ...current, slug })),
    [],
  );
  const saving = useSaving({
    articleId,
    locale,
    initialVersion: target?.version ?? 0,
    initialWorkflow: workflowOf(target),
    draft,
    minorEdit,
    // A slug the server proposed becomes the field's value, so a later title edit does not move the page's address.
    onSaved: adoptSlug,
  });
  const { markEdited } = saving;
  const tk = useTranslations('Desk');
  const { desk } = props;
  // Unsaved text is saved first; a move or a draft then names the version that save produced.
  const savedVersion = async () => {
    if (saving.dirty && !(await saving.save())) return null;
    return saving.currentVersion();
  };
  const machineButton =
    desk.mtProvider && left && !props.isSource ? (
      <MachineDraftButton articleId={articleId} locale={locale} provider={desk.mtProvider} beforeDraft={savedVersion} />
    ) : null;

  const change = useCallback(
    (patch: Partial<TranslationDraft>) => {
      setDraft((current) => ({ ...current, ...patch }));
      markEdited();
    },
    [markEdited],
  );

  if (!started) {
    return (
      <section aria-labelledby="start-heading" className="notice">
        <h2 id="start-heading">{t('startHeading')}</h2>
        <div className="actions">
          <button type="button" onClick={() => setStarted(true)}>
            {t('startEmpty')}
          </button>
          {left && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setDraft(blankDraft(structureOf(left.body)));
                setStarted(true);
              }}
            >
              {t('startFromStructure')}
            </button>
          )}
        </div>
        {machineButton}
      </section>
    );
  }

  const { state, workflow } = saving;
  const fieldErrors = state.kind === 'error' ? state.fieldErrors : undefined;
  // Changes approved for a time are an editor's: a translator sees why before typing, and cannot type.
  const readOnly = target?.readOnly === 'changes-scheduled' && workflow?.changes === 'scheduled';
  const approved = workflow?.status === 'published' || workflow?.status === 'scheduled';
  return (
    <>
      {approved && !readOnly && (
        <p className="notice" role="note">
          {tw(workflow?.status === 'published' ? 'liveNote' : 'scheduledNote')}{' '}
          {workflow?.status === 'published' && target && (
            <a href={target.path} target="_blank" rel="noopener">
              {t('viewLive')}
            </a>
          )}
        </p>
      )}
      {readOnly && (
        <p className="notice warn" role="note">
          {t('readOnly.changesScheduled', {
            at: workflow?.scheduledAt ? format.dateTime(new Date(workflow.scheduledAt), 'withZone') : '',
          })}
        </p>
      )}
      {workflow?.changes && <LiveChanges articleId={articleId} locale={locale} version={saving.currentVersion()} />}
      {desk.machineUnedited > 0 && (
        <p className="notice warn" role="note">
          {tk('mt.machineDrafted', { count: desk.machineUnedited })}
        </p>
      )}
      <CountsSummary
        sourceBody={left?.body ?? null}
        sourceLocale={left?.locale ?? null}
        targetBody={draft.body}
        targetLocale={locale}
      />
      {left && <GlossaryHints glossary={desk.glossary} sourceLocale={left.locale} targetLocale={locale} />}
      {!readOnly && machineButton}
      {left && !readOnly && (
        <XliffPanel
          articleId={articleId}
          sourceLocale={left.locale}
          targetLocale={locale}
          version={saving.currentVersion}
          disabled={saving.dirty}
        />
      )}
      {props.sourceChanges && target?.outdated && (
        <SourceChanges articleId={articleId} locale={locale} changes={props.sourceChanges} />
      )}
      {state.kind === 'conflict' && (
        <ConflictPanel
          conflict={state.conflict}
          onKeepMine={() => void saving.save(state.conflict.version)}
          onTakeTheirs={() => {
            setDraft(state.conflict.theirs);
            setBodyKey((key) => key + 1);
            saving.setVersion(state.conflict.version);
            saving.setState({ kind: 'idle' });
          }}
        />
      )}
      {state.kind === 'signed-out' && (
        <section className="notice warn" aria-labelledby="signed-out-heading">
          <h2 id="signed-out-heading">{t('signedOutHeading')}</h2>
          <p>{t('signedOutBody')}</p>
          <LoginForm onSignedIn={() => void saving.save()} />
        </section>
      )}
      <form
        className="translation-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!readOnly) void saving.save();
        }}
      >
        <fieldset disabled={readOnly} className="plain">
          <TranslationFields
            left={left}
            locale={locale}
            draft={draft}
            bodyKey={bodyKey}
            onChange={change}
            onBodyChange={(body) => change({ body })}
            fieldErrors={fieldErrors}
            hasCover={props.hasCover}
            readOnly={readOnly}
            glossary={left ? desk.glossary : null}
            bodyExtras={
              left && !readOnly ? (
                <MemoryPanel
                  articleId={articleId}
                  sourceLocale={left.locale}
                  targetLocale={locale}
                  sourceBody={left.body}
                />
              ) : null
            }
          />
          {props.isSource && (
            <label className="inline">
              <input type="checkbox" checked={minorEdit} onChange={(event) => setMinorEdit(event.target.checked)} />
              {t('minorEdit')}
            </label>
          )}
        </fieldset>
        <div className="actions sticky">
          <button type="submit" disabled={state.kind === 'saving' || readOnly}>
            {t('save')}
          </button>
          <p role="status" aria-live="polite" className="save-state">
            {state.kind === 'saving' && t('saving')}
            {state.kind === 'saved' &&
              !saving.dirty &&
              t(workflow?.changes ? 'savedChangesAt' : 'savedAt', {
                at: format.dateTime(new Date(state.at), 'timeWithZone'),
              })}
            {state.kind !== 'saving' && saving.dirty && t('unsaved')}
            {state.kind === 'error' && (
              <span className="error"> {codeText(t, 'error.', state.error, 'error.unknown')}</span>
            )}
          </p>
        </div>
      </form>
      <WorkflowBar
        articleId={articleId}
        locale={locale}
        state={workflow}
        canPublish={props.canPublish}
        canEdit={!readOnly}
        // Unsaved text is saved first; the move then names the version that save produced.
        beforeChange={savedVersion}
        onChanged={(next, transition) => {
          saving.setWorkflow(next);
          // Discarded changes: the form shows the published text again, as the server has it.
          if (transition === 'discard-changes') window.location.reload();
        }}
      />
    </>
  );
}
