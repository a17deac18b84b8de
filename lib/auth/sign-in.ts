import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { hashPassword, needsRehash, verifyPassword } from './password';
import { hashRecoveryCode } from './recovery-codes';
import { openSecret } from './secret-box';
import { verifyTotp } from './totp';

/**
 * Password (and second-factor) sign-in with brute-force protection kept in the database, so it survives restarts:
 * 5 wrong attempts lock an account for 15 minutes (the right password then fails the same way), and more than 50
 * failures from one IP address within an hour are refused outright (HTTP 429). Every outcome is audited. Callers
 * show one generic message for every failure; only `rateLimited` differs (its status code says it anyway).
 */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
export const MAX_FAILURES_PER_IP_HOUR = 50;

export type SignInResult =
  | { ok: true; user: { id: string; email: string; role: string; sessionVersion: number } }
  | { ok: false; reason: 'invalid' | 'rateLimited' | 'secondFactorRequired' };

let dummyHash: Promise<string> | undefined;

/** Unknown e-mail addresses cost the same argon2 time as known ones, so timing does not reveal accounts. */
function spendPasswordTime(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('habar: no such account, constant time');
  return dummyHash.then((hash) => verifyPassword(hash, password));
}

async function audit(
  action: string,
  email: string,
  ip: string,
  userId: string | null,
  details: Record<string, string> = {},
) {
  await db().auditEvent.create({
    data: { action, actorId: userId, actorLabel: email, targetType: 'user', targetId: userId ?? '', ip, details },
  });
}

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
  const ipFailures = await db().loginAttempt.count({
    where: { ip: input.ip, success: false, createdAt: { gt: since } },
  });
  if (ipFailures >= MAX_FAILURES_PER_IP_HOUR) {
    await audit('sign-in.rate-limited', email, input.ip, null);
    return { ok: false, reason: 'rateLimited' };
  }
  const user = await db().user.findFirst({
    where: { email, deletedAt: null },
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
    await db().loginAttempt.create({ data: { ip: input.ip, email, success: false, createdAt: now } });
    await audit('sign-in.failed', email, input.ip, user?.id ?? null, { why });
    return { ok: false, reason: 'invalid' };
  };
  if (!user?.passwordHash) {
    await spendPasswordTime(input.password);
    return fail('unknown account');
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (user.disabled) return fail('disabled');
  if (user.lockedUntil && user.lockedUntil > now) return fail('locked');

  const countFailure = async (why: string) => {
    const failures = user.failedLoginCount + 1;
    const lock = failures >= MAX_FAILURES;
    await db().user.update({
      where: { id: user.id },
      data: {
        failedLoginCount: lock ? 0 : failures,
        lastFailedLoginAt: now,
        lockedUntil: lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : undefined,
      },
    });
    if (lock) await audit('user.locked', email, input.ip, user.id);
    return fail(why);
  };
  if (!passwordOk) return countFailure('password');

  let totpStep: number | undefined;
  if (user.totpEnabledAt && user.totpSecretEncrypted) {
    if (!input.code) return { ok: false, reason: 'secondFactorRequired' };
    const code = input.code.trim();
    const step = /^\d{6}$/.test(code.replace(/\s/g, ''))
      ? verifyTotp(openSecret(user.totpSecretEncrypted, env().TOTP_ENCRYPTION_KEY), code, user.totpLastStep, now)
      : null;
    if (step !== null) {
      totpStep = step;
    } else {
      // A recovery code works once: marking it used is the same statement that checks it is unused.
      const used = await db().recoveryCode.updateMany({
        where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
        data: { usedAt: now },
      });
      if (used.count === 0) return countFailure('second factor');
      await audit('sign-in.recovery-code-used', email, input.ip, user.id);
    }
  }

  await db().user.update({
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
  await db().loginAttempt.create({ data: { ip: input.ip, email, success: true, createdAt: now } });
  await audit('sign-in.succeeded', email, input.ip, user.id);
  return { ok: true, user: { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion } };
}
