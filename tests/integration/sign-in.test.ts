/**
 * Password sign-in and its brute-force protection (lib/auth/sign-in-guard.ts), on a real database with explicit
 * clocks: failures count per e-mail address and client address with growing delays, many addresses lock the account
 * against a password alone but not against a second factor, wrong codes stop codes, and the owner is told.
 */
import { hash } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { generateRecoveryCodes, hashRecoveryCode } from '@/lib/auth/recovery-codes';
import { sealSecret } from '@/lib/auth/secret-box';
import type * as SignIn from '@/lib/auth/sign-in';
import { generateTotpSecret, totpCode, totpStep } from '@/lib/auth/totp';
import { startSmtp, type SmtpServer } from '../support/smtp';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
const key = 'ab'.repeat(32);
const password = 'correct horse battery staple';
let signIn: typeof SignIn.signInWithPassword;
let smtp: SmtpServer;

async function user(email: string, data: Record<string, unknown> = {}) {
  return db.prisma().user.create({
    data: { email, displayName: email, role: 'editor', passwordHash: await hashPassword(password), ...data },
    select: { id: true },
  });
}

async function withTotp(email: string) {
  const secret = generateTotpSecret();
  const { id } = await user(email, { totpSecretEncrypted: sealSecret(secret, key), totpEnabledAt: t0 });
  return { id, secret };
}

