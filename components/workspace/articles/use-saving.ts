'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveTranslationAction } from '@/lib/workspace/articles/actions';
import type { Locale } from '@/i18n/routing';
import type { SaveResult, TranslationDraft } from '@/lib/workspace/articles/types';
import type { WorkflowState } from './workflow-bar';
import { refusedAsSignedOut } from '@/lib/workspace/action-result';

export const AUTOSAVE_DELAY_MS = 3000;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; error: string; fieldErrors?: Record<string, string> }
  | { kind: 'conflict'; conflict: NonNullable<Extract<SaveResult, { ok: false }>['conflict']> }
  | { kind: 'signed-out' };

/**
 * The editor's saving: an autosave a few seconds after typing stops, an explicit save, and the rules that lose
 * nothing. A refused save (conflict, validation, ended session, no network) leaves the text on screen to retry or
 * merge; only an acknowledged save marks it clean.
 */
export function useSaving(options: {
  articleId: string;
  locale: Locale;
  initialVersion: number;
  initialWorkflow: WorkflowState | null;
  draft: TranslationDraft;
  minorEdit: boolean;
  onSaved?: (slug: string) => void;
}) {
  const { articleId, locale, draft, minorEdit, onSaved } = options;
  // The version the next save starts from, read when the save really starts (after one in flight has landed). Not
  // state: nothing renders it.
  const versionRef = useRef(options.initialVersion);
  const setVersion = useCallback((next: number) => {
    versionRef.current = next;
  }, []);
  const [workflow, setWorkflow] = useState(options.initialWorkflow);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [dirty, setDirty] = useState(false);
  const edits = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);

  const markEdited = useCallback(() => {
    edits.current += 1;
    setDirty(true);
  }, []);

  const save = useCallback(
    async (overrideVersion?: number): Promise<boolean> => {
      if (inFlight.current) await inFlight.current;
      const editsAtStart = edits.current;
      const base = overrideVersion ?? versionRef.current;
      setState({ kind: 'saving' });
      const run = (async () => {
        let result: Awaited<ReturnType<typeof saveTranslationAction>>;
        try {
          result = await saveTranslationAction({ ...draft, articleId, locale, baseVersion: base, minorEdit });
        } catch (error) {
          setState(refusedAsSignedOut(error) ? { kind: 'signed-out' } : { kind: 'error', error: 'network' });
          return false;
        }
        if (result.ok) {
          setVersion(result.version);
          setWorkflow((current) => ({
            status: result.status,
            changes: result.changes,
            scheduledAt: current?.scheduledAt ?? null,
          }));
          onSaved?.(result.slug);
          setState({ kind: 'saved', at: result.savedAt });
          if (edits.current === editsAtStart) setDirty(false);
          return true;
        }
        if (result.error === 'unauthenticated') setState({ kind: 'signed-out' });
        else if (result.error === 'conflict' && 'conflict' in result && result.conflict) {
          setState({ kind: 'conflict', conflict: result.conflict });
        } else setState({ kind: 'error', error: result.error, fieldErrors: result.fieldErrors });
        return false;
      })();
      inFlight.current = run;
      try {
        return await run;
      } finally {
        inFlight.current = null;
      }
    },
    [articleId, draft, locale, minorEdit, setVersion, onSaved],
  );

  // Autosave after a pause. Unsaved text is deliberately not copied into the browser's storage: on a seized laptop
  // it would outlive the session; leaving the page with unsaved text asks first (below).
  useEffect(() => {
    if (!dirty) return;
    if (state.kind === 'conflict' || state.kind === 'signed-out') return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // Autosave restarts on every edit; state changes alone must not trigger it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, dirty]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const currentVersion = useCallback(() => versionRef.current, []);
  return { setVersion, currentVersion, workflow, setWorkflow, state, setState, dirty, markEdited, save };
}
