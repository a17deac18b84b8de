/**
 * The own-account operations that could lock the owner out ask for the password again, and wrong answers count like
 * failed sign-ins: someone guessing from a stolen session locks the account and ends every session.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import type * as Account from '@/lib/workspace/account';
import { staff } from '../support/staff';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
let account: typeof Account;
const password = 'correct horse battery staple';

beforeAll(async () => {
  workspaceEnv(db);
  account = await import('@/lib/workspace/account');
});

async function signedInStaff() {
  const person = await staff(db.prisma(), 'editor');
  await db.prisma().user.update({ where: { id: person.id }, data: { passwordHash: await hashPassword(password) } });
  const session = await db.prisma().session.create({ data: { userId: person.id }, select: { id: true } });
  const other = await db.prisma().session.create({ data: { userId: person.id }, select: { id: true } });
  return {
    actor: {
      ...person,
      displayName: person.email,
      interfaceLocale: null,
      timeZone: null,
      totpEnabled: false,
      passkeys: 0,
      sessionId: session.id,
      signInNotice: null,
    },
    other,
  };
}

describe('own account', () => {
  it('starts 2FA enrolment only with the right password', async () => {
    const { actor } = await signedInStaff();
    expect(await account.beginTotpEnrolment(actor, 'wrong password here')).toEqual({
      ok: false,
      error: 'wrong-password',
    });
    expect(await account.beginTotpEnrolment(actor, password)).toMatchObject({ ok: true });
  });

  it('locks the account and ends every session after 5 wrong current passwords', async () => {
    const { actor, other } = await signedInStaff();
    for (let i = 0; i < 5; i++) {
      expect(
        await account.changePassword(actor, { current: `guess ${i} wrong`, next: 'a new long passphrase' }),
      ).toEqual({
        ok: false,
        error: 'wrong-password',
      });
    }
    const user = await db.prisma().user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(user.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    const open = await db.prisma().session.count({ where: { userId: actor.id, endedAt: null } });
    expect(open).toBe(0);
    expect(other).toBeTruthy();
    expect(
      await db.prisma().auditEvent.count({ where: { action: 'user.password-check-failed', actorId: actor.id } }),
    ).toBe(5);
  });
});
