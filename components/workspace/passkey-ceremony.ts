import {
  browserSupportsWebAuthn,
  platformAuthenticatorIsAvailable,
  startAuthentication,
  startRegistration,
  WebAuthnError,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/browser';

/**
 * The browser's side of the passkey ceremonies (@simplewebauthn/browser), with every way they fail turned into a
 * code the forms explain (messages `PasskeyErrors`): no WebAuthn at all, no authenticator on this device, cancelled
 * or timed out, a page on the wrong address (a copy of the site cannot use its passkeys), an authenticator that
 * already holds one or cannot verify its user.
 */
export type PasskeyErrorCode =
  | 'unsupported'
  | 'no-authenticator'
  | 'cancelled'
  | 'wrong-site'
  | 'already-registered'
  | 'user-verification'
  | 'rate-limited'
  | 'network'
  | 'failed';

async function errorCode(error: unknown): Promise<PasskeyErrorCode> {
  const name = error instanceof WebAuthnError ? (error.cause as Error | undefined)?.name : (error as Error)?.name;
  const code = error instanceof WebAuthnError ? error.code : undefined;
  if (code === 'ERROR_INVALID_DOMAIN' || code === 'ERROR_INVALID_RP_ID' || name === 'SecurityError')
    return 'wrong-site';
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return 'already-registered';
  if (code === 'ERROR_AUTHENTICATOR_MISSING_USER_VERIFICATION_SUPPORT') return 'user-verification';
  if (code === 'ERROR_CEREMONY_ABORTED' || name === 'NotAllowedError' || name === 'AbortError') {
    // Browsers do not say whether the user cancelled or no authenticator answered; a device without a built-in one
    // (and nothing plugged in) is the likelier reason then.
    return (await platformAuthenticatorIsAvailable().catch(() => false)) ? 'cancelled' : 'no-authenticator';
  }
  return 'failed';
}

export type Ceremony<T> = { ok: true; response: T } | { ok: false; error: PasskeyErrorCode; address?: string };

/** Options from the server, then the authenticator: an assertion for a sign-in (alone, or as the second factor). */
export async function passkeyAssertion(email?: string): Promise<Ceremony<AuthenticationResponseJSON>> {
  if (!browserSupportsWebAuthn()) return { ok: false, error: 'unsupported' };
  let reply: { ok: boolean; options?: Parameters<typeof startAuthentication>[0]['optionsJSON']; origin?: string };
  try {
    const response = await fetch('/api/workspace/passkey/options', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: email || undefined }),
    });
    if (response.status === 429) return { ok: false, error: 'rate-limited' };
    reply = (await response.json()) as typeof reply;
  } catch {
    return { ok: false, error: 'network' };
  }
  if (!reply.ok || !reply.options) return { ok: false, error: 'failed' };
  try {
    return { ok: true, response: await startAuthentication({ optionsJSON: reply.options }) };
  } catch (error) {
    return { ok: false, error: await errorCode(error), address: reply.origin };
  }
}

/** The authenticator makes a new passkey for options the server issued. */
export async function passkeyRegistration(
  options: PublicKeyCredentialCreationOptionsJSON,
): Promise<Ceremony<RegistrationResponseJSON>> {
  if (!browserSupportsWebAuthn()) return { ok: false, error: 'unsupported' };
  try {
    return { ok: true, response: await startRegistration({ optionsJSON: options }) };
  } catch (error) {
    return { ok: false, error: await errorCode(error) };
  }
}
