'use client';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/password-limits';
import { FieldError } from './action-form';

/**
 * A password input inside an ActionForm: label, optional hint, the field's error from the last submission, all
 * linked for screen readers. Paste is allowed and the length is the policy's (12 to 1,024): long passphrases from a
 * password manager are welcome.
 */
export function PasswordField({
  id,
  name,
  label,
  hint,
  isNew = false,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  /** A password being chosen (not the current one): the browser may suggest one, and the minimum length applies. */
  isNew?: boolean;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type="password"
        autoComplete={isNew ? 'new-password' : 'current-password'}
        required
        minLength={isNew ? MIN_PASSWORD_LENGTH : undefined}
        maxLength={MAX_PASSWORD_LENGTH}
        aria-describedby={[hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ')}
      />
      <FieldError name={name} id={`${id}-error`} />
    </>
  );
}
