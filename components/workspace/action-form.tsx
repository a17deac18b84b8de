'use client';
import { useTranslations } from 'next-intl';
import { createContext, useActionState, useContext, type ReactNode } from 'react';
import { messageKey, type ActionResult } from '@/lib/workspace/action-result';

type FormAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

const ResultContext = createContext<ActionResult<unknown> | null>(null);

/**
 * A form bound to a server action: the result (typed, with codes) is shown in the user's language; the form keeps
 * what was typed when the action fails (React resets uncontrolled fields only on success).
 */
export function ActionForm<T>({
  action,
  children,
  success,
  className,
  label,
}: {
  action: FormAction<T>;
  children: ReactNode;
  /** What to show after success; receives the action's data. */
  success?: (data: T) => ReactNode;
  className?: string;
  label?: string;
}) {
  const t = useTranslations('ActionErrors');
  const [result, formAction, pending] = useActionState(action, null);
  return (
    <ResultContext.Provider value={result}>
      <form action={formAction} className={className} aria-label={label} aria-busy={pending}>
        {result && !result.ok && (
          <p role="alert" className="error">
            {t.has(messageKey(result.error) as 'unknown') ? t(messageKey(result.error) as 'unknown') : t('unknown')}
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
        {result?.ok && success && (
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
export function FieldError({ name, id }: { name: string; id: string }) {
  const t = useTranslations('FieldErrors');
  const result = useContext(ResultContext);
  const code = result && !result.ok ? result.fieldErrors?.[name] : undefined;
  if (!code) return null;
  return (
    <p className="field-error" id={id}>
      {t.has(messageKey(code) as 'invalid') ? t(messageKey(code) as 'invalid') : t('invalid')}
    </p>
  );
}
