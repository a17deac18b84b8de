import 'server-only';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { Prisma, SignInMethod } from '@/lib/generated/prisma/client';
import { sendSecurityAlert } from '@/lib/workspace/mail';
import { hashPassword, needsRehash, verifyPassword } from './password';
import { requirementFor, signInPolicy } from './policy';
import { hashRecoveryCode } from './recovery-codes';
import { openSecret } from './secret-box';
import {
  accountState,
  auditSignIn,
  codesStopped,
  openAttempt,
  recordFailure,
  recordRefusal,
  recordSuccess,
  serializeEmail,
  type AlertMail,
  type Attempt,
  type SignInNotice,
} from './sign-in-guard';
import { verifyTotp } from './totp';
import { verifyAssertion } from './webauthn';

/**
 * Signing in: with a password (then a code or a passkey when the account has one), or with a passkey alone. Both go
 * through the same brute-force protection (sign-in-guard.ts) and are audited alike. Callers show one generic message
 * for every failure; `rateLimited`, `delayed` and `locked` differ (their status codes say it anyway), and
 * `secondFactorRequired` only follows the right password.
 *
 * The checks of one account run one at a time (a transaction-scoped lock on the e-mail address, and the user's row),
 * so a batch of parallel guesses cannot all read the same counts, and a TOTP code cannot be used twice.
 */
export type SignInFailure =
  | { ok: false; reason: 'invalid' | 'rateLimited' | 'locked' }
  | { ok: false; reason: 'delayed'; retryAfterSeconds: number }
  | { ok: false; reason: 'secondFactorRequired'; methods: SecondFactorMethods };

export interface SignedIn {
  ok: true;
  user: { id: string; email: string; role: string; sessionVersion: number };
  method: SignInMethod;
  passkeyId: string | null;
  notice: SignInNotice | null;
}

export type SignInResult = SignedIn | SignInFailure;

/** What the second step may offer: a code from the app (else recovery codes only), a passkey. */
export interface SecondFactorMethods {
  totp: boolean;
  passkey: boolean;
}

type Tx = Prisma.TransactionClient;

let dummyHash: Promise<string> | undefined;

/** Unknown e-mail addresses cost the same argon2 time as known ones, so timing does not reveal accounts. */
export function spendPasswordTime(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('habar: no such account, constant time');
  return dummyHash.then((hash) => verifyPassword(hash, password));
}

const invalid = { ok: false, reason: 'invalid' } as const;

const accountSelect = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  passwordHash: true,
  disabled: true,
  lockedUntil: true,
  failuresClearedAt: true,
  securityMailAt: true,
  lastLoginAt: true,
  sessionVersion: true,
  totpSecretEncrypted: true,
  totpEnabledAt: true,
  totpLastStep: true,
  passkeys: {
    select: {
      id: true,
      userId: true,
      credentialId: true,
      publicKey: true,
      counter: true,
      transports: true,
      name: true,
    },
  },
} as const;

type Account = Prisma.UserGetPayload<{ select: typeof accountSelect }>;

