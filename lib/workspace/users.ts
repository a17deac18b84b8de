import 'server-only';
import type { Locale } from '@/i18n/routing';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem, type PasswordProblem } from '@/lib/auth/password-policy';
import { consumePasswordToken, issuePasswordToken, peekPasswordToken } from '@/lib/auth/password-tokens';
import { authorize, type Actor, type Role } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { recordAudit, type AuditContext } from './audit';
import { sendSetPasswordMail } from './mail';

/** User administration (admins only): every function authorizes `manage:users` itself. */
type Admin = Actor & AuditContext;

export interface StaffRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  languages: Locale[];
  disabled: boolean;
  lockedUntil: Date | null;
  totpEnabled: boolean;
  passkeys: number;
  lastLoginAt: Date | null;
  hasPassword: boolean;
  createdAt: Date;
}

const staffSelect = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  languages: true,
  disabled: true,
  lockedUntil: true,
  totpEnabledAt: true,
  lastLoginAt: true,
  passwordHash: true,
  createdAt: true,
  _count: { select: { passkeys: true } },
} as const;

function toStaffRow(user: {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  languages: Locale[];
  disabled: boolean;
  lockedUntil: Date | null;
  totpEnabledAt: Date | null;
  lastLoginAt: Date | null;
  passwordHash: string | null;
  createdAt: Date;
  _count: { passkeys: number };
}): StaffRow {
  const { totpEnabledAt, passwordHash, _count, ...rest } = user;
  return {
    ...rest,
    totpEnabled: Boolean(totpEnabledAt),
    passkeys: _count.passkeys,
    hasPassword: Boolean(passwordHash),
  };
}

export async function listStaff(actor: Actor): Promise<StaffRow[]> {
  authorize(actor, 'manage:users');
  const users = await db().user.findMany({
    where: { deletedAt: null },
    orderBy: [{ disabled: 'asc' }, { displayName: 'asc' }],
    select: staffSelect,
  });
  return users.map(toStaffRow);
}

export async function getStaff(actor: Actor, id: string): Promise<StaffRow | null> {
  authorize(actor, 'manage:users');
  const user = await db().user.findFirst({ where: { id, deletedAt: null }, select: staffSelect });
  return user ? toStaffRow(user) : null;
}

export type UserChangeError = 'email-taken' | 'not-found' | 'last-admin';

export interface SetPasswordLink {
  url: string;
  expiresAt: Date;
  mailed: boolean;
}

function linkFor(token: string): string {
  return new URL(`/admin/set-password/${token}`, env().PUBLIC_BASE_URL).toString();
}

export async function createStaff(
  actor: Admin,
  input: { email: string; displayName: string; role: Role; languages: Locale[] },
): Promise<{ ok: true; id: string; link: SetPasswordLink } | { ok: false; error: UserChangeError }> {
  authorize(actor, 'manage:users');
  const email = input.email.trim().toLowerCase();
  const taken = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (taken) return { ok: false, error: 'email-taken' };
  const { id, token, expiresAt } = await db().$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, displayName: input.displayName, role: input.role, languages: input.languages },
      select: { id: true },
    });
    const issued = await issuePasswordToken(tx, user.id, actor.id);
    await recordAudit(tx, actor, 'user.created', { type: 'user', id: user.id }, { email, role: input.role });
    return { id: user.id, ...issued };
  });
  const url = linkFor(token);
  const mailed = await sendSetPasswordMail(email, input.displayName, url, expiresAt);
  return { ok: true, id, link: { url, expiresAt, mailed } };
}

/** The target must exist and not be deleted; an admin cannot take away the last enabled admin. */
async function target(id: string) {
  return db().user.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, email: true, role: true, disabled: true, languages: true, displayName: true },
  });
}

async function isLastAdmin(id: string): Promise<boolean> {
  const admins = await db().user.findMany({
    where: { role: 'admin', disabled: false, deletedAt: null },
    select: { id: true },
  });
  return admins.length === 1 && admins[0]?.id === id;
}

export async function updateStaff(
  actor: Admin,
  id: string,
  input: { displayName: string; role: Role; languages: Locale[] },
): Promise<{ ok: true } | { ok: false; error: UserChangeError }> {
  authorize(actor, 'manage:users');
  const user = await target(id);
  if (!user) return { ok: false, error: 'not-found' };
  if (user.role === 'admin' && input.role !== 'admin' && (await isLastAdmin(id))) {
    return { ok: false, error: 'last-admin' };
  }
  const roleChanged = user.role !== input.role;
  const languagesChanged = [...user.languages].sort().join() !== [...input.languages].sort().join();
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id },
      data: {
        displayName: input.displayName,
        role: input.role,
        languages: input.languages,
        // New rights start with a new session: the old ones end on their next request.
        ...(roleChanged || languagesChanged ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    if (roleChanged || languagesChanged) {
      await tx.session.updateMany({ where: { userId: id, endedAt: null }, data: { endedAt: new Date() } });
    }
    if (roleChanged) {
      await recordAudit(tx, actor, 'user.role-changed', { type: 'user', id }, { from: user.role, to: input.role });
    }
    if (languagesChanged) {
      await recordAudit(
        tx,
        actor,
        'user.languages-changed',
        { type: 'user', id },
        { from: user.languages, to: input.languages },
      );
    }
  });
  return { ok: true };
}

