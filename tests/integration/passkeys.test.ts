/**
 * The passkey ceremonies' checks, on real bytes from a software authenticator (tests/support/soft-authenticator.ts)
 * and a real database: registration and sign-in, a challenge used twice, another origin, another relying party ID,
 * no user verification, a counter that goes back, a challenge asked for another account; and passkey sign-ins in
 * the same lockout, per-address limit and audit log as passwords.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import type * as SignIn from '@/lib/auth/sign-in';
import type * as WebAuthn from '@/lib/auth/webauthn';
import type * as Passkeys from '@/lib/workspace/passkeys';
import { SoftAuthenticator } from '../support/soft-authenticator';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
const ORIGIN = 'https://habar.example.org';
const RP_ID = 'habar.example.org';
const password = 'correct horse battery staple';
let signIn: typeof SignIn;
let webauthn: typeof WebAuthn;
let passkeys: typeof Passkeys;
let counter = 0;

beforeAll(async () => {
  workspaceEnv(db, { PUBLIC_BASE_URL: ORIGIN });
  signIn = await import('@/lib/auth/sign-in');
  webauthn = await import('@/lib/auth/webauthn');
  passkeys = await import('@/lib/workspace/passkeys');
});

/** A signed-in member of staff (an actor as the data layer receives it) with a session of their own. */
async function member(role: 'admin' | 'editor' = 'editor') {
  counter += 1;
  const email = `member-${counter}@example.org`;
  const user = await db.prisma().user.create({
    data: { email, displayName: `Member ${counter}`, role, passwordHash: await hashPassword(password) },
    select: { id: true },
  });
  const session = await db.prisma().session.create({ data: { userId: user.id }, select: { id: true } });
  const other = await db.prisma().session.create({ data: { userId: user.id }, select: { id: true } });
  return {
    actor: {
      id: user.id,
      email,
      displayName: `Member ${counter}`,
      role,
      languages: [],
      interfaceLocale: null,
      timeZone: null,
      totpEnabled: false,
      passkeys: 0,
      sessionId: session.id,
      signInNotice: null,
      ip: `10.50.0.${counter}`,
    },
    otherSession: other.id,
  };
}

type Member = Awaited<ReturnType<typeof member>>['actor'];

/** Registers a passkey of `authenticator` for `actor` through the data layer, as the account page does. */
async function register(actor: Member, authenticator: SoftAuthenticator, name = 'Laptop') {
  const begun = await passkeys.beginPasskeyRegistration(actor, password);
  if (!begun.ok) throw new Error(begun.error);
  return passkeys.finishPasskeyRegistration(actor, { name, response: authenticator.register(begun.options) });
}

async function options(email?: string, ip = '10.60.0.1') {
  const made = await webauthn.authenticationOptions({ email, ip });
  if (!made) throw new Error('no options');
  return made;
}

const lastWhy = async (id: string) => {
  const [event] = await db.prisma().auditEvent.findMany({
    where: { actorId: id, action: { in: ['sign-in.failed', 'sign-in.refused', 'user.passkey-refused'] } },
    orderBy: { createdAt: 'desc' },
    take: 1,
    select: { details: true },
  });
  return (event?.details as { why?: string } | undefined)?.why;
};

