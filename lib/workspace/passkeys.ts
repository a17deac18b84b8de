import 'server-only';
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { generateRecoveryCodes, hashRecoveryCode } from '@/lib/auth/recovery-codes';
import { registrationOptions, verifyRegistration, type CeremonyFailure } from '@/lib/auth/webauthn';
import { db } from '@/lib/db';
import { confirmPassword } from './account';
import { recordAudit, type AuditContext } from './audit';
import type { WorkspaceActor } from './guard';

/**
 * Passkeys: the signed-in user's own (list, register, remove; the password is asked again for register and remove,
 * so a stolen session alone cannot bind or drop one), and an admin's reset of a lost one. Own-account functions act
 * on `actor.id` only.
 */
export interface PasskeyRow {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  /** Synced between devices by its provider (a password manager, a platform account). */
  synced: boolean;
}

const rowSelect = { id: true, name: true, createdAt: true, lastUsedAt: true, deviceType: true } as const;

function toRow(key: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; deviceType: string }) {
  return {
    id: key.id,
    name: key.name,
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
    synced: key.deviceType === 'multiDevice',
  };
}

export async function ownPasskeys(actor: WorkspaceActor): Promise<PasskeyRow[]> {
  const keys = await db().passkey.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: 'asc' },
    select: rowSelect,
  });
  return keys.map(toRow);
}

export async function beginPasskeyRegistration(
  actor: WorkspaceActor,
  password: string,
): Promise<
  | { ok: true; options: PublicKeyCredentialCreationOptionsJSON }
  | { ok: false; error: 'wrong-password' | 'rate-limited' }
> {
  if (!(await confirmPassword(actor, password))) return { ok: false, error: 'wrong-password' };
  const options = await registrationOptions(actor, actor.ip);
  return options ? { ok: true, options } : { ok: false, error: 'rate-limited' };
}

/** Why a registration was refused, as the form explains it. */
export type RegistrationError = 'passkey-expired' | 'passkey-wrong-site' | 'passkey-not-verified' | 'passkey-refused';

function registrationError(why: CeremonyFailure): RegistrationError {
  if (why === 'unknown-challenge' || why === 'challenge-for-someone-else') return 'passkey-expired';
  if (why === 'wrong-origin' || why === 'wrong-rp-id') return 'passkey-wrong-site';
  if (why === 'user-not-verified') return 'passkey-not-verified';
  return 'passkey-refused';
}

/**
 * Stores the passkey the browser made for a challenge issued to this user. The first second factor of an account
 * comes with recovery codes (shown once). Sessions opened before it end; this one stays.
 */
export async function finishPasskeyRegistration(
  actor: WorkspaceActor,
  input: { name: string; response: RegistrationResponseJSON },
): Promise<{ ok: true; recoveryCodes: string[] | null } | { ok: false; error: RegistrationError }> {
  return db().$transaction(async (tx) => {
    const verified = await verifyRegistration(tx, input.response, actor.id);
    if (!verified.ok) {
      await recordAudit(tx, actor, 'user.passkey-refused', { type: 'user', id: actor.id }, { why: verified.why });
      return { ok: false, error: registrationError(verified.why) };
    }
    const { passkey } = verified;
    const taken = await tx.passkey.findUnique({ where: { credentialId: passkey.credentialId }, select: { id: true } });
    if (taken) return { ok: false, error: 'passkey-refused' };
    await tx.passkey.create({
      data: {
        userId: actor.id,
        credentialId: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: passkey.counter,
        transports: passkey.transports,
        deviceType: passkey.deviceType,
        backedUp: passkey.backedUp,
        name: input.name,
      },
    });
    const codesLeft = await tx.recoveryCode.count({ where: { userId: actor.id, usedAt: null } });
    const recoveryCodes = codesLeft === 0 ? generateRecoveryCodes() : null;
    if (recoveryCodes) {
      await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
      await tx.recoveryCode.createMany({
        data: recoveryCodes.map((code) => ({ userId: actor.id, codeHash: hashRecoveryCode(code) })),
      });
    }
    await tx.session.updateMany({
      where: { userId: actor.id, endedAt: null, id: { not: actor.sessionId } },
      data: { endedAt: new Date() },
    });
    await recordAudit(tx, actor, 'user.passkey-added', { type: 'user', id: actor.id }, { passkey: input.name });
    return { ok: true, recoveryCodes };
  });
}

/** Removes one of the user's own passkeys; sessions opened with it end (this one stays). */
export async function removeOwnPasskey(
  actor: WorkspaceActor,
  input: { id: string; password: string },
): Promise<{ ok: true } | { ok: false; error: 'wrong-password' | 'not-found' }> {
  const key = await db().passkey.findFirst({ where: { id: input.id, userId: actor.id }, select: { name: true } });
  if (!key) return { ok: false, error: 'not-found' };
  if (!(await confirmPassword(actor, input.password))) return { ok: false, error: 'wrong-password' };
  await db().$transaction(async (tx) => {
    await tx.session.updateMany({
      where: { userId: actor.id, passkeyId: input.id, endedAt: null, id: { not: actor.sessionId } },
      data: { endedAt: new Date() },
    });
    await tx.passkey.deleteMany({ where: { id: input.id, userId: actor.id } });
    await recordAudit(tx, actor, 'user.passkey-removed', { type: 'user', id: actor.id }, { passkey: key.name });
  });
  return { ok: true };
}

type Admin = Actor & AuditContext;

/** A member of staff's passkeys, for the admin's staff page. */
export async function listStaffPasskeys(actor: Admin, userId: string): Promise<PasskeyRow[]> {
  authorize(actor, 'manage:users');
  const keys = await db().passkey.findMany({
    where: { userId, user: { deletedAt: null } },
    orderBy: { createdAt: 'asc' },
    select: rowSelect,
  });
  return keys.map(toRow);
}

/**
 * An admin removes a lost passkey of someone else: every session of theirs ends (whoever holds the lost device may
 * be signed in with it). Audited with the passkey's name.
 */
export async function resetStaffPasskey(
  actor: Admin,
  userId: string,
  passkeyId: string,
): Promise<{ ok: true } | { ok: false; error: 'not-found' }> {
  authorize(actor, 'manage:users');
  const key = await db().passkey.findFirst({
    where: { id: passkeyId, userId, user: { deletedAt: null } },
    select: { name: true, user: { select: { email: true } } },
  });
  if (!key) return { ok: false, error: 'not-found' };
  await db().$transaction(async (tx) => {
    await tx.passkey.delete({ where: { id: passkeyId } });
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await tx.session.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
    await recordAudit(
      tx,
      actor,
      'user.passkey-reset',
      { type: 'user', id: userId },
      { email: key.user.email, passkey: key.name },
    );
  });
  return { ok: true };
}