/** The account behind an e-mail address, its row locked for this transaction. */
async function lockAccount(tx: Tx, where: Prisma.UserWhereInput): Promise<Account | null> {
  const found = await tx.user.findFirst({ where: { ...where, deletedAt: null }, select: { id: true } });
  if (!found) return null;
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${found.id} FOR UPDATE`;
  return tx.user.findUniqueOrThrow({ where: { id: found.id }, select: accountSelect });
}

/**
 * Runs one attempt: recorded and rate-limited first, then `check` under the account's lock. E-mails decided inside
 * go out after the transaction has committed.
 */
async function attempt(
  email: string,
  ip: string,
  now: Date,
  check: (tx: Tx, attempt: Attempt, mails: AlertMail[]) => Promise<SignInResult>,
): Promise<SignInResult> {
  const opened = await openAttempt(email, ip, now);
  if (!opened) return { ok: false, reason: 'rateLimited' };
  const mails: AlertMail[] = [];
  const result = await db().$transaction(
    async (tx) => {
      await serializeEmail(tx, email);
      return check(tx, opened, mails);
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
  for (const mail of mails) void sendSecurityAlert(mail);
  return result;
}

async function succeed(
  tx: Tx,
  opened: Attempt,
  user: Account,
  method: SignInMethod,
  extra: { passkeyId?: string; password?: string; totpStep?: number } = {},
): Promise<SignedIn> {
  await tx.user.update({
    where: { id: user.id },
    data: {
      lastLoginAt: opened.now,
      ...(extra.totpStep !== undefined ? { totpLastStep: extra.totpStep } : {}),
      // Hashes made with weaker parameters are upgraded while the password is at hand.
      ...(extra.password && user.passwordHash && needsRehash(user.passwordHash)
        ? { passwordHash: await hashPassword(extra.password) }
        : {}),
    },
  });
  const notice = await recordSuccess(tx, opened, user);
  await auditSignIn(tx, 'sign-in.succeeded', opened, user.id, {
    method,
    ...(extra.passkeyId ? { passkey: user.passkeys.find((key) => key.id === extra.passkeyId)?.name ?? '' } : {}),
  });
  return {
    ok: true,
    user: { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion },
    method,
    passkeyId: extra.passkeyId ?? null,
    notice,
  };
}

/** Checks a passkey assertion for `user`: the passkey used, or why it was refused. */
async function checkPasskey(
  tx: Tx,
  opened: Attempt,
  user: Account,
  response: AuthenticationResponseJSON,
): Promise<{ why: string } | { passkeyId: string }> {
  const { now } = opened;
  const passkey = user.passkeys.find((key) => key.credentialId === response.id);
  if (!passkey) return { why: 'unknown-passkey' };
  const verified = await verifyAssertion(tx, response, passkey, user, now);
  if (!verified.ok) {
    if (verified.why === 'counter-regression') {
      // A signed response that goes back in time: a copy of the authenticator exists somewhere.
      await auditSignIn(tx, 'passkey.counter-regression', opened, user.id, { passkey: passkey.name });
    }
    return { why: verified.why };
  }
  await tx.passkey.update({
    where: { id: passkey.id },
    data: { counter: verified.counter, backedUp: verified.backedUp, lastUsedAt: now },
  });
  return { passkeyId: passkey.id };
}

export async function signInWithPassword(input: {
  email: string;
  password: string;
  /** TOTP code or recovery code, when the account has a second factor. */
  code?: string;
  /** A passkey as the second factor. */
  passkey?: AuthenticationResponseJSON;
  ip: string;
  now?: Date;
}): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  return attempt(email, input.ip, now, async (tx, opened, mails) => {
    const user = await lockAccount(tx, { email });
    const state = await accountState(tx, opened, user);
    if (state.waitSeconds > 0) {
      await recordRefusal(tx, opened, user?.id ?? null, 'waiting');
      return { ok: false, reason: 'delayed', retryAfterSeconds: state.waitSeconds };
    }
    const fail = async (step: 'password' | 'code' | 'passkey', why: string) => {
      const mail = await recordFailure(tx, opened, user, step, why);
      if (mail) mails.push(mail);
      return invalid;
    };
    const secondFactorGiven = Boolean(input.code || input.passkey);
    // Locked by failures from many addresses: a password alone is not even checked, so the lock answers the same
    // whether it is right or not (known and unknown addresses alike).
    if (state.locked && !secondFactorGiven) {
      await recordRefusal(tx, opened, user?.id ?? null, 'locked');
      return { ok: false, reason: 'locked' };
    }
    if (!user || !user.passwordHash) {
      await spendPasswordTime(input.password);
      return fail('password', user ? 'no password yet' : 'unknown account');
    }
    const passwordOk = await verifyPassword(user.passwordHash, input.password);
    if (user.disabled) return fail('password', 'disabled');
    if (!passwordOk) return fail('password', 'password');

    const totp = Boolean(user.totpEnabledAt && user.totpSecretEncrypted);
    const passkeys = user.passkeys.length > 0;
    // Where a passkey is required and the account has one, a code from the app (which a copied sign-in page can
    // relay) is no longer a second factor; recovery codes still work, once each.
    const passkeyOnly = passkeys && requirementFor(await signInPolicy(), user.role) === 'passkey';
    if (!totp && !passkeys && !state.locked) return succeed(tx, opened, user, 'password', { password: input.password });
    if (!secondFactorGiven) {
      // The right password alone: not a failure, but worth a line (a stolen password being tried shows up here).
      await tx.loginAttempt.delete({ where: { id: opened.id } });
      await auditSignIn(tx, 'sign-in.second-factor-asked', opened, user.id);
      return { ok: false, reason: 'secondFactorRequired', methods: { totp: totp && !passkeyOnly, passkey: passkeys } };
    }

    if (input.passkey) {
      const checked = await checkPasskey(tx, opened, user, input.passkey);
      if ('why' in checked) return fail('passkey', checked.why);
      return succeed(tx, opened, user, 'password_passkey', { passkeyId: checked.passkeyId, password: input.password });
    }
    if (codesStopped(state)) {
      await recordRefusal(tx, opened, user.id, 'codes stopped');
      return invalid;
    }
    const code = (input.code ?? '').trim();
    const step =
      totp && !passkeyOnly && /^\d{6}$/.test(code.replace(/\s/g, ''))
        ? verifyTotp(
            openSecret(user.totpSecretEncrypted ?? '', env().TOTP_ENCRYPTION_KEY),
            code,
            user.totpLastStep,
            now,
          )
        : null;
    if (step !== null) return succeed(tx, opened, user, 'password_totp', { totpStep: step, password: input.password });
    // A recovery code works once: marking it used is the same statement that checks it is unused.
    const used = await tx.recoveryCode.updateMany({
      where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
      data: { usedAt: now },
    });
    if (used.count === 0) return fail('code', 'second factor');
    await auditSignIn(tx, 'sign-in.recovery-code-used', opened, user.id);
    return succeed(tx, opened, user, 'password_recovery_code', { password: input.password });
  });
}

/**
 * A passkey alone: a complete sign-in (the authenticator verified its user with a PIN or fingerprint, and signed for
 * this site only). `email`, when given, must be the passkey's account. Works while a lock caused by failed passwords
 * is in force; the per-address limit and this address's delays apply as to passwords.
 */
export async function signInWithPasskey(input: {
  response: AuthenticationResponseJSON;
  email?: string;
  ip: string;
  now?: Date;
}): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const key = await db().passkey.findUnique({
    where: { credentialId: input.response.id },
    select: { user: { select: { id: true, email: true, deletedAt: true } } },
  });
  const owner = key && !key.user.deletedAt ? key.user : null;
  const typed = input.email?.trim().toLowerCase() || undefined;
  // The attempt counts for the passkey's account (or, for an unknown passkey, the address typed, if any).
  const email = owner?.email ?? typed ?? '';
  return attempt(email, input.ip, now, async (tx, opened, mails) => {
    const user = owner ? await lockAccount(tx, { id: owner.id }) : null;
    const state = await accountState(tx, opened, user);
    if (state.waitSeconds > 0) {
      await recordRefusal(tx, opened, user?.id ?? null, 'waiting');
      return { ok: false, reason: 'delayed', retryAfterSeconds: state.waitSeconds };
    }
    const fail = async (why: string) => {
      const mail = await recordFailure(tx, opened, user, 'passkey', why);
      if (mail) mails.push(mail);
      return invalid;
    };
    if (!user) return fail('unknown-passkey');
    if (typed && typed !== user.email) return fail('passkey of another account');
    if (user.disabled) return fail('disabled');
    const checked = await checkPasskey(tx, opened, user, input.response);
    if ('why' in checked) return fail(checked.why);
    return succeed(tx, opened, user, 'passkey', { passkeyId: checked.passkeyId });
  });
}