beforeAll(async () => {
  smtp = await startSmtp();
  workspaceEnv(db, { SMTP_URL: smtp.url, MAIL_FROM: 'Habar <habar@example.org>', DEFAULT_LOCALE: 'en' });
  signIn = (await import('@/lib/auth/sign-in')).signInWithPassword;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

const t0 = new Date('2026-11-24T10:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const reasons = async (id: string) =>
  (
    await db.prisma().auditEvent.findMany({
      where: { actorId: id, action: { in: ['sign-in.failed', 'sign-in.refused'] } },
      orderBy: { createdAt: 'asc' },
      select: { details: true },
    })
  ).map((event) => (event.details as { why?: string }).why);

describe('signing in with a password', () => {
  it('succeeds with the right password (any case of the address) and audits it', async () => {
    const { id } = await user('ok@example.org');
    const result = await signIn({ email: 'OK@Example.org', password, ip: '10.0.0.1', now: t0 });
    expect(result).toMatchObject({ ok: true, user: { id, role: 'editor' }, method: 'password' });
    expect(await db.prisma().auditEvent.count({ where: { action: 'sign-in.succeeded', actorId: id } })).toBe(1);
  });

  it('gives the same answer for an unknown address, a wrong password and a disabled account', async () => {
    await user('disabled@example.org', { disabled: true });
    await user('known@example.org');
    for (const attempt of [
      { email: 'nobody@example.org', password },
      { email: 'known@example.org', password: 'wrong password entirely' },
      { email: 'disabled@example.org', password },
    ]) {
      expect(await signIn({ ...attempt, ip: '10.0.0.2', now: t0 })).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await db.prisma().auditEvent.count({ where: { action: 'sign-in.failed' } })).toBeGreaterThanOrEqual(3);
  });

  it('upgrades a hash made with weaker parameters', async () => {
    const weak = await hash(password, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    const { id } = await db.prisma().user.create({
      data: { email: 'old@example.org', displayName: 'Old', role: 'editor', passwordHash: weak },
      select: { id: true },
    });
    expect((await signIn({ email: 'old@example.org', password, ip: '10.0.0.3', now: t0 })).ok).toBe(true);
    const stored = await db.prisma().user.findUnique({ where: { id }, select: { passwordHash: true } });
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('failures per account and address', () => {
  it('lets one address fail four times, then makes it wait 1, 2, 4 … minutes; a sign-in resets it', async () => {
    const { id } = await user('delays@example.org');
    const attempt = (at: Date, secret = 'a wrong guess here') =>
      signIn({ email: 'delays@example.org', password: secret, ip: '10.1.0.1', now: at });
    for (let i = 0; i < 5; i++) expect(await attempt(t0)).toEqual({ ok: false, reason: 'invalid' });
    // The fifth failure starts a one-minute wait; during it even the right password is not checked.
    expect(await attempt(minutes(0.5), password)).toEqual({ ok: false, reason: 'delayed', retryAfterSeconds: 30 });
    expect(await attempt(minutes(1))).toEqual({ ok: false, reason: 'invalid' });
    expect(await attempt(minutes(2.5))).toEqual({ ok: false, reason: 'delayed', retryAfterSeconds: 30 });
    expect(await attempt(minutes(3))).toEqual({ ok: false, reason: 'invalid' });
    expect(await attempt(minutes(6))).toMatchObject({ reason: 'delayed', retryAfterSeconds: 60 });
    expect((await attempt(minutes(7), password)).ok).toBe(true);
    // The success from this address starts it afresh.
    expect(await attempt(minutes(7))).toEqual({ ok: false, reason: 'invalid' });
    expect(await attempt(minutes(7), password)).toMatchObject({ ok: true });
    expect(await reasons(id)).toEqual([
      'password',
      'password',
      'password',
      'password',
      'password',
      'waiting',
      'password',
      'waiting',
      'password',
      'waiting',
      'password',
    ]);
  });

  it("an attacker's five failures from address A do not keep the owner out: password and code from B get in", async () => {
    const { id, secret } = await withTotp('owner@example.org');
    for (let i = 0; i < 5; i++) {
      await signIn({ email: 'owner@example.org', password: `attacker guess ${i}`, ip: '203.0.113.7', now: t0 });
    }
    expect(await signIn({ email: 'owner@example.org', password, ip: '203.0.113.7', now: minutes(0.5) })).toMatchObject({
      reason: 'delayed',
    });
    const owner = { email: 'owner@example.org', password, ip: '198.51.100.20' };
    expect(await signIn({ ...owner, now: minutes(0.5) })).toEqual({
      ok: false,
      reason: 'secondFactorRequired',
      methods: { totp: true, passkey: false },
    });
    const result = await signIn({ ...owner, code: totpCode(secret, totpStep(minutes(0.5))), now: minutes(0.5) });
    expect(result).toMatchObject({ ok: true, user: { id }, method: 'password_totp' });
    // The owner is told about the attempts from elsewhere.
    expect(result.ok && result.notice).toMatchObject({ failures: 6, addresses: ['203.0.113.7'], locked: false });
  });

  it('treats e-mail addresses without an account the same way (nothing tells who has one)', async () => {
    const attempt = (at: Date) =>
      signIn({ email: 'ghost@example.org', password: 'some guess', ip: '10.1.0.2', now: at });
    for (let i = 0; i < 5; i++) expect(await attempt(t0)).toEqual({ ok: false, reason: 'invalid' });
    expect(await attempt(minutes(0.5))).toEqual({ ok: false, reason: 'delayed', retryAfterSeconds: 30 });
  });
});

describe('many addresses lock an account against a password alone', () => {
  async function spray(email: string, addresses: number, each: number, at: Date) {
    for (let a = 0; a < addresses; a++) {
      for (let i = 0; i < each; i++) {
        await signIn({ email, password: `spray ${a}-${i}`, ip: `172.16.${a}.1`, now: at });
      }
    }
  }

  it('after 20 failures in 15 minutes a password alone is refused unchecked, a code still gets in', async () => {
    const { id, secret } = await withTotp('sprayed@example.org');
    await spray('sprayed@example.org', 5, 4, t0);
    const row = await db.prisma().user.findUniqueOrThrow({ where: { id }, select: { lockedUntil: true } });
    expect(row.lockedUntil?.toISOString()).toBe(minutes(15).toISOString());
    expect(await db.prisma().auditEvent.count({ where: { action: 'user.locked', actorId: id } })).toBe(1);
    const fresh = { email: 'sprayed@example.org', ip: '198.51.100.30', now: minutes(1) };
    // Right or wrong, a password alone gets the same answer, without being checked.
    expect(await signIn({ ...fresh, password })).toEqual({ ok: false, reason: 'locked' });
    expect(await signIn({ ...fresh, password: 'another guess' })).toEqual({ ok: false, reason: 'locked' });
    // A wrong code with the right password is an ordinary failure; the right code gets in.
    expect(await signIn({ ...fresh, password, code: '000000' })).toEqual({ ok: false, reason: 'invalid' });
    const result = await signIn({ ...fresh, password, code: totpCode(secret, totpStep(fresh.now)) });
    expect(result).toMatchObject({ ok: true, method: 'password_totp' });
    expect(result.ok && result.notice).toMatchObject({ failures: 20, locked: true });
    expect((result.ok && result.notice?.addresses.length) || 0).toBe(5);
    // Once the failures are older than 15 minutes the lock is gone.
    expect((await signIn({ ...fresh, password: 'x'.repeat(12), now: minutes(17) })).ok).toBe(false);
    expect(await signIn({ ...fresh, password, now: minutes(17) })).toMatchObject({ reason: 'secondFactorRequired' });
  });

  it('an account without a second factor stays shut while locked; an admin unlock opens it', async () => {
    const { id } = await user('plain@example.org');
    await spray('plain@example.org', 5, 4, t0);
    const fresh = { email: 'plain@example.org', password, ip: '198.51.100.31' };
    expect(await signIn({ ...fresh, now: minutes(1) })).toEqual({ ok: false, reason: 'locked' });
    await db.prisma().user.update({ where: { id }, data: { lockedUntil: null, failuresClearedAt: minutes(2) } });
    expect(await signIn({ ...fresh, now: minutes(3) })).toMatchObject({ ok: true, method: 'password' });
  });

  it('locks an address without an account the same way', async () => {
    await spray('nobody-sprayed@example.org', 5, 4, t0);
    expect(
      await signIn({ email: 'nobody-sprayed@example.org', password, ip: '198.51.100.32', now: minutes(1) }),
    ).toEqual({ ok: false, reason: 'locked' });
  });

  it('e-mails the owner once when the account is locked (SMTP configured)', async () => {
    const before = smtp.received.length;
    await user('told@example.org', { displayName: 'Told Owner' });
    await spray('told@example.org', 5, 4, t0);
    await smtp.waitFor(before + 1);
    const mails = smtp.received
      .slice(before)
      .map((message) => smtp.decode(message))
      .filter((mail) => mail.includes('To: told@example.org'));
    // No address ran out of its free failures; the lock is the one thing to tell, once.
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('To: told@example.org');
    expect(mails[0]).toContain('Hello Told Owner');
    expect(mails[0]).toContain('172.16.0.1');
  });
});

describe('second factor', () => {
  it('asks for a code, accepts a TOTP code once, and a recovery code once', async () => {
    const { id, secret } = await withTotp('twofa@example.org');
    const [recovery] = generateRecoveryCodes(1);
    await db.prisma().recoveryCode.create({ data: { userId: id, codeHash: hashRecoveryCode(recovery as string) } });
    const base = { email: 'twofa@example.org', password, ip: '10.0.0.4' };
    expect(await signIn({ ...base, now: t0 })).toMatchObject({ ok: false, reason: 'secondFactorRequired' });
    expect(await signIn({ ...base, code: '000000', now: t0 })).toEqual({ ok: false, reason: 'invalid' });
    const code = totpCode(secret, totpStep(t0));
    expect((await signIn({ ...base, code, now: t0 })).ok).toBe(true);
    expect(await signIn({ ...base, code, now: t0 })).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn({ ...base, code: (recovery as string).toUpperCase(), now: t0 })).toMatchObject({
      ok: true,
      method: 'password_recovery_code',
    });
    expect(await signIn({ ...base, code: recovery, now: t0 })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('ten wrong codes after the right password in an hour stop codes (from any address) and tell the owner', async () => {
    const before = smtp.received.length;
    const { id, secret } = await withTotp('phished@example.org');
    for (let i = 0; i < 10; i++) {
      const result = await signIn({
        email: 'phished@example.org',
        password,
        code: String(100000 + i),
        ip: `192.0.2.${i + 1}`,
        now: minutes(i),
      });
      expect(result).toEqual({ ok: false, reason: 'invalid' });
    }
    const right = totpCode(secret, totpStep(minutes(11)));
    expect(
      await signIn({ email: 'phished@example.org', password, code: right, ip: '198.51.100.40', now: minutes(11) }),
    ).toEqual({ ok: false, reason: 'invalid' });
    expect((await reasons(id)).at(-1)).toBe('codes stopped');
    expect(await db.prisma().auditEvent.count({ where: { action: 'user.codes-stopped', actorId: id } })).toBe(1);
    // An hour after the first wrong codes they count no more.
    const later = minutes(71);
    const again = await signIn({
      email: 'phished@example.org',
      password,
      code: totpCode(secret, totpStep(later)),
      ip: '198.51.100.40',
      now: later,
    });
    expect(again.ok).toBe(true);
    await smtp.waitFor(before + 1);
    const mails = smtp.received.slice(before).map((message) => smtp.decode(message));
    expect(mails.some((mail) => mail.includes('your password is probably known to someone'))).toBe(true);
  });
});

describe('the per-address limit', () => {
  it('refuses more than 50 failures an hour from one address with rateLimited', async () => {
    await db.prisma().loginAttempt.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({
        ip: '10.9.9.9',
        email: `spray${i}@example.org`,
        outcome: 'failed' as const,
        createdAt: minutes(-30),
      })),
    });
    await user('sprayed-ip@example.org');
    expect(await signIn({ email: 'sprayed-ip@example.org', password, ip: '10.9.9.9', now: t0 })).toEqual({
      ok: false,
      reason: 'rateLimited',
    });
    expect((await signIn({ email: 'sprayed-ip@example.org', password, ip: '10.9.9.9', now: minutes(31) })).ok).toBe(
      true,
    );
  });
});

describe('the attempt log', () => {
  it('keeps two days of attempts: older ones are purged', async () => {
    const { purgeOldAttempts } = await import('@/lib/auth/sign-in-guard');
    await db.prisma().loginAttempt.createMany({
      data: [
        { ip: '10.5.0.1', email: 'old-attempt@example.org', outcome: 'failed', createdAt: minutes(-49 * 60) },
        { ip: '10.5.0.1', email: 'old-attempt@example.org', outcome: 'failed', createdAt: minutes(-47 * 60) },
      ],
    });
    expect(await purgeOldAttempts(t0)).toBeGreaterThanOrEqual(1);
    const left = await db.prisma().loginAttempt.findMany({ where: { email: 'old-attempt@example.org' } });
    expect(left.map((row) => row.createdAt)).toEqual([minutes(-47 * 60)]);
  });
});

describe('parallel attempts', () => {
  it('cannot stretch the delays: of 20 simultaneous guesses from one address exactly 5 are checked', async () => {
    const { id } = await user('parallel@example.org');
    const guesses = Array.from({ length: 20 }, (_, i) =>
      signIn({ email: 'parallel@example.org', password: `parallel guess ${i}`, ip: '10.9.0.1', now: t0 }),
    );
    expect((await Promise.all(guesses)).every((result) => !result.ok)).toBe(true);
    const why = await reasons(id);
    expect(why.filter((reason) => reason === 'password')).toHaveLength(5);
    expect(why.filter((reason) => reason === 'waiting')).toHaveLength(15);
  });

  it('cannot stretch the per-address limit: of 70 simultaneous failures at most 50 are answered before the 429s', async () => {
    const ip = '10.8.0.1';
    const results = await Promise.all(
      Array.from({ length: 70 }, (_, i) => signIn({ email: `nobody-${i}@example.org`, password, ip, now: t0 })),
    );
    const answered = results.filter((result) => !result.ok && result.reason === 'invalid');
    expect(answered.length).toBeLessThanOrEqual(50);
    expect(results.filter((result) => !result.ok && result.reason === 'rateLimited').length).toBeGreaterThanOrEqual(20);
  });

  it('accepts one TOTP code once even when it is sent twice at the same moment', async () => {
    const { secret } = await withTotp('replay@example.org');
    const code = totpCode(secret, totpStep(t0));
    const base = { email: 'replay@example.org', password, code, ip: '10.7.0.1', now: t0 };
    const results = await Promise.all([signIn(base), signIn({ ...base, ip: '10.7.0.2' })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });
});
