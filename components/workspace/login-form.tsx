'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { codeText } from '@/lib/workspace/action-result';

type Outcome = 'invalid' | 'code-required' | 'rate-limited' | 'cross-origin' | 'network';

/**
 * Email and password, then the authenticator (or recovery) code when the account has one. Used by the sign-in page
 * and, with `onSignedIn`, inside the editor when a session ended mid-work, so nothing typed is lost.
 */
export function LoginForm({
  next,
  onSignedIn,
  email: knownEmail,
}: {
  next?: string;
  onSignedIn?: () => void;
  email?: string;
}) {
  const t = useTranslations('LoginForm');
  const [needCode, setNeedCode] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  // The code field exists only after the re-render that follows "code required": focus it then.
  useEffect(() => {
    if (needCode) codeRef.current?.focus();
  }, [needCode]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setOutcome(null);
    try {
      const response = await fetch('/api/workspace/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: form.get('email'),
          password: form.get('password'),
          code: needCode ? form.get('code') : undefined,
          next,
        }),
      });
      const result = (await response.json()) as { ok: boolean; next?: string; error?: Outcome };
      if (result.ok) {
        if (onSignedIn) onSignedIn();
        else window.location.assign(result.next ?? '/admin');
        return;
      }
      if (result.error === 'code-required' && !needCode) {
        setNeedCode(true);
      } else {
        setOutcome(result.error ?? 'invalid');
      }
    } catch {
      setOutcome('network');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {outcome && (
        <p role="alert" className="error">
          {codeText(t, 'error.', outcome, 'error.invalid')}
        </p>
      )}
      <label htmlFor="login-email">{t('email')}</label>
      <input
        id="login-email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={knownEmail}
        readOnly={needCode}
      />
      <label htmlFor="login-password">{t('password')}</label>
      <input
        id="login-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        readOnly={needCode}
      />
      {needCode && (
        <>
          <label htmlFor="login-code">{t('code')}</label>
          <p className="hint" id="login-code-hint">
            {t('codeHint')}
          </p>
          <input
            id="login-code"
            ref={codeRef}
            name="code"
            autoComplete="one-time-code"
            aria-describedby="login-code-hint"
            required
          />
        </>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {needCode ? t('verify') : t('submit')}
        </button>
      </div>
    </form>
  );
}
