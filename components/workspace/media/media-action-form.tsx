'use client';
import { useTranslations } from 'next-intl';
import { createContext, useActionState, useContext, type ReactNode } from 'react';
import { messageKey, type ActionResult } from '@/lib/workspace/action-result';

type FormAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
type Values = Record<string, string | number>;

const ResultContext = createContext<ActionResult<unknown> | null>(null);

/**
 * The workspace's ActionForm for the media library: the same behaviour, but the library's own refusals (an upload's
 * type or size, a file still in use) are explained from `MediaErrors`, the others from `ActionErrors`.
 */
export function MediaActionForm<T>({
  action,
  children,
  success,
  pending: pendingText,
  errorValues,
  className,
  label,
}: {
  action: FormAction<T>;
  children: ReactNode;
  success?: (data: T) => ReactNode;
  /** Shown while the action runs (an upload can take a while on a slow connection). */
  pending?: string;
  /** Values for the placeholders of `MediaErrors` messages (limits). */
  errorValues?: Values;
  className?: string;
  label?: string;
}) {
  const tm = useTranslations('MediaErrors');
  const ta = useTranslations('ActionErrors');
  const [result, formAction, pending] = useActionState(action, null);
  const code = result && !result.ok ? messageKey(result.error) : null;
  return (
    <ResultContext.Provider value={result}>
      <form action={formAction} className={className} aria-label={label} aria-busy={pending}>
        {code && (
          <p role="alert" className="error">
            {tm.has(code as 'empty')
              ? tm(code as 'tooLarge', errorValues as { megabytes: number; megapixels: number })
              : ta.has(code as 'unknown')
                ? ta(code as 'unknown')
                : ta('unknown')}
            {code === 'unauthenticated' && (
              <>
                {' '}
                <a href="/admin/login" target="_blank" rel="noopener">
                  {ta('signInAgain')}
                </a>
              </>
            )}
          </p>
        )}
        {pending && pendingText && (
          <p role="status" className="hint">
            {pendingText}
          </p>
        )}
        {!pending && result?.ok && success && (
          <div role="status" className="notice ok">
            {success(result.data)}
          </div>
        )}
        <fieldset disabled={pending} className="plain">
          {children}
        </fieldset>
      </form>
    </ResultContext.Provider>
  );
}

/** The field's error from the last submission of the enclosing MediaActionForm, linked to the input by its id. */
export function MediaFieldError({ name, id }: { name: string; id: string }) {
  const tm = useTranslations('MediaErrors');
  const tf = useTranslations('FieldErrors');
  const result = useContext(ResultContext);
  const code = result && !result.ok ? result.fieldErrors?.[name] : undefined;
  if (!code) return null;
  const key = messageKey(code);
  return (
    <p className="field-error" id={id}>
      {tm.has(key as 'required')
        ? tm(key as 'required')
        : tf.has(key as 'invalid')
          ? tf(key as 'invalid')
          : tf('invalid')}
    </p>
  );
}
