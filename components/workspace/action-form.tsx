'use client';
import { useTranslations } from 'next-intl';
import { createContext, useActionState, useContext, type ReactNode } from 'react';
import { failed, messageKey, refusedAsSignedOut, type ActionResult } from '@/lib/workspace/action-result';

type FormAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
type Values = Record<string, string | number>;

/**
 * Message namespaces a form may name to explain its own error codes (e.g. an upload's size) before the shared
 * `ActionErrors` (the form's error) and `FieldErrors` (a field's error) are tried.
 */
export type ErrorNamespace = 'MediaErrors' | 'DeskErrors' | 'RedirectErrors' | 'SiteErrors';

/** The root translator, looked up by keys built at run time (always checked with `has` first). */
type KeyTranslator = { has(key: string): boolean; (key: string, values?: Values): string };

/**
 * The text for an error code: from the first of `namespaces` that has it, else from the shared namespace, else the
 * shared namespace's `fallback`. `values` fill the placeholders of the form's own messages.
 */
function useErrorText(shared: 'ActionErrors' | 'FieldErrors', fallback: 'unknown' | 'invalid') {
  const t = useTranslations() as KeyTranslator;
  return (code: string, namespaces: readonly ErrorNamespace[] = [], values?: Values): string => {
    const key = messageKey(code);
    const own = namespaces.find((namespace) => t.has(`${namespace}.${key}`));
    if (own) return t(`${own}.${key}`, values);
    return t.has(`${shared}.${key}`) ? t(`${shared}.${key}`) : t(`${shared}.${fallback}`);
  };
}

const ResultContext = createContext<ActionResult<unknown> | null>(null);

/**
 * A form bound to a server action: the result (typed, with codes) is shown in the user's language; the form keeps
 * what was typed when the action fails (React resets uncontrolled fields only on success).
 */
export function ActionForm<T>({
  action,
  children,
  success,
  pending: pendingText,
  hideSuccessWhilePending = false,
  errorNamespaces,
  errorValues,
  className,
  label,
}: {
  action: FormAction<T>;
  children: ReactNode;
  /** What to show after success; receives the action's data. */
  success?: (data: T) => ReactNode;
  /** Shown while the action runs (an upload can take a while on a slow connection). */
  pending?: string;
  /** Hide the last success message while the action runs again (by default it stays until the new result). */
  hideSuccessWhilePending?: boolean;
  /** Namespaces to explain the error codes from first, before `ActionErrors`. */
  errorNamespaces?: readonly ErrorNamespace[];
  /** Values for the placeholders of the messages in `errorNamespaces` (limits). */
  errorValues?: Values;
  className?: string;
  label?: string;
}) {
  const t = useTranslations('ActionErrors');
  const errorText = useErrorText('ActionErrors', 'unknown');
  const [result, formAction, pending] = useActionState(async (previous: ActionResult<T> | null, form: FormData) => {
    try {
      return await action(previous, form);
    } catch (error) {
      if (refusedAsSignedOut(error)) return failed('unauthenticated');
      throw error;
    }
  }, null);
  return (
    <ResultContext.Provider value={result}>
      <form action={formAction} className={className} aria-label={label} aria-busy={pending}>
        {result && !result.ok && (
          <p role="alert" className="error">
            {errorText(result.error, errorNamespaces, errorValues)}
            {result.error === 'unauthenticated' && (
              <>
                {' '}
                <a href="/admin/login" target="_blank" rel="noopener">
                  {t('signInAgain')}
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
        {result?.ok && success && !(pending && hideSuccessWhilePending) && (
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

/** The field's error from the last submission, if any (linked to the input by its id). */
export function FieldError({
  name,
  id,
  errorNamespaces,
}: {
  name: string;
  id: string;
  /** Namespaces to explain the error code from first, before `FieldErrors`. */
  errorNamespaces?: readonly ErrorNamespace[];
}) {
  const errorText = useErrorText('FieldErrors', 'invalid');
  const result = useContext(ResultContext);
  const code = result && !result.ok ? result.fieldErrors?.[name] : undefined;
  if (!code) return null;
  return (
    <p className="field-error" id={id}>
      {errorText(code, errorNamespaces)}
    </p>
  );
}
