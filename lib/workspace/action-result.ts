/**
 * The one shape every workspace server action returns. Errors are codes, not sentences: the client shows them in
 * the user's language (messages `ActionErrors` and the form's own namespace for field errors).
 */
export type ActionErrorCode =
  | 'unauthenticated'
  | 'second-factor-required'
  | 'forbidden'
  | 'cross-origin'
  | 'invalid'
  | 'not-found'
  | 'conflict'
  | (string & {});

export type ActionResult<T = null> =
  { ok: true; data: T } | { ok: false; error: ActionErrorCode; fieldErrors?: Record<string, string> };

export const done = <T>(data: T): ActionResult<T> => ({ ok: true, data });
export type ActionFailure = Extract<ActionResult<never>, { ok: false }>;

export const failed = (error: ActionErrorCode, fieldErrors?: Record<string, string>): ActionFailure => ({
  ok: false,
  error,
  ...(fieldErrors ? { fieldErrors } : {}),
});

/** Error codes are kebab-case on the wire; message keys are camelCase (`second-factor-required` → `secondFactorRequired`, `in_review` → `inReview`). */
export function messageKey(code: string): string {
  return code.replace(/[-_]([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
