/**
 * The one shape every workspace server action returns. Errors are codes, not sentences: the client shows them in
 * the user's language (messages `ActionErrors` and the form's own namespace for field errors).
 */
export type ActionErrorCode =
  | 'unauthenticated'
  | 'second-factor-required'
  | 'passkey-required'
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

/**
 * A server action the proxy refused before it ran because the caller has no session (proxy.ts answers text/plain
 * `unauthenticated`, which Next's action client throws as the error's message): the same outcome as the action's
 * own `unauthenticated` result, so the workspace offers to sign in again and keeps what was typed.
 */
export function refusedAsSignedOut(error: unknown): boolean {
  return error instanceof Error && error.message === 'unauthenticated';
}

/** Error codes are kebab-case on the wire; message keys are camelCase (`second-factor-required` → `secondFactorRequired`, `in_review` → `inReview`). */
export function messageKey(code: string): string {
  return code.replace(/[-_]([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** A next-intl translator, seen only through what `codeText` needs (its typed keys are checked there instead). */
interface CodeTranslator {
  (key: string): string;
  has(key: string): boolean;
}

/**
 * The text of a code (an error, a status, a command) in the reader's language: `prefix` + the code's message key,
 * else the `fallback` key's text, else ''. One place for the lookup that every form and badge needs.
 */
export function codeText(t: unknown, prefix: string, code: string, fallback?: string): string {
  const translate = t as CodeTranslator;
  const key = `${prefix}${messageKey(code)}`;
  if (translate.has(key)) return translate(key);
  return fallback ? translate(fallback) : '';
}
