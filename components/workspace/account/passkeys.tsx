'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { codeText, type ActionResult } from '@/lib/workspace/action-result';
import {
  beginPasskeyRegistrationAction,
  finishPasskeyRegistrationAction,
  removePasskeyAction,
} from '@/lib/workspace/passkey-actions';
import { ActionForm } from '../action-form';
import { passkeyRegistration } from '../passkey-ceremony';
import { PasswordField } from '../password-field';
import { useHydrated } from '../use-hydrated';

export interface OwnPasskey {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  synced: boolean;
}

/** The user's passkeys: a table (each removable with the password), and a form to add one. */
export function Passkeys({ passkeys, email, address }: { passkeys: OwnPasskey[]; email: string; address: string }) {
  const t = useTranslations('AccountPage');
  const format = useFormatter();
  return (
    <>
      <p>{t('passkeysIntro')}</p>
      {passkeys.length === 0 ? (
        <p className="hint">{t('passkeysNone')}</p>
      ) : (
        <table className="grid">
          <caption className="hint">{t('passkeyTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('passkeyName')}</th>
              <th scope="col">{t('passkeyAdded')}</th>
              <th scope="col">{t('passkeyLastUsed')}</th>
            </tr>
          </thead>
          <tbody>
            {passkeys.map((key) => (
              <tr key={key.id}>
                <td>
                  {key.name}
                  {key.synced && <span className="badge"> {t('passkeySynced')}</span>}
                </td>
                <td>{format.dateTime(key.createdAt, { dateStyle: 'medium' })}</td>
                <td>{key.lastUsedAt ? format.dateTime(key.lastUsedAt, 'withZone') : t('passkeyNeverUsed')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {passkeys.length > 0 && <RemovePasskey passkeys={passkeys} email={email} />}
      <AddPasskey email={email} address={address} />
    </>
  );
}

/** One form for removing any of them (its confirmation stays when the passkey's row goes). */
function RemovePasskey({ passkeys, email }: { passkeys: OwnPasskey[]; email: string }) {
  const t = useTranslations('AccountPage');
  return (
    <details>
      <summary>{t('passkeyRemove')}</summary>
      <ActionForm action={removePasskeyAction} label={t('passkeyRemoveHeading')} success={() => t('passkeyRemoved')}>
        <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
        <label htmlFor="passkey-remove">{t('passkeyToRemove')}</label>
        <select id="passkey-remove" name="id" required>
          {passkeys.map((key) => (
            <option key={key.id} value={key.id}>
              {key.name}
            </option>
          ))}
        </select>
        <PasswordField id="passkey-remove-password" name="password" label={t('passkeyRemovePassword')} />
        <div className="actions">
          <button type="submit" className="danger">
            {t('passkeyRemoveConfirm')}
          </button>
        </div>
      </ActionForm>
    </details>
  );
}

type Stage =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'error'; text: string; field?: string }
  | { state: 'done'; recoveryCodes: string[] | null };

/**
 * Adding a passkey: name and password, then the browser's own dialogue (fingerprint, face, PIN or security key),
 * then the server checks what the authenticator made. The first second factor of an account brings recovery codes.
 */
function AddPasskey({ email, address }: { email: string; address: string }) {
  const t = useTranslations('AccountPage');
  const tp = useTranslations('PasskeyErrors');
  const tf = useTranslations('FieldErrors');
  const ta = useTranslations('ActionErrors');
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [stage, setStage] = useState<Stage>({ state: 'idle' });
  const ready = useHydrated();

  const refusal = (result: Extract<ActionResult<unknown>, { ok: false }>): Stage => {
    const [field, code] = Object.entries(result.fieldErrors ?? {})[0] ?? [];
    if (field && code) return { state: 'error', field, text: codeText(tf, '', code, 'invalid') };
    const text = codeText(tp, '', result.error) || codeText(ta, '', result.error, 'unknown');
    return { state: 'error', text };
  };

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setStage({ state: 'busy' });
    try {
      const begun = await beginPasskeyRegistrationAction(null, form);
      if (!begun.ok) return setStage(refusal(begun));
      const made = await passkeyRegistration(begun.data.options);
      if (!made.ok) {
        const text =
          made.error === 'wrong-site' ? tp('wrongSite', { address }) : codeText(tp, '', made.error, 'failed');
        return setStage({ state: 'error', text });
      }
      const finished = await finishPasskeyRegistrationAction({ name: begun.data.name, response: made.response });
      if (!finished.ok) return setStage(refusal(finished));
      formRef.current?.reset();
      setStage({ state: 'done', recoveryCodes: finished.data.recoveryCodes });
      router.refresh();
    } catch {
      setStage({ state: 'error', text: tp('network') });
    }
  }

  return (
    <form
      ref={formRef}
      method="post"
      onSubmit={(event) => void add(event)}
      aria-labelledby="add-passkey-heading"
      aria-busy={stage.state === 'busy'}
    >
      <h3 id="add-passkey-heading">{t('addPasskey')}</h3>
      {stage.state === 'error' && !stage.field && (
        <p role="alert" className="error">
          {stage.text}
        </p>
      )}
      {stage.state === 'done' && (
        <div role="status" className="notice ok">
          <p>{t('passkeyCreated')}</p>
          {stage.recoveryCodes && (
            <>
              <p>{t('recoveryIntro')}</p>
              <ul className="codes" aria-label={t('recoveryCodes')}>
                {stage.recoveryCodes.map((code) => (
                  <li key={code}>{code}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {stage.state === 'busy' && (
        <p role="status" className="hint">
          {t('passkeyWaiting')}
        </p>
      )}
      <fieldset disabled={stage.state === 'busy' || !ready} className="plain">
        <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
        <label htmlFor="passkey-name">{t('passkeyName')}</label>
        <p className="hint" id="passkey-name-hint">
          {t('passkeyNameHint')}
        </p>
        <input
          id="passkey-name"
          name="name"
          required
          maxLength={60}
          aria-describedby={`passkey-name-hint${stage.state === 'error' && stage.field === 'name' ? ' passkey-name-error' : ''}`}
        />
        {stage.state === 'error' && stage.field === 'name' && (
          <p className="field-error" id="passkey-name-error">
            {stage.text}
          </p>
        )}
        <label htmlFor="passkey-password">{t('passkeyPassword')}</label>
        <input
          id="passkey-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={
            stage.state === 'error' && stage.field === 'password' ? 'passkey-password-error' : undefined
          }
        />
        {stage.state === 'error' && stage.field === 'password' && (
          <p className="field-error" id="passkey-password-error" role="alert">
            {stage.text}
          </p>
        )}
        <div className="actions">
          <button type="submit">{t('addPasskey')}</button>
        </div>
      </fieldset>
    </form>
  );
}