describe('registering a passkey', () => {
  it('stores it, gives recovery codes with the first, ends other sessions and audits it', async () => {
    const { actor, otherSession } = await member();
    const device = new SoftAuthenticator(ORIGIN, RP_ID);
    const first = await register(actor, device, 'Work laptop');
    expect(first).toMatchObject({ ok: true });
    expect(first.ok && first.recoveryCodes).toHaveLength(10);
    const second = await register(actor, new SoftAuthenticator(ORIGIN, RP_ID), 'Security key');
    expect(second).toEqual({ ok: true, recoveryCodes: null });
    expect((await passkeys.ownPasskeys(actor)).map((key) => key.name)).toEqual(['Work laptop', 'Security key']);
    const other = await db.prisma().session.findUniqueOrThrow({ where: { id: otherSession } });
    expect(other.endedAt).not.toBeNull();
    expect(await db.prisma().session.count({ where: { id: actor.sessionId, endedAt: null } })).toBe(1);
    expect(await db.prisma().auditEvent.count({ where: { action: 'user.passkey-added', actorId: actor.id } })).toBe(2);
  });

  it('asks for the password first', async () => {
    const { actor } = await member();
    expect(await passkeys.beginPasskeyRegistration(actor, 'not the password at all')).toEqual({
      ok: false,
      error: 'wrong-password',
    });
  });

  it.each([
    ['another origin', { origin: 'https://habar.example.org.evil.test' }, 'passkey-wrong-site', 'wrong-origin'],
    ['another relying party ID', { rpId: 'evil.test' }, 'passkey-wrong-site', 'wrong-rp-id'],
    ['no user verification', { uv: false }, 'passkey-not-verified', 'user-not-verified'],
  ])('refuses a registration made for %s', async (_, bend, error, why) => {
    const { actor } = await member();
    const begun = await passkeys.beginPasskeyRegistration(actor, password);
    if (!begun.ok) throw new Error(begun.error);
    const response = new SoftAuthenticator(ORIGIN, RP_ID).register(begun.options, bend);
    expect(await passkeys.finishPasskeyRegistration(actor, { name: 'X', response })).toEqual({ ok: false, error });
    expect(await lastWhy(actor.id)).toBe(why);
    expect(await db.prisma().passkey.count({ where: { userId: actor.id } })).toBe(0);
  });

  it('uses a challenge once, and only for the user it was issued to', async () => {
    const { actor } = await member();
    const { actor: intruder } = await member();
    const begun = await passkeys.beginPasskeyRegistration(actor, password);
    if (!begun.ok) throw new Error(begun.error);
    const response = new SoftAuthenticator(ORIGIN, RP_ID).register(begun.options);
    expect(await passkeys.finishPasskeyRegistration(intruder, { name: 'X', response })).toEqual({
      ok: false,
      error: 'passkey-expired',
    });
    // The intruder's try used the challenge up.
    expect(await passkeys.finishPasskeyRegistration(actor, { name: 'X', response })).toEqual({
      ok: false,
      error: 'passkey-expired',
    });
  });
});

