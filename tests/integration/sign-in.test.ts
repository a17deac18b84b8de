import { hash } from '@node-rs/argon2';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { generateRecoveryCodes, hashRecoveryCode } from '@/lib/auth/recovery-codes';
import { sealSecret } from '@/lib/auth/secret-box';
import type { signInWithPassword } from '@/lib/auth/sign-in';
import { generateTotpSecret, totpCode, totpStep } from '@/lib/auth/totp';
import { migratedDatabase } from '../support/test-db';

const db = migratedDatabase();
const key = 'cd'.repeat(32);
const password = 'correct horse battery staple';
let signIn: typeof signInWithPassword;

async function user(email: string, data: Record<string, unknown> = {}) {
  return db.prisma().user.create({
    data: { email, displayName: email, role: 'editor', passwordHash: await hashPassword(password), ...data },
    select: { id: true },
  });
}

beforeAll(async () => {
  process.env.DATABASE_URL = db.url();
  process.env.AUTH_SECRET = 'x'.repeat(32);
  process.env.TOTP_ENCRYPTION_KEY = key;
  signIn = (await import('@/lib/auth/sign-in')).signInWithPassword;
});

const t0 = new Date('2026-11-24T10:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe('signing in with a password', () => {
  it('succeeds with the right password (any case of the address) and audits it', async () => {
    const { id } = await user('ok@example.org');
    const result = await signIn({ email: 'OK@Example.org', password, ip: '10.0.0.1', now: t0 });
    expect(result).toMatchObject({ ok: true, user: { id, role: 'editor' } });
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

  it('locks an account for 15 minutes after 5 failures, even against the right password, in the database', async () => {
    const { id } = await user('target@example.org');
    for (let i = 0; i < 5; i++) {
      expect(
        (await signIn({ email: 'target@example.org', password: `guess number ${i}!`, ip: `10.1.0.${i}`, now: t0 })).ok,
      ).toBe(false);
    }
    const locked = await db.prisma().user.findUnique({ where: { id }, select: { lockedUntil: true } });
    expect(locked?.lockedUntil?.toISOString()).toBe(minutes(15).toISOString());
    expect(await signIn({ email: 'target@example.org', password, ip: '10.1.0.9', now: minutes(5) })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect((await signIn({ email: 'target@example.org', password, ip: '10.1.0.9', now: minutes(16) })).ok).toBe(true);
    expect(await db.prisma().auditEvent.count({ where: { action: 'user.locked', actorId: id } })).toBe(1);
  });

  it('refuses more than 50 failures an hour from one address with rateLimited', async () => {
    await db.prisma().loginAttempt.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({
        ip: '10.9.9.9',
        email: `spray${i}@example.org`,
        success: false,
        createdAt: minutes(-30),
      })),
    });
    await user('sprayed@example.org');
    expect(await signIn({ email: 'sprayed@example.org', password, ip: '10.9.9.9', now: t0 })).toEqual({
      ok: false,
      reason: 'rateLimited',
    });
    expect((await signIn({ email: 'sprayed@example.org', password, ip: '10.9.9.9', now: minutes(31) })).ok).toBe(true);
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

describe('second factor', () => {
  it('asks for a code, accepts a TOTP code once, and a recovery code once', async () => {
    const secret = generateTotpSecret();
    const { id } = await user('twofa@example.org', { totpSecretEncrypted: sealSecret(secret, key), totpEnabledAt: t0 });
    const [recovery] = generateRecoveryCodes(1);
    await db.prisma().recoveryCode.create({ data: { userId: id, codeHash: hashRecoveryCode(recovery as string) } });
    const base = { email: 'twofa@example.org', password, ip: '10.0.0.4' };
    expect(await signIn({ ...base, now: t0 })).toEqual({ ok: false, reason: 'secondFactorRequired' });
    expect(await signIn({ ...base, code: '000000', now: t0 })).toEqual({ ok: false, reason: 'invalid' });
    const code = totpCode(secret, totpStep(t0));
    expect((await signIn({ ...base, code, now: t0 })).ok).toBe(true);
    expect(await signIn({ ...base, code, now: t0 })).toEqual({ ok: false, reason: 'invalid' });
    expect((await signIn({ ...base, code: (recovery as string).toUpperCase(), now: t0 })).ok).toBe(true);
    expect(await signIn({ ...base, code: recovery, now: t0 })).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('parallel attempts', () => {
  it('cannot stretch the lockout: of 20 simultaneous wrong guesses exactly 5 are checked, the rest meet the lock', async () => {
    const { id } = await user('parallel@example.org');
    const guesses = Array.from({ length: 20 }, (_, i) =>
      signIn({ email: 'parallel@example.org', password: `parallel guess ${i}`, ip: `10.9.0.${i}`, now: t0 }),
    );
    expect((await Promise.all(guesses)).every((result) => !result.ok)).toBe(true);
    const failures = await db.prisma().auditEvent.findMany({
      where: { action: 'sign-in.failed', actorId: id },
      select: { details: true },
    });
    const reasons = failures.map((event) => (event.details as { why?: string }).why);
    expect(reasons.filter((why) => why === 'password')).toHaveLength(5);
    expect(reasons.filter((why) => why === 'locked')).toHaveLength(15);
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
    const secret = generateTotpSecret();
    await user('replay@example.org', { totpSecretEncrypted: sealSecret(secret, key), totpEnabledAt: t0 });
    const code = totpCode(secret, totpStep(t0));
    const base = { email: 'replay@example.org', password, code, ip: '10.7.0.1', now: t0 };
    const results = await Promise.all([signIn(base), signIn({ ...base, ip: '10.7.0.2' })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });
});
