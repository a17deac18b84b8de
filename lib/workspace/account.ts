import 'server-only';
import QRCode from 'qrcode';
import type { Locale } from '@/i18n/routing';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { accountState, serializeEmail, SIGN_IN_LIMITS } from '@/lib/auth/sign-in-guard';
import { passwordProblem, type PasswordProblem } from '@/lib/auth/password-policy';
import { generateRecoveryCodes, hashRecoveryCode } from '@/lib/auth/recovery-codes';
import { openSecret, sealSecret } from '@/lib/auth/secret-box';
import { generateTotpSecret, otpauthUri, verifyTotp } from '@/lib/auth/totp';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from './audit';
import type { WorkspaceActor } from './guard';

/**
 * The signed-in user's own account. Each function acts on `actor.id` only: there is no way to name someone else.
 */
export async function accountOverview(actor: WorkspaceActor) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      email: true,
      displayName: true,
      interfaceLocale: true,
      timeZone: true,
      totpEnabledAt: true,
      recoveryCodes: { where: { usedAt: null }, select: { id: true } },
      sessions: {
        where: { endedAt: null },
        orderBy: { lastSeenAt: 'desc' },
        select: {
          id: true,
          createdAt: true,
          lastSeenAt: true,
          ip: true,
          userAgent: true,
          method: true,
          passkey: { select: { name: true } },
        },
      },
    },
  });
  return {
    email: user.email,
    displayName: user.displayName,
    interfaceLocale: user.interfaceLocale,
    timeZone: user.timeZone,
    totpEnabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user.recoveryCodes.length,
    sessions: user.sessions.map(({ passkey, ...session }) => ({
      ...session,
      passkeyName: passkey?.name ?? null,
      current: session.id === actor.sessionId,
    })),
  };
}

export async function updateProfile(
  actor: WorkspaceActor,
  input: { displayName: string; interfaceLocale: Locale | null; timeZone: string | null },
): Promise<void> {
  await db().user.update({
    where: { id: actor.id },
    data: { displayName: input.displayName, interfaceLocale: input.interfaceLocale, timeZone: input.timeZone },
  });
}

export async function changePassword(
  actor: WorkspaceActor,
  input: { current: string; next: string },
): Promise<{ ok: true } | { ok: false; error: 'wrong-password' | PasswordProblem }> {
  if (!(await confirmPassword(actor, input.current))) return { ok: false, error: 'wrong-password' };
  const problem = passwordProblem(input.next, { email: actor.email });
  if (problem) return { ok: false, error: problem };
  const passwordHash = await hashPassword(input.next);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    // Other browsers signed in with the old password are signed out; this one stays.
    await tx.session.updateMany({
      where: { userId: actor.id, endedAt: null, id: { not: actor.sessionId } },
      data: { endedAt: new Date() },
    });
    await recordAudit(tx, actor, 'user.password-changed', { type: 'user', id: actor.id });
  });
  return { ok: true };
}

/**
 * Re-checks the password before a change that could lock the owner out (new password, new authenticator, passkeys).
 * A wrong answer counts like a failed sign-in from this address; when this address runs out of free failures, whoever
 * is guessing in a stolen session loses it: every session ends and the account is locked (a password alone will not
 * open it for a while; a code or a passkey will).
 */
export async function confirmPassword(actor: WorkspaceActor, password: string): Promise<boolean> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true, lockedUntil: true, failuresClearedAt: true },
  });
  if (user.passwordHash && (await verifyPassword(user.passwordHash, password))) return true;
  const now = new Date();
  await db().$transaction(async (tx) => {
    await serializeEmail(tx, actor.email);
    const { id } = await tx.loginAttempt.create({
      data: { ip: actor.ip, email: actor.email, userId: actor.id, outcome: 'failed', step: 'password', createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, actor, 'user.password-check-failed', { type: 'user', id: actor.id });
    const state = await accountState(tx, { id, email: actor.email, ip: actor.ip, now }, { id: actor.id, ...user });
    if (state.addressFailures > SIGN_IN_LIMITS.freeFailuresPerAddress) {
      await tx.user.update({
        where: { id: actor.id },
        data: {
          lockedUntil: new Date(now.getTime() + SIGN_IN_LIMITS.lockWindowMinutes * 60_000),
          sessionVersion: { increment: 1 },
        },
      });
      await tx.session.updateMany({ where: { userId: actor.id, endedAt: null }, data: { endedAt: now } });
      await recordAudit(tx, actor, 'user.locked', { type: 'user', id: actor.id }, { why: 'password check in session' });
    }
  });
  return false;
}

const ENROLMENT_MINUTES = 15;

/**
 * A new secret, sealed for the browser to hand back with the first code; nothing is stored until it is confirmed.
 * Asks for the password: a stolen session alone must not be able to bind its own authenticator.
 */
export async function beginTotpEnrolment(actor: WorkspaceActor, password: string) {
  if (!(await confirmPassword(actor, password))) return { ok: false as const, error: 'wrong-password' as const };
  const secret = generateTotpSecret();
  const expires = Date.now() + ENROLMENT_MINUTES * 60_000;
  const pending = sealSecret(JSON.stringify({ uid: actor.id, secret, expires }), env().TOTP_ENCRYPTION_KEY);
  const uri = otpauthUri(secret, actor.email);
  const qr = QRCode.create(uri, { errorCorrectionLevel: 'M' });
  return {
    ok: true as const,
    pending,
    secret,
    uri,
    qr: { size: qr.modules.size, modules: Array.from(qr.modules.data, (bit) => (bit ? 1 : 0)) },
  };
}

export async function confirmTotpEnrolment(
  actor: WorkspaceActor,
  input: { pending: string; code: string },
): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; error: 'expired' | 'wrong-code' }> {
  let secret: string;
  try {
    const opened = JSON.parse(openSecret(input.pending, env().TOTP_ENCRYPTION_KEY)) as {
      uid: string;
      secret: string;
      expires: number;
    };
    if (opened.uid !== actor.id || opened.expires < Date.now()) return { ok: false, error: 'expired' };
    secret = opened.secret;
  } catch {
    return { ok: false, error: 'expired' };
  }
  const step = verifyTotp(secret, input.code, null);
  if (step === null) return { ok: false, error: 'wrong-code' };
  const recoveryCodes = generateRecoveryCodes();
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: {
        totpSecretEncrypted: sealSecret(secret, env().TOTP_ENCRYPTION_KEY),
        totpEnabledAt: new Date(),
        totpLastStep: step,
      },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((code) => ({ userId: actor.id, codeHash: hashRecoveryCode(code) })),
    });
    // Sessions opened before the new factor end; this one stays.
    await tx.session.updateMany({
      where: { userId: actor.id, endedAt: null, id: { not: actor.sessionId } },
      data: { endedAt: new Date() },
    });
    await recordAudit(tx, actor, 'user.2fa-enabled', { type: 'user', id: actor.id });
  });
  return { ok: true, recoveryCodes };
}

/** The notice about failed sign-ins is shown in this session until its user has read it. */
export async function dismissSignInNotice(actor: WorkspaceActor): Promise<void> {
  await db().session.updateMany({ where: { id: actor.sessionId, userId: actor.id }, data: { notice: Prisma.DbNull } });
}

/** Ends every session of this user, this one included, by bumping the version every session cookie carries. */
export async function signOutEverywhere(actor: WorkspaceActor): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    await tx.session.updateMany({ where: { userId: actor.id, endedAt: null }, data: { endedAt: new Date() } });
    await recordAudit(tx, actor, 'user.signed-out-everywhere', { type: 'user', id: actor.id });
  });
}
