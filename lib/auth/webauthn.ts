import 'server-only';
import { createHash, createHmac } from 'node:crypto';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  type Uint8Array_,
} from '@simplewebauthn/server';
import {
  decodeAttestationObject,
  decodeClientDataJSON,
  isoBase64URL,
  parseAuthenticatorData,
} from '@simplewebauthn/server/helpers';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * The WebAuthn ceremonies, on @simplewebauthn/server: options with a challenge stored for one use, and the checks of
 * what the browser sends back. The relying party (its ID and the one origin it accepts) comes from PUBLIC_BASE_URL,
 * so a passkey made for this site signs nothing for a copy of it on another address; user verification (PIN,
 * fingerprint) is required every time. See docs/decisions/014-passkeys.md.
 */

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

export const CHALLENGE_MINUTES = 5;
/** Option requests one address may make in CHALLENGE_MINUTES (each stores a challenge). */
export const MAX_CHALLENGES_PER_ADDRESS = 30;
const RP_NAME = 'Habar';

export function relyingParty(): { id: string; origin: string; name: string } {
  const url = new URL(env().PUBLIC_BASE_URL);
  return { id: url.hostname, origin: url.origin, name: RP_NAME };
}

type Purpose = 'registration' | 'authentication';

/** Stores a challenge the library made; refuses (null) when the address asked for too many just now. */
async function storeChallenge(
  client: Client,
  challenge: string,
  purpose: Purpose,
  bound: { userId?: string; email?: string; ip: string },
  now: Date,
): Promise<boolean> {
  const windowStart = new Date(now.getTime() - CHALLENGE_MINUTES * 60_000);
  // Expired challenges go as new ones come: the table holds at most a few minutes of requests.
  await client.passkeyChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  const recent = await client.passkeyChallenge.count({ where: { ip: bound.ip, createdAt: { gt: windowStart } } });
  if (recent >= MAX_CHALLENGES_PER_ADDRESS) return false;
  await client.passkeyChallenge.create({
    data: {
      challenge,
      purpose,
      userId: bound.userId ?? null,
      email: bound.email ?? null,
      ip: bound.ip,
      expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000),
      createdAt: now,
    },
  });
  return true;
}

/** Takes a challenge out of the store: a challenge works once, for its purpose, before it expires. */
async function consumeChallenge(client: Client, challenge: string, purpose: Purpose, now: Date) {
  const rows = await client.$queryRaw<{ userId: string | null; email: string | null }[]>`
    DELETE FROM "PasskeyChallenge"
    WHERE challenge = ${challenge} AND purpose = ${purpose}::"PasskeyCeremony" AND "expiresAt" > ${now}
    RETURNING "userId", email`;
  return rows[0] ?? null;
}

/**
 * Stand-in credential IDs for an e-mail address without passkeys (or without an account): derived from the secret,
 * so asking twice gives the same answer and the options do not tell who has an account.
 */
function decoyCredentialId(email: string): string {
  const mac = createHmac('sha256', env().AUTH_SECRET).update(`passkey-decoy:${email}`).digest();
  return isoBase64URL.fromBuffer(mac);
}

export async function authenticationOptions(input: {
  email?: string;
  ip: string;
  now?: Date;
}): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const now = input.now ?? new Date();
  const email = input.email?.trim().toLowerCase() || undefined;
  let userId: string | undefined;
  let allowCredentials: { id: string; transports?: AuthenticatorTransportFuture[] }[] | undefined;
  if (email) {
    const user = await db().user.findFirst({
      where: { email, deletedAt: null },
      select: { id: true, passkeys: { select: { credentialId: true, transports: true } } },
    });
    userId = user?.id;
    allowCredentials = user?.passkeys.length
      ? user.passkeys.map((key) => ({
          id: key.credentialId,
          transports: key.transports as AuthenticatorTransportFuture[],
        }))
      : [{ id: decoyCredentialId(email) }];
  }
  const rp = relyingParty();
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    allowCredentials,
    userVerification: 'required',
    timeout: CHALLENGE_MINUTES * 60_000,
  });
  const stored = await storeChallenge(db(), options.challenge, 'authentication', { userId, email, ip: input.ip }, now);
  return stored ? options : null;
}

export async function registrationOptions(
  user: { id: string; email: string; displayName: string },
  ip: string,
  now = new Date(),
): Promise<PublicKeyCredentialCreationOptionsJSON | null> {
  const existing = await db().passkey.findMany({
    where: { userId: user.id },
    select: { credentialId: true, transports: true },
  });
  const rp = relyingParty();
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.displayName || user.email,
    // The account's id (not personal data): a discoverable passkey hands it back, and it must match its owner.
    userID: new TextEncoder().encode(user.id),
    attestationType: 'none',
    timeout: CHALLENGE_MINUTES * 60_000,
    excludeCredentials: existing.map((key) => ({
      id: key.credentialId,
      transports: key.transports as AuthenticatorTransportFuture[],
    })),
    // Discoverable where the authenticator can (sign-in without typing the e-mail); security keys without storage
    // still work with the e-mail. The PIN or fingerprint is asked every time.
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
  });
  const stored = await storeChallenge(db(), options.challenge, 'registration', { userId: user.id, ip }, now);
  return stored ? options : null;
}

/** Why a ceremony was refused: the audit log's words, and what the tests check. */
export type CeremonyFailure =
  | 'malformed'
  | 'unknown-challenge'
  | 'challenge-for-someone-else'
  | 'wrong-origin'
  | 'wrong-rp-id'
  | 'counter-regression'
  | 'user-not-verified'
  | 'unknown-passkey'
  | 'invalid-signature';

