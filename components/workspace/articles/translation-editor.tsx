'use client';
import { useTranslations } from 'next-intl';
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
import { WorkflowBar } from './workflow-bar';

export interface TranslationEditorProps {
  articleId: string;
  locale: Locale;
  isSource: boolean;
  left: TranslationView | null;
  target: TranslationView | null;
  sourceChanges: FieldChange[] | null;
  canPublish: boolean;
  hasCover: boolean;
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
    initialStatus: target?.status ?? null,
    draft,
    minorEdit,
    // A slug the server proposed becomes the field's value, so a later title edit does not move the page's address.
    onSaved: adoptSlug,
  });
  const { markEdited } = saving;

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
      </section>
    );
  }

  const { state } = saving;
  const fieldErrors = state.kind === 'error' ? state.fieldErrors : undefined;
  return (
    <>
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
          void saving.save();
        }}
      >
        <TranslationFields
          left={left}
          locale={locale}
          draft={draft}
          bodyKey={bodyKey}
          onChange={change}
          onBodyChange={(body) => change({ body })}
          fieldErrors={fieldErrors}
          hasCover={props.hasCover}
        />
        {props.isSource && (
          <label className="inline">
            <input type="checkbox" checked={minorEdit} onChange={(event) => setMinorEdit(event.target.checked)} />
            {t('minorEdit')}
          </label>
        )}
        <div className="actions sticky">
          <button type="submit" disabled={state.kind === 'saving'}>
            {t('save')}
          </button>
          <p role="status" aria-live="polite" className="save-state">
            {state.kind === 'saving' && t('saving')}
            {state.kind === 'saved' && !saving.dirty && t('savedAt', { at: new Date(state.at) })}
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
        status={saving.status}
        canPublish={props.canPublish}
        // Unsaved text is saved first; the move then names the version that save produced.
        beforeChange={async () => {
          if (saving.dirty && !(await saving.save())) return null;
          return saving.currentVersion();
        }}
        onChanged={(status) => saving.setStatus(status)}
      />
    </>
  );
}
