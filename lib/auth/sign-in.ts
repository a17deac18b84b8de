import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import { hashPassword, needsRehash, verifyPassword } from './password';
import { hashRecoveryCode } from './recovery-codes';
import { openSecret } from './secret-box';
import { verifyTotp } from './totp';

/**
 * Password (and second-factor) sign-in with brute-force protection kept in the database, so it survives restarts:
 * 5 wrong attempts lock an account for 15 minutes (the right password then fails the same way), and more than 50
 * failures from one IP address within an hour are refused outright (HTTP 429). Every outcome is audited. Callers
 * show one generic message for every failure; only `rateLimited` differs (its status code says it anyway).
 *
 * Parallel requests cannot stretch these limits: an attempt is recorded as a failure before any work (so concurrent
 * attempts from one address count each other), and the checks of one account run one at a time under a row lock
 * (so a batch of guesses cannot all read the same failure count, and a TOTP code cannot be used twice).
 */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
export const MAX_FAILURES_PER_IP_HOUR = 50;

export type SignInResult =
  | { ok: true; user: { id: string; email: string; role: string; sessionVersion: number } }
  | { ok: false; reason: 'invalid' | 'rateLimited' | 'secondFactorRequired' };

type Tx = Prisma.TransactionClient;

let dummyHash: Promise<string> | undefined;

/** Unknown e-mail addresses cost the same argon2 time as known ones, so timing does not reveal accounts. */
function spendPasswordTime(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('habar: no such account, constant time');
  return dummyHash.then((hash) => verifyPassword(hash, password));
}

async function audit(
  client: Tx,
  action: string,
  email: string,
  ip: string,
  userId: string | null,
  details: Record<string, string> = {},
) {
  await client.auditEvent.create({
    data: { action, actorId: userId, actorLabel: email, targetType: 'user', targetId: userId ?? '', ip, details },
  });
}

const invalid: SignInResult = { ok: false, reason: 'invalid' };

export async function signInWithPassword(input: {
  email: string;
  password: string;
  /** TOTP code or recovery code, when the account has 2FA. */
  code?: string;
  ip: string;
  now?: Date;
}): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const since = new Date(now.getTime() - 3_600_000);
  const attempt = await db().loginAttempt.create({
    data: { ip: input.ip, email, success: false, createdAt: now },
    select: { id: true },
  });
  const ipFailures = await db().loginAttempt.count({
    where: { ip: input.ip, success: false, createdAt: { gt: since } },
  });
  if (ipFailures > MAX_FAILURES_PER_IP_HOUR) {
    // Once per window in the log: a flood of refused requests must not flood the audit trail too.
    if (ipFailures === MAX_FAILURES_PER_IP_HOUR + 1) await audit(db(), 'sign-in.rate-limited', email, input.ip, null);
    return { ok: false, reason: 'rateLimited' };
  }
  const known = await db().user.findFirst({ where: { email, deletedAt: null }, select: { id: true } });
  if (!known) {
    await spendPasswordTime(input.password);
    await audit(db(), 'sign-in.failed', email, input.ip, null, { why: 'unknown account' });
    return invalid;
  }
  return db().$transaction((tx) => checkAccount(tx, known.id, email, input, now, attempt.id), {
    maxWait: 60_000,
    timeout: 60_000,
  });
}

/** Everything about one account, under its row lock. */
async function checkAccount(
  tx: Tx,
  userId: string,
  email: string,
  input: { password: string; code?: string; ip: string },
  now: Date,
  attemptId: string,
): Promise<SignInResult> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      role: true,
      passwordHash: true,
      disabled: true,
      lockedUntil: true,
      failedLoginCount: true,
      sessionVersion: true,
      totpSecretEncrypted: true,
      totpEnabledAt: true,
      totpLastStep: true,
    },
  });
  const fail = async (why: string): Promise<SignInResult> => {
    await audit(tx, 'sign-in.failed', email, input.ip, user.id, { why });
    return invalid;
  };
  if (!user.passwordHash) {
    await spendPasswordTime(input.password);
    return fail('no password yet');
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (user.disabled) return fail('disabled');
  if (user.lockedUntil && user.lockedUntil > now) return fail('locked');

  const countFailure = async (why: string) => {
    const failures = user.failedLoginCount + 1;
    const lock = failures >= MAX_FAILURES;
    await tx.user.update({
      where: { id: user.id },
      data: {
        failedLoginCount: lock ? 0 : failures,
        lastFailedLoginAt: now,
        lockedUntil: lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : undefined,
      },
    });
    if (lock) await audit(tx, 'user.locked', email, input.ip, user.id);
    return fail(why);
  };
  if (!passwordOk) return countFailure('password');

  let totpStep: number | undefined;
  if (user.totpEnabledAt && user.totpSecretEncrypted) {
    if (!input.code) {
      // The right password alone: not a failure, but worth a line (a stolen password being tried shows up here).
      await tx.loginAttempt.delete({ where: { id: attemptId } });
      await audit(tx, 'sign-in.second-factor-asked', email, input.ip, user.id);
      return { ok: false, reason: 'secondFactorRequired' };
    }
    const code = input.code.trim();
    const step = /^\d{6}$/.test(code.replace(/\s/g, ''))
      ? verifyTotp(openSecret(user.totpSecretEncrypted, env().TOTP_ENCRYPTION_KEY), code, user.totpLastStep, now)
      : null;
    if (step !== null) {
      totpStep = step;
    } else {
      // A recovery code works once: marking it used is the same statement that checks it is unused.
      const used = await tx.recoveryCode.updateMany({
        where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
        data: { usedAt: now },
      });
      if (used.count === 0) return countFailure('second factor');
      await audit(tx, 'sign-in.recovery-code-used', email, input.ip, user.id);
    }
  }

  await tx.user.update({
    where: { id: user.id },
    data: {
      failedLoginCount: 0,
      lockedUntil: null,
      lastLoginAt: now,
      ...(totpStep !== undefined ? { totpLastStep: totpStep } : {}),
      // Hashes made with weaker parameters are upgraded while the password is at hand.
      ...(needsRehash(user.passwordHash) ? { passwordHash: await hashPassword(input.password) } : {}),
    },
  });
  await tx.loginAttempt.update({ where: { id: attemptId }, data: { success: true } });
  await audit(tx, 'sign-in.succeeded', email, input.ip, user.id);
  return { ok: true, user: { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion } };
}
