import 'server-only';
import type { Locale } from '@/i18n/routing';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { Prisma, SignInMethod } from '@/lib/generated/prisma/client';
import type { Role } from './permissions';
import type { SignInNotice } from './sign-in-guard';

/**
 * Server-side sessions. The cookie (signed and encrypted by Auth.js) names a `Session` row and the user's session
 * version; every workspace request checks both against the database, so disabling a user, changing their role or
 * password, or "sign out everywhere" ends their sessions on their next request, and idle and absolute timeouts hold
 * even for a stolen cookie.
 */
export interface WorkspaceUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  languages: Locale[];
  interfaceLocale: Locale | null;
  /** IANA zone the workspace shows times in; null: the site's. */
  timeZone: string | null;
  totpEnabled: boolean;
  passkeys: number;
  sessionId: string;
  /** Failed sign-ins on the account before this session began, until the user dismisses the notice. */
  signInNotice: SignInNotice | null;
}

/** lastSeenAt is written at most this often, so reading pages does not turn into a write per request. */
const TOUCH_INTERVAL_MS = 60_000;

export async function startSession(
  userId: string,
  ip: string,
  userAgent: string,
  how: { method: SignInMethod; passkeyId?: string | null; notice?: SignInNotice | null } = { method: 'password' },
): Promise<{ id: string }> {
  return db().session.create({
    data: {
      userId,
      ip,
      userAgent: userAgent.slice(0, 400),
      method: how.method,
      passkeyId: how.passkeyId ?? null,
      ...(how.notice ? { notice: how.notice as unknown as Prisma.InputJsonValue } : {}),
    },
    select: { id: true },
  });
}

export async function endSession(sessionId: string): Promise<void> {
  await db().session.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

export type SessionCheck =
  { ok: true; user: WorkspaceUser } | { ok: false; reason: 'none' | 'ended' | 'expired' | 'disabled' | 'revoked' };

/** The check itself, on explicit claims (exported for the tests; the app calls `currentUser`). */
export async function checkSession(
  claims: { uid: string; sid: string; sv: number } | null,
  now = new Date(),
): Promise<SessionCheck> {
  if (!claims) return { ok: false, reason: 'none' };
  const row = await db().session.findUnique({
    where: { id: claims.sid },
    select: {
      id: true,
      userId: true,
      createdAt: true,
      lastSeenAt: true,
      endedAt: true,
      notice: true,
      user: {
        select: {
          id: true,
          email: true,
          displayName: true,
          role: true,
          languages: true,
          interfaceLocale: true,
          timeZone: true,
          disabled: true,
          deletedAt: true,
          sessionVersion: true,
          totpEnabledAt: true,
          _count: { select: { passkeys: true } },
        },
      },
    },
  });
  if (!row || row.userId !== claims.uid || row.endedAt) return { ok: false, reason: row ? 'ended' : 'none' };
  const { user } = row;
  const refused = user.disabled || user.deletedAt ? 'disabled' : user.sessionVersion !== claims.sv ? 'revoked' : null;
  if (refused) {
    // A session refused once is over for good, and no longer listed as signed in.
    await db().session.update({ where: { id: row.id }, data: { endedAt: now } });
    return { ok: false, reason: refused };
  }
  const settings = env();
  const idle = now.getTime() - row.lastSeenAt.getTime() > settings.SESSION_IDLE_MINUTES * 60_000;
  const tooOld = now.getTime() - row.createdAt.getTime() > settings.SESSION_MAX_HOURS * 3_600_000;
  if (idle || tooOld) {
    await db().session.update({ where: { id: row.id }, data: { endedAt: now } });
    return { ok: false, reason: 'expired' };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db().session.update({ where: { id: row.id }, data: { lastSeenAt: now } });
  }
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      languages: user.languages,
      interfaceLocale: user.interfaceLocale,
      timeZone: user.timeZone,
      totpEnabled: Boolean(user.totpEnabledAt),
      passkeys: user._count.passkeys,
      sessionId: row.id,
      signInNotice: (row.notice as SignInNotice | null) ?? null,
    },
  };
}
