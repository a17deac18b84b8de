'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveTranslationAction } from '@/app/admin/articles/actions';
import type { Locale } from '@/i18n/routing';
import type { SaveResult, TranslationDraft, TranslationStatus } from '@/lib/workspace/articles/types';

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
 * nothing. A refused save (conflict, validation, ended session, no network) leaves the text on screen and in this
 * browser's storage; only an acknowledged save clears the local copy.
 */
export function useSaving(options: {
  articleId: string;
  locale: Locale;
  initialVersion: number;
  initialStatus: TranslationStatus | null;
  draft: TranslationDraft;
  minorEdit: boolean;
  onSaved?: (slug: string) => void;
}) {
  const { articleId, locale, draft, minorEdit, onSaved } = options;
  const [version, setVersion] = useState(options.initialVersion);
  const [status, setStatus] = useState(options.initialStatus);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [dirty, setDirty] = useState(false);
  const [slug, setSlug] = useState<string | null>(null);
  const edits = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const storageKey = `habar:unsaved:${articleId}:${locale}`;

  const markEdited = useCallback(() => {
    edits.current += 1;
    setDirty(true);
  }, []);

  const save = useCallback(
    async (overrideVersion?: number): Promise<boolean> => {
      if (inFlight.current) await inFlight.current;
      const editsAtStart = edits.current;
      const base = overrideVersion ?? version;
      setState({ kind: 'saving' });
      const run = (async () => {
        let result: Awaited<ReturnType<typeof saveTranslationAction>>;
        try {
          result = await saveTranslationAction({ ...draft, articleId, locale, baseVersion: base, minorEdit });
        } catch {
          setState({ kind: 'error', error: 'network' });
          return false;
        }
        if (result.ok) {
          setVersion(result.version);
          setStatus(result.status);
          setSlug(result.slug);
          onSaved?.(result.slug);
          setState({ kind: 'saved', at: result.savedAt });
          if (edits.current === editsAtStart) {
            setDirty(false);
            window.localStorage.removeItem(storageKey);
          }
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
    [articleId, draft, locale, minorEdit, storageKey, version, onSaved],
  );

  // Keep a copy of unsaved text in this browser (a crash or a closed tab loses nothing), and autosave after a pause.
  useEffect(() => {
    if (!dirty) return;
    window.localStorage.setItem(storageKey, JSON.stringify({ version, draft, savedAt: Date.now() }));
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

  return { version, setVersion, status, setStatus, state, setState, dirty, markEdited, save, slug, storageKey };
}