function clientData(encoded: string) {
  try {
    return decodeClientDataJSON(encoded);
  } catch {
    return null;
  }
}

/** What the authenticator signed about itself: for which relying party, and whether the user was verified. */
function authenticatorData(bytes: () => Uint8Array_): { rpIdHash: Uint8Array; uv: boolean } | null {
  try {
    const parsed = parseAuthenticatorData(bytes());
    return { rpIdHash: parsed.rpIdHash, uv: parsed.flags.uv };
  } catch {
    return null;
  }
}

/**
 * The checks every ceremony shares, in an order that names the first thing wrong: the challenge is taken out of the
 * store first (so a response is never checked twice, whatever else is wrong with it), then the origin, the relying
 * party ID and user verification. The library checks all of them again along with the signature.
 */
async function precheck(
  client: Client,
  encodedClientData: string,
  authData: () => Uint8Array_,
  purpose: Purpose,
  now: Date,
): Promise<
  | { ok: true; challenge: string; bound: { userId: string | null; email: string | null } }
  | { ok: false; why: CeremonyFailure }
> {
  const data = clientData(encodedClientData);
  if (!data || typeof data.challenge !== 'string') return { ok: false, why: 'malformed' };
  const bound = await consumeChallenge(client, data.challenge, purpose, now);
  if (!bound) return { ok: false, why: 'unknown-challenge' };
  const rp = relyingParty();
  if (data.origin !== rp.origin) return { ok: false, why: 'wrong-origin' };
  const parsed = authenticatorData(authData);
  if (!parsed) return { ok: false, why: 'malformed' };
  if (!Buffer.from(parsed.rpIdHash).equals(createHash('sha256').update(rp.id).digest())) {
    return { ok: false, why: 'wrong-rp-id' };
  }
  if (!parsed.uv) return { ok: false, why: 'user-not-verified' };
  return { ok: true, challenge: data.challenge, bound };
}

export interface StoredPasskey {
  id: string;
  userId: string;
  credentialId: string;
  publicKey: Uint8Array;
  counter: bigint;
  transports: string[];
}

/**
 * Checks a sign-in assertion against a stored passkey. `expectedUser` is the account the sign-in is for: the
 * challenge must not have been asked for another account's e-mail.
 */
export async function verifyAssertion(
  client: Client,
  response: AuthenticationResponseJSON,
  passkey: StoredPasskey,
  expectedUser: { id: string; email: string },
  now = new Date(),
): Promise<{ ok: true; counter: number; backedUp: boolean } | { ok: false; why: CeremonyFailure }> {
  const checked = await precheck(
    client,
    response.response.clientDataJSON,
    () => isoBase64URL.toBuffer(response.response.authenticatorData),
    'authentication',
    now,
  );
  if (!checked.ok) return checked;
  const { bound } = checked;
  if ((bound.userId && bound.userId !== expectedUser.id) || (bound.email && bound.email !== expectedUser.email)) {
    return { ok: false, why: 'challenge-for-someone-else' };
  }
  const rp = relyingParty();
  let verified: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: checked.challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
      // The counter is compared below, after the signature: only a genuinely signed response that goes back in time
      // is the sign of a copied authenticator worth its own line in the audit log.
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: 0,
        transports: passkey.transports as AuthenticatorTransportFuture[],
      },
    });
  } catch {
    return { ok: false, why: 'invalid-signature' };
  }
  if (!verified.verified) return { ok: false, why: 'invalid-signature' };
  // A discoverable passkey names its account; it must be the passkey's owner.
  const handle = response.response.userHandle;
  if (handle && isoBase64URL.toUTF8String(handle) !== passkey.userId) return { ok: false, why: 'unknown-passkey' };
  const stored = Number(passkey.counter);
  const counter = verified.authenticationInfo.newCounter;
  // Authenticators without a counter always send 0; any other must send more than last time.
  if ((counter > 0 || stored > 0) && counter <= stored) return { ok: false, why: 'counter-regression' };
  return { ok: true, counter, backedUp: verified.authenticationInfo.credentialBackedUp };
}

export interface NewPasskey {
  credentialId: string;
  publicKey: Uint8Array;
  counter: number;
  transports: string[];
  deviceType: string;
  backedUp: boolean;
}

/** Checks a registration for `userId` (the challenge must have been issued to them) and returns the new passkey. */
export async function verifyRegistration(
  client: Client,
  response: RegistrationResponseJSON,
  userId: string,
  now = new Date(),
): Promise<{ ok: true; passkey: NewPasskey } | { ok: false; why: CeremonyFailure }> {
  const checked = await precheck(
    client,
    response.response.clientDataJSON,
    () => decodeAttestationObject(isoBase64URL.toBuffer(response.response.attestationObject)).get('authData'),
    'registration',
    now,
  );
  if (!checked.ok) return checked;
  if (checked.bound.userId !== userId) return { ok: false, why: 'challenge-for-someone-else' };
  const rp = relyingParty();
  try {
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge: checked.challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
    });
    if (!result.verified) return { ok: false, why: 'invalid-signature' };
    const info = result.registrationInfo;
    return {
      ok: true,
      passkey: {
        credentialId: info.credential.id,
        publicKey: info.credential.publicKey,
        counter: info.credential.counter,
        transports: response.response.transports ?? info.credential.transports ?? [],
        deviceType: info.credentialDeviceType,
        backedUp: info.credentialBackedUp,
      },
    };
  } catch {
    return { ok: false, why: 'invalid-signature' };
  }
}
