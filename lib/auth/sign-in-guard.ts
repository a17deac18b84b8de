import 'server-only';
import { randomInt } from 'node:crypto';
import { db } from '@/lib/db';
import type { AttemptStep, Prisma } from '@/lib/generated/prisma/client';

/**
 * Brute-force protection shared by every way in (password, password and code, password and passkey, passkey), kept
 * in the database so restarts change nothing. Failures count per e-mail address *and* client address, so someone who
 * only knows an e-mail address cannot keep its owner out:
 *
 * - one address: more than 50 failed attempts in an hour (any accounts) → HTTP 429 for the rest of the hour;
 * - one account from one address: four free failures, then a wait of 1, 2, 4 … minutes (at most a day) after each
 *   further one; a sign-in from that address resets it, other addresses are not affected;
 * - one account from everywhere: 20 failures in 15 minutes lock it: a password alone is then refused *without being
 *   checked* (so the lock is no oracle), while a password with a code or a passkey, or a passkey alone, is checked
 *   as usual and gets in;
 * - 10 wrong codes after the right password in an hour stop code sign-ins for the account (its password is known
 *   to someone); passkeys still work.
 *
 * E-mail addresses without an account behave the same way, so none of this tells who has an account. The owner is
 * told: on the next sign-in (a notice in the workspace) and by e-mail when SMTP is configured.
 * See docs/decisions/015-sign-in-lockout-and-client-addresses.md.
 */
export const SIGN_IN_LIMITS = {
  failuresPerAddressHour: 50,
  freeFailuresPerAddress: 4,
  delayWindowHours: 24,
  maxDelayMinutes: 24 * 60,
  lockFailures: 20,
  lockWindowMinutes: 15,
  codeFailuresHour: 10,
  /** Attempts are kept this long (the longest window above), then purged. */
  keepAttemptsHours: 48,
} as const;

type Tx = Prisma.TransactionClient;
type Client = Tx | ReturnType<typeof db>;

const minutesBefore = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000);
const latest = (...dates: (Date | null | undefined)[]) =>
  new Date(Math.max(...dates.map((date) => (date ? date.getTime() : 0))));

/** Minutes one address waits after its `failures`-th failure on one account. */
export function delayMinutes(failures: number): number {
  const over = failures - SIGN_IN_LIMITS.freeFailuresPerAddress;
  return over <= 0 ? 0 : Math.min(2 ** (over - 1), SIGN_IN_LIMITS.maxDelayMinutes);
}

export async function auditSignIn(
  client: Client,
  action: string,
  attempt: { email: string; ip: string },
  userId: string | null,
  details: Record<string, string | number> = {},
): Promise<void> {
  await client.auditEvent.create({
    data: {
      action,
      actorId: userId,
      actorLabel: attempt.email,
      targetType: 'user',
      targetId: userId ?? '',
      ip: attempt.ip,
      details,
    },
  });
}

export interface Attempt {
  id: string;
  email: string;
  ip: string;
  now: Date;
}

/** Deletes attempts older than every window (exported for the test that checks the table stays bounded). */
export async function purgeOldAttempts(now: Date): Promise<number> {
  const { count } = await db().loginAttempt.deleteMany({
    where: { createdAt: { lt: minutesBefore(now, SIGN_IN_LIMITS.keepAttemptsHours * 60) } },
  });
  return count;
}

/**
 * Records the attempt before any work (parallel attempts from one address count each other) and applies the
 * per-address limit. `null` means rate-limited.
 */
export async function openAttempt(email: string, ip: string, now: Date): Promise<Attempt | null> {
  const { id } = await db().loginAttempt.create({ data: { ip, email, createdAt: now }, select: { id: true } });
  // Now and then (one attempt in 64), attempts older than every window go: the table holds about two days.
  if (randomInt(64) === 0) await purgeOldAttempts(now);
  const failures = await db().loginAttempt.count({
    where: { ip, outcome: { not: 'succeeded' }, createdAt: { gt: minutesBefore(now, 60) } },
  });
  const attempt = { id, email, ip, now };
  if (failures <= SIGN_IN_LIMITS.failuresPerAddressHour) return attempt;
  await db().loginAttempt.update({ where: { id }, data: { outcome: 'refused' } });
  // Once per window in the log: a flood of refused requests must not flood the audit trail too.
  if (failures === SIGN_IN_LIMITS.failuresPerAddressHour + 1)
    await auditSignIn(db(), 'sign-in.rate-limited', attempt, null);
  return null;
}