type Simple = { ok: true } | { ok: false; error: UserChangeError };

async function change(
  actor: Admin,
  id: string,
  action: string,
  data: Parameters<ReturnType<typeof db>['user']['update']>[0]['data'],
  guardLastAdmin = false,
): Promise<Simple> {
  authorize(actor, 'manage:users');
  const user = await target(id);
  if (!user) return { ok: false, error: 'not-found' };
  if (guardLastAdmin && user.role === 'admin' && (await isLastAdmin(id))) return { ok: false, error: 'last-admin' };
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data });
    if (data.sessionVersion)
      await tx.session.updateMany({ where: { userId: id, endedAt: null }, data: { endedAt: new Date() } });
    // A disabled or deleted account's unused set-password links die with it (re-enabling must not revive them).
    if (data.disabled === true)
      await tx.passwordToken.updateMany({ where: { userId: id, usedAt: null }, data: { usedAt: new Date() } });
    await recordAudit(tx, actor, action, { type: 'user', id }, { email: user.email });
  });
  return { ok: true };
}

export const disableStaff = (actor: Admin, id: string) =>
  change(actor, id, 'user.disabled', { disabled: true, sessionVersion: { increment: 1 } }, true);

export const enableStaff = (actor: Admin, id: string) => change(actor, id, 'user.enabled', { disabled: false });

export const unlockStaff = (actor: Admin, id: string) =>
  change(actor, id, 'user.unlocked', { lockedUntil: null, failuresClearedAt: new Date() });

export async function resetStaffTwoFactor(actor: Admin, id: string): Promise<Simple> {
  const result = await change(actor, id, 'user.2fa-reset', {
    totpSecretEncrypted: null,
    totpEnabledAt: null,
    totpLastStep: null,
    sessionVersion: { increment: 1 },
  });
  // Recovery codes stay while a passkey still makes them a second factor's fallback.
  if (result.ok && (await db().passkey.count({ where: { userId: id } })) === 0) {
    await db().recoveryCode.deleteMany({ where: { userId: id } });
  }
  return result;
}

/**
 * Deleting keeps the row (content and audit trail stay attributed) and frees the address for a new account; its
 * passkeys go.
 */
export async function deleteStaff(actor: Admin, id: string): Promise<Simple> {
  if (id === actor.id) return { ok: false, error: 'last-admin' };
  const result = await change(
    actor,
    id,
    'user.deleted',
    {
      deletedAt: new Date(),
      disabled: true,
      email: `deleted-${id}@deleted.invalid`,
      passwordHash: null,
      totpSecretEncrypted: null,
      sessionVersion: { increment: 1 },
    },
    true,
  );
  if (result.ok) await db().passkey.deleteMany({ where: { userId: id } });
  return result;
}

/** A fresh one-time link (e.g. a forgotten password): the old password stops working once the link is used. */
export async function issueSetPasswordLink(
  actor: Admin,
  id: string,
): Promise<{ ok: true; link: SetPasswordLink } | { ok: false; error: UserChangeError }> {
  authorize(actor, 'manage:users');
  const user = await target(id);
  if (!user) return { ok: false, error: 'not-found' };
  const { token, expiresAt } = await db().$transaction(async (tx) => {
    const issued = await issuePasswordToken(tx, id, actor.id);
    await recordAudit(tx, actor, 'user.password-link-issued', { type: 'user', id }, { email: user.email });
    return issued;
  });
  const url = linkFor(token);
  return {
    ok: true,
    link: { url, expiresAt, mailed: await sendSetPasswordMail(user.email, user.displayName, url, expiresAt) },
  };
}

/** For the set-password page: who the link is for, if it is still good. No session needed: the token is the right. */
export async function setPasswordLinkTarget(token: string) {
  return peekPasswordToken(db(), token);
}

export async function setPasswordWithToken(
  token: string,
  password: string,
  ip: string,
): Promise<{ ok: true; email: string } | { ok: false; error: 'invalid-link' | PasswordProblem }> {
  const peek = await peekPasswordToken(db(), token);
  if (!peek) return { ok: false, error: 'invalid-link' };
  const problem = passwordProblem(password, { email: peek.email });
  if (problem) return { ok: false, error: problem };
  const passwordHash = await hashPassword(password);
  const userId = await db().$transaction(async (tx) => {
    const id = await consumePasswordToken(tx, token);
    if (!id) return null;
    await tx.user.update({
      where: { id },
      data: {
        passwordHash,
        lockedUntil: null,
        failuresClearedAt: new Date(),
        sessionVersion: { increment: 1 },
      },
    });
    await tx.session.updateMany({ where: { userId: id, endedAt: null }, data: { endedAt: new Date() } });
    await recordAudit(tx, { id, email: peek.email, ip }, 'user.password-set', { type: 'user', id });
    return id;
  });
  return userId ? { ok: true, email: peek.email } : { ok: false, error: 'invalid-link' };
}