describe('signing in with a passkey alone', () => {
  async function enrolled() {
    const { actor } = await member();
    const device = new SoftAuthenticator(ORIGIN, RP_ID);
    await register(actor, device);
    return { actor, device };
  }

  it('works with a discoverable credential and with the e-mail address, and records the use', async () => {
    const { actor, device } = await enrolled();
    const alone = await signIn.signInWithPasskey({ response: device.assert(await options()), ip: '10.61.0.1' });
    expect(alone).toMatchObject({ ok: true, method: 'passkey', user: { id: actor.id } });
    const withEmail = await options(actor.email.toUpperCase());
    expect(withEmail.allowCredentials?.map((credential) => credential.id)).toEqual([
      (await db.prisma().passkey.findFirstOrThrow({ where: { userId: actor.id } })).credentialId,
    ]);
    const typed = await signIn.signInWithPasskey({
      response: device.assert(withEmail),
      email: actor.email,
      ip: '10.61.0.1',
    });
    expect(typed).toMatchObject({ ok: true, method: 'passkey' });
    const stored = await db.prisma().passkey.findFirstOrThrow({ where: { userId: actor.id } });
    expect(Number(stored.counter)).toBe(2);
    expect(stored.lastUsedAt).not.toBeNull();
    const succeeded = await db.prisma().auditEvent.findFirstOrThrow({
      where: { action: 'sign-in.succeeded', actorId: actor.id },
      select: { details: true, ip: true },
    });
    expect(succeeded).toEqual({ details: { method: 'passkey', passkey: 'Laptop' }, ip: '10.61.0.1' });
  });

  it('answers options for an unknown address with stable stand-in credentials', async () => {
    const first = await options('nobody-here@example.org');
    const again = await options('nobody-here@example.org');
    expect(first.allowCredentials).toHaveLength(1);
    expect(again.allowCredentials).toEqual(first.allowCredentials);
    expect(first.challenge).not.toBe(again.challenge);
  });

  it('refuses a challenge used twice', async () => {
    const { actor, device } = await enrolled();
    const challenge = await options();
    expect((await signIn.signInWithPasskey({ response: device.assert(challenge), ip: '10.62.0.1' })).ok).toBe(true);
    const replay = device.assert(challenge);
    expect(await signIn.signInWithPasskey({ response: replay, ip: '10.62.0.1' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await lastWhy(actor.id)).toBe('unknown-challenge');
  });

  it('refuses an expired challenge', async () => {
    const { actor, device } = await enrolled();
    const challenge = await options();
    await db.prisma().passkeyChallenge.update({
      where: { challenge: challenge.challenge },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await signIn.signInWithPasskey({ response: device.assert(challenge), ip: '10.62.0.2' })).ok).toBe(false);
    expect(await lastWhy(actor.id)).toBe('unknown-challenge');
  });

  it.each([
    ['another origin (a relaying copy of the site)', { origin: 'https://habar-example.org' }, 'wrong-origin'],
    ['another relying party ID', { rpId: 'example.org' }, 'wrong-rp-id'],
    ['no user verification', { uv: false }, 'user-not-verified'],
    ['a challenge the server never issued', { challenge: 'bm90LWlzc3VlZC1ieS10aGUtc2VydmVy' }, 'unknown-challenge'],
  ])('refuses an assertion made for %s', async (_, bend, why) => {
    const { actor, device } = await enrolled();
    const response = device.assert(await options(), bend);
    expect(await signIn.signInWithPasskey({ response, ip: '10.63.0.1' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await lastWhy(actor.id)).toBe(why);
  });

  it('refuses a counter that goes back (a copied authenticator) and logs it', async () => {
    const { actor, device } = await enrolled();
    expect(
      (await signIn.signInWithPasskey({ response: device.assert(await options(), { counter: 5 }), ip: '10.64.0.1' }))
        .ok,
    ).toBe(true);
    const copy = device.assert(await options(), { counter: 3 });
    expect(await signIn.signInWithPasskey({ response: copy, ip: '10.64.0.1' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await lastWhy(actor.id)).toBe('counter-regression');
    expect(
      await db.prisma().auditEvent.count({ where: { action: 'passkey.counter-regression', actorId: actor.id } }),
    ).toBe(1);
    const equal = device.assert(await options(), { counter: 5 });
    expect((await signIn.signInWithPasskey({ response: equal, ip: '10.64.0.1' })).ok).toBe(false);
  });

  it('refuses a challenge asked for another account, and a passkey that is not the typed account', async () => {
    const { device } = await enrolled();
    const { actor: other } = await enrolled();
    const forOther = await options(other.email);
    expect((await signIn.signInWithPasskey({ response: device.assert(forOther), ip: '10.65.0.1' })).ok).toBe(false);
    const typedOther = device.assert(await options());
    expect((await signIn.signInWithPasskey({ response: typedOther, email: other.email, ip: '10.65.0.1' })).ok).toBe(
      false,
    );
  });

  it('refuses an unknown passkey, a removed one and a disabled account', async () => {
    const stranger = new SoftAuthenticator(ORIGIN, RP_ID);
    stranger.mint('c3RyYW5nZXI');
    expect((await signIn.signInWithPasskey({ response: stranger.assert(await options()), ip: '10.66.0.1' })).ok).toBe(
      false,
    );

    const { actor, device } = await enrolled();
    const key = await db.prisma().passkey.findFirstOrThrow({ where: { userId: actor.id } });
    expect(await passkeys.removeOwnPasskey(actor, { id: key.id, password: 'wrong password!' })).toEqual({
      ok: false,
      error: 'wrong-password',
    });
    expect(await passkeys.removeOwnPasskey(actor, { id: key.id, password })).toEqual({ ok: true });
    expect((await signIn.signInWithPasskey({ response: device.assert(await options()), ip: '10.66.0.2' })).ok).toBe(
      false,
    );

    const disabled = await enrolled();
    await db.prisma().user.update({ where: { id: disabled.actor.id }, data: { disabled: true } });
    expect(
      (await signIn.signInWithPasskey({ response: disabled.device.assert(await options()), ip: '10.66.0.3' })).ok,
    ).toBe(false);
    expect(await lastWhy(disabled.actor.id)).toBe('disabled');
  });
});

describe('passkeys in the lockout', () => {
  async function enrolled() {
    const { actor } = await member();
    const device = new SoftAuthenticator(ORIGIN, RP_ID);
    await register(actor, device);
    return { actor, device };
  }

  it('counts failed passkey sign-ins per account and address like passwords', async () => {
    const { device } = await enrolled();
    const t0 = new Date();
    for (let i = 0; i < 5; i++) {
      const response = device.assert(await options(undefined, '10.70.0.1'), { origin: 'https://evil.example' });
      expect((await signIn.signInWithPasskey({ response, ip: '10.70.0.1', now: t0 })).ok).toBe(false);
    }
    const good = device.assert(await options(undefined, '10.70.0.1'));
    expect(await signIn.signInWithPasskey({ response: good, ip: '10.70.0.1', now: t0 })).toMatchObject({
      reason: 'delayed',
    });
    // Another address is not held up.
    const elsewhere = device.assert(await options(undefined, '10.70.0.2'));
    expect((await signIn.signInWithPasskey({ response: elsewhere, ip: '10.70.0.2', now: t0 })).ok).toBe(true);
  });

  it('signs in while failed passwords from many addresses lock the account', async () => {
    const { actor, device } = await enrolled();
    for (let a = 0; a < 5; a++) {
      for (let i = 0; i < 4; i++) {
        await signIn.signInWithPassword({ email: actor.email, password: `guess ${a} ${i}`, ip: `172.20.${a}.1` });
      }
    }
    expect(await signIn.signInWithPassword({ email: actor.email, password, ip: '10.71.0.1' })).toEqual({
      ok: false,
      reason: 'locked',
    });
    const result = await signIn.signInWithPasskey({ response: device.assert(await options()), ip: '10.71.0.1' });
    expect(result).toMatchObject({ ok: true, method: 'passkey' });
  });

  it('meets the per-address limit like passwords', async () => {
    const { device } = await enrolled();
    await db.prisma().loginAttempt.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({
        ip: '10.72.0.1',
        email: `x${i}@example.org`,
        outcome: 'failed' as const,
      })),
    });
    expect(await signIn.signInWithPasskey({ response: device.assert(await options()), ip: '10.72.0.1' })).toEqual({
      ok: false,
      reason: 'rateLimited',
    });
  });

  it('deletes expired challenges as new ones are made (the table stays a few minutes long)', async () => {
    const stale = await options(undefined, '10.74.0.1');
    await db.prisma().passkeyChallenge.update({
      where: { challenge: stale.challenge },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await options(undefined, '10.74.0.2');
    expect(await db.prisma().passkeyChallenge.count({ where: { challenge: stale.challenge } })).toBe(0);
  });

  it('limits how many challenges one address may ask for', async () => {
    const ip = '10.73.0.1';
    for (let i = 0; i < webauthn.MAX_CHALLENGES_PER_ADDRESS; i++) {
      expect(await webauthn.authenticationOptions({ ip })).not.toBeNull();
    }
    expect(await webauthn.authenticationOptions({ ip })).toBeNull();
    expect(await webauthn.authenticationOptions({ ip: '10.73.0.2' })).not.toBeNull();
  });
});

describe('a passkey as the second factor', () => {
  it('completes a password sign-in; where a passkey is required, app codes stop counting, recovery codes work once', async () => {
    const { actor } = await member();
    const device = new SoftAuthenticator(ORIGIN, RP_ID);
    const registered = await register(actor, device);
    const [recovery] = (registered.ok && registered.recoveryCodes) || [];
    const base = { email: actor.email, password, ip: '10.80.0.1' };
    expect(await signIn.signInWithPassword(base)).toEqual({
      ok: false,
      reason: 'secondFactorRequired',
      methods: { totp: false, passkey: true },
    });
    const withKey = await signIn.signInWithPassword({ ...base, passkey: device.assert(await options(actor.email)) });
    expect(withKey).toMatchObject({ ok: true, method: 'password_passkey' });

    await db.prisma().setting.create({ data: { key: 'requirePasskey', value: 'everyone' } });
    try {
      expect(await signIn.signInWithPassword({ ...base, code: recovery })).toMatchObject({
        ok: true,
        method: 'password_recovery_code',
      });
      expect(await signIn.signInWithPassword({ ...base, code: recovery })).toEqual({ ok: false, reason: 'invalid' });
    } finally {
      await db.prisma().setting.delete({ where: { key: 'requirePasskey' } });
    }
  });
});

describe('an admin resets a lost passkey', () => {
  it('removes it, ends every session of its owner and audits it', async () => {
    const { actor } = await member();
    const { actor: admin } = await member('admin');
    await register(actor, new SoftAuthenticator(ORIGIN, RP_ID), 'Lost phone');
    const [key] = await passkeys.listStaffPasskeys(admin, actor.id);
    expect(key?.name).toBe('Lost phone');
    expect(await passkeys.resetStaffPasskey(admin, actor.id, key?.id ?? '')).toEqual({ ok: true });
    expect(await db.prisma().passkey.count({ where: { userId: actor.id } })).toBe(0);
    expect(await db.prisma().session.count({ where: { userId: actor.id, endedAt: null } })).toBe(0);
    const event = await db.prisma().auditEvent.findFirstOrThrow({
      where: { action: 'user.passkey-reset', targetId: actor.id },
      select: { actorId: true, details: true },
    });
    expect(event).toEqual({ actorId: admin.id, details: { email: actor.email, passkey: 'Lost phone' } });
    expect(await passkeys.resetStaffPasskey(admin, actor.id, key?.id ?? '')).toEqual({ ok: false, error: 'not-found' });
  });
});
