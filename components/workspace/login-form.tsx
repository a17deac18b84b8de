'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { codeText } from '@/lib/workspace/action-result';
import { passkeyAssertion, type PasskeyErrorCode } from './passkey-ceremony';
import { useHydrated } from './use-hydrated';

type Outcome = 'invalid' | 'code-required' | 'locked' | 'delayed' | 'rate-limited' | 'cross-origin' | 'network';

interface Reply {
  ok: boolean;
  next?: string;
  error?: Outcome;
  retryAfter?: number;
  methods?: { totp: boolean; passkey: boolean };
}

/** What the second step offers: a code (from the app, or a recovery code only) and/or a passkey. */
interface SecondStep {
  totp: boolean;
  passkey: boolean;
}

/**
 * E-mail and password, then the second factor when the account has one (a code, or a passkey); or a passkey alone.
 * Used by the sign-in page and, with `onSignedIn`, inside the editor when a session ended mid-work, so nothing typed
 * is lost.
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
  const tp = useTranslations('PasskeyErrors');
  const [second, setSecond] = useState<SecondStep | null>(null);
  const [outcome, setOutcome] = useState<{ code: Outcome; minutes?: number } | null>(null);
  const [passkeyError, setPasskeyError] = useState<{ code: PasskeyErrorCode; address?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = useHydrated();
  const formRef = useRef<HTMLFormElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  // The code field exists only after the re-render that follows "code required": focus it then.
  useEffect(() => {
    if (second) codeRef.current?.focus();
  }, [second]);

  /** Posts to a sign-in route and acts on the answer. */
  async function post(url: string, body: Record<string, unknown>) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, next }),
    });
    const result = (await response.json()) as Reply;
    if (result.ok) {
      if (onSignedIn) onSignedIn();
      else window.location.assign(result.next ?? '/admin');
      return;
    }
    if (result.error === 'code-required' && !second) {
      setSecond(result.methods ?? { totp: true, passkey: false });
    } else if (result.error === 'locked') {
      // Failures from elsewhere: the password stays, and the second factor comes with it.
      setSecond({ totp: true, passkey: true });
      setOutcome({ code: 'locked' });
    } else {
      setOutcome({
        code: result.error ?? 'invalid',
        minutes: result.retryAfter ? Math.ceil(result.retryAfter / 60) : undefined,
      });
    }
  }

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setOutcome(null);
    setPasskeyError(null);
    try {
      await work();
    } catch {
      setOutcome({ code: 'network' });
    } finally {
      setBusy(false);
    }
  }

  const field = (name: string) => {
    const value = formRef.current ? new FormData(formRef.current).get(name) : null;
    return typeof value === 'string' ? value : '';
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(() =>
      post('/api/workspace/sign-in', {
        email: field('email'),
        password: field('password'),
        code: second ? field('code') : undefined,
      }),
    );
  }

  /** A passkey: alone (no password typed yet), or as the second factor after the password. */
  function usePasskey() {
    void run(async () => {
      const email = field('email').trim();
      const assertion = await passkeyAssertion(email || undefined);
      if (!assertion.ok) {
        setPasskeyError({ code: assertion.error, address: assertion.address });
        return;
      }
      if (second) {
        await post('/api/workspace/sign-in', { email, password: field('password'), passkey: assertion.response });
      } else {
        await post('/api/workspace/passkey/sign-in', { response: assertion.response, email: email || undefined });
      }
    });
  }

  const alert = outcome
    ? outcome.code === 'delayed'
      ? t('error.delayed', { minutes: outcome.minutes ?? 1 })
      : codeText(t, 'error.', outcome.code, 'error.invalid')
    : passkeyError
      ? passkeyError.code === 'wrong-site'
        ? tp('wrongSite', { address: passkeyError.address ?? '' })
        : codeText(tp, '', passkeyError.code, 'failed')
      : null;

  return (
    <form ref={formRef} method="post" onSubmit={submit} noValidate aria-busy={busy}>
      {alert && (
        <p role="alert" className="error">
          {alert}
        </p>
      )}
      <label htmlFor="login-email">{t('email')}</label>
      <input
        id="login-email"
        name="email"
        type="email"
        autoComplete="username webauthn"
        required
        defaultValue={knownEmail}
        readOnly={Boolean(second)}
      />
      <label htmlFor="login-password">{t('password')}</label>
      <input
        id="login-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        readOnly={Boolean(second)}
      />
      {second && (
        <>
          <label htmlFor="login-code">{second.totp ? t('code') : t('recoveryCode')}</label>
          <p className="hint" id="login-code-hint">
            {second.totp ? t('codeHint') : t('recoveryHint')}
          </p>
          <input
            id="login-code"
            ref={codeRef}
            name="code"
            autoComplete="one-time-code"
            aria-describedby="login-code-hint"
          />
        </>
      )}
      <div className="actions">
        <button type="submit" disabled={busy || !ready}>
          {second ? t('verify') : t('submit')}
        </button>
        {(!second || second.passkey) && (
          <button type="button" className="secondary" disabled={busy || !ready} onClick={usePasskey}>
            {second ? t('usePasskey') : t('passkeySignIn')}
          </button>
        )}
      </div>
      {!second && <p className="hint">{t('passkeyHint')}</p>}
    </form>
  );
}