/** One account's checks at a time, for known and unknown addresses alike (a transaction-scoped advisory lock). */
export async function serializeEmail(tx: Tx, email: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`;
}

/** What the account (known or not) and this address may do now. */
export interface AccountState {
  /** Failures of this address on this account that still count. */
  addressFailures: number;
  /** Seconds this address must wait before its next attempt on this account (0: none). */
  waitSeconds: number;
  /** Failed sign-ins from many addresses: a password alone is not enough. */
  locked: boolean;
  /** Wrong codes after the right password in the last hour; from `codeFailuresHour` on, codes are not checked. */
  codeFailures: number;
}

interface KnownAccount {
  id: string;
  lockedUntil: Date | null;
  failuresClearedAt: Date | null;
}

export async function accountState(tx: Tx, attempt: Attempt, user: KnownAccount | null): Promise<AccountState> {
  const { email, ip, now } = attempt;
  const cleared = user?.failuresClearedAt;
  const lastSuccess = await tx.loginAttempt.findFirst({
    where: { email, ip, outcome: 'succeeded' },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const pairSince = latest(minutesBefore(now, SIGN_IN_LIMITS.delayWindowHours * 60), cleared, lastSuccess?.createdAt);
  const pairFailures = await tx.loginAttempt.findMany({
    where: { email, ip, outcome: 'failed', createdAt: { gt: pairSince } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const lastFailure = pairFailures[0]?.createdAt;
  const waitUntil = lastFailure ? lastFailure.getTime() + delayMinutes(pairFailures.length) * 60_000 : 0;
  const waitSeconds = Math.max(0, Math.ceil((waitUntil - now.getTime()) / 1000));
  const codeFailures = user
    ? await tx.loginAttempt.count({
        where: {
          userId: user.id,
          step: 'code',
          outcome: 'failed',
          createdAt: { gt: latest(minutesBefore(now, 60), cleared) },
        },
      })
    : 0;
  return {
    addressFailures: pairFailures.length,
    waitSeconds,
    locked: Boolean(user?.lockedUntil && user.lockedUntil > now) || (await lockedUntil(tx, email, now, cleared)) > now,
    codeFailures,
  };
}

export const codesStopped = (state: AccountState) => state.codeFailures >= SIGN_IN_LIMITS.codeFailuresHour;

/** When the failures of the last window stop locking the e-mail address (in the past when it is not locked). */
async function lockedUntil(tx: Tx, email: string, now: Date, cleared: Date | null | undefined): Promise<Date> {
  const recent = await tx.loginAttempt.findMany({
    where: {
      email,
      outcome: 'failed',
      createdAt: { gt: latest(minutesBefore(now, SIGN_IN_LIMITS.lockWindowMinutes), cleared) },
    },
    orderBy: { createdAt: 'desc' },
    take: SIGN_IN_LIMITS.lockFailures,
    select: { createdAt: true },
  });
  const oldest = recent[SIGN_IN_LIMITS.lockFailures - 1];
  return oldest ? new Date(oldest.createdAt.getTime() + SIGN_IN_LIMITS.lockWindowMinutes * 60_000) : new Date(0);
}

/** Turned away without a check (waiting, locked, codes stopped). Audited; counts only towards the address's limit. */
export async function recordRefusal(tx: Tx, attempt: Attempt, userId: string | null, why: string): Promise<void> {
  await tx.loginAttempt.update({ where: { id: attempt.id }, data: { outcome: 'refused', userId } });
  await auditSignIn(tx, 'sign-in.refused', attempt, userId, { why });
}

/** Something the owner of an account should hear about by e-mail (sent after the transaction, at most hourly). */
export type SecurityAlert = 'delayed' | 'locked' | 'codes-stopped';

export interface HolderToTell {
  id: string;
  email: string;
  displayName: string;
  lockedUntil: Date | null;
  failuresClearedAt: Date | null;
  securityMailAt: Date | null;
}

export interface AlertMail {
  to: string;
  name: string;
  alert: SecurityAlert;
  failures: number;
  addresses: string[];
}

/**
 * A credential was checked and was wrong. Counts towards the delays and the lock; a known account that crosses a
 * threshold is locked (its `lockedUntil` set for the staff list), audited, and its owner is to be e-mailed.
 */
export async function recordFailure(
  tx: Tx,
  attempt: Attempt,
  user: HolderToTell | null,
  step: AttemptStep,
  why: string,
): Promise<AlertMail | null> {
  const { email, now } = attempt;
  await tx.loginAttempt.update({ where: { id: attempt.id }, data: { outcome: 'failed', step, userId: user?.id } });
  await auditSignIn(tx, 'sign-in.failed', attempt, user?.id ?? null, { why });
  if (!user) return null;
  let alert: SecurityAlert | null = null;
  const state = await accountState(tx, attempt, user);
  if (state.addressFailures === SIGN_IN_LIMITS.freeFailuresPerAddress + 1) alert = 'delayed';
  const until = await lockedUntil(tx, email, now, user.failuresClearedAt);
  if (until > now) {
    const newly = !user.lockedUntil || user.lockedUntil <= now;
    await tx.user.update({ where: { id: user.id }, data: { lockedUntil: latest(until, user.lockedUntil) } });
    if (newly) {
      await auditSignIn(tx, 'user.locked', attempt, user.id, { until: until.toISOString() });
      alert = 'locked';
    }
  }
  if (step === 'code' && state.codeFailures === SIGN_IN_LIMITS.codeFailuresHour) {
    await auditSignIn(tx, 'user.codes-stopped', attempt, user.id);
    alert = 'codes-stopped';
  }
  if (!alert || (user.securityMailAt && user.securityMailAt > minutesBefore(now, 60))) return null;
  await tx.user.update({ where: { id: user.id }, data: { securityMailAt: now } });
  const summary = await failuresSince(tx, email, minutesBefore(now, 60), null);
  return { to: user.email, name: user.displayName, alert, ...summary };
}

/** Failed and refused attempts on an e-mail address since `since`, and (up to five of) the addresses they came from. */
async function failuresSince(
  tx: Tx,
  email: string,
  since: Date,
  exceptIp: string | null,
): Promise<{ failures: number; addresses: string[] }> {
  const where: Prisma.LoginAttemptWhereInput = {
    email,
    outcome: { in: ['failed', 'refused'] },
    createdAt: { gt: since },
    ...(exceptIp ? { ip: { not: exceptIp } } : {}),
  };
  const [failures, addresses] = await Promise.all([
    tx.loginAttempt.count({ where }),
    tx.loginAttempt.findMany({ where, distinct: ['ip'], select: { ip: true }, take: 5 }),
  ]);
  return { failures, addresses: addresses.map((row) => row.ip) };
}

/** What the owner is shown after signing in: failed attempts from elsewhere since their previous sign-in. */
export interface SignInNotice {
  failures: number;
  addresses: string[];
  locked: boolean;
  since: string | null;
}

/**
 * The attempt succeeded: it resets this address's delay for the account. Returns the notice for the new session
 * (null when nothing happened since the previous sign-in, apart from this address's own typing errors).
 */
export async function recordSuccess(
  tx: Tx,
  attempt: Attempt,
  user: { id: string; lastLoginAt: Date | null },
): Promise<SignInNotice | null> {
  await tx.loginAttempt.update({ where: { id: attempt.id }, data: { outcome: 'succeeded', userId: user.id } });
  const since = user.lastLoginAt ?? new Date(0);
  const { failures, addresses } = await failuresSince(tx, attempt.email, since, attempt.ip);
  if (failures === 0) return null;
  const locked = await tx.auditEvent.count({
    where: { action: 'user.locked', targetId: user.id, createdAt: { gt: since } },
  });
  return { failures, addresses, locked: locked > 0, since: user.lastLoginAt?.toISOString() ?? null };
}
