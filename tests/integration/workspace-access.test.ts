/**
 * The data layer's access matrix: every workspace operation, called as each role (and as a translator outside
 * their languages), must be allowed exactly where the role grants it and refused with ForbiddenError everywhere else.
 * A new operation without a row here fails the completeness check below.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth/permissions';
import type * as AuditModule from '@/lib/workspace/audit';
import type * as PasskeysModule from '@/lib/workspace/passkeys';
import type * as BackupsModule from '@/lib/workspace/backups';
import type * as SettingsModule from '@/lib/workspace/settings';
import type * as UsersModule from '@/lib/workspace/users';
import { staff, type TestActor } from '../support/staff';
import { accessOutcome } from '../support/access';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
let users: typeof UsersModule;
let audit: typeof AuditModule;
let settings: typeof SettingsModule;
let passkeys: typeof PasskeysModule;
let backups: typeof BackupsModule;

const actors: Record<Role, TestActor> = {} as Record<Role, TestActor>;

beforeAll(async () => {
  workspaceEnv(db);
  users = await import('@/lib/workspace/users');
  audit = await import('@/lib/workspace/audit');
  settings = await import('@/lib/workspace/settings');
  passkeys = await import('@/lib/workspace/passkeys');
  backups = await import('@/lib/workspace/backups');
  actors.admin = await staff(db.prisma(), 'admin');
  actors.editor = await staff(db.prisma(), 'editor');
  actors.translator = await staff(db.prisma(), 'translator', ['tk']);
});

/** A fresh victim per call, so destructive operations have something to act on. */
async function victim(): Promise<string> {
  return (await staff(db.prisma(), 'editor')).id;
}

/** A victim with a passkey (the key material is never checked by these operations). */
async function victimPasskey(): Promise<{ userId: string; passkeyId: string }> {
  const userId = await victim();
  const { id } = await db.prisma().passkey.create({
    data: {
      userId,
      credentialId: `cred-${userId}`,
      publicKey: new Uint8Array([1]),
      deviceType: 'singleDevice',
      name: 'Key',
    },
    select: { id: true },
  });
  return { userId, passkeyId: id };
}

const operations: Record<string, { allowed: Role[]; run: (actor: TestActor) => Promise<unknown> }> = {
  listStaff: { allowed: ['admin'], run: (actor) => users.listStaff(actor) },
  getStaff: { allowed: ['admin'], run: async (actor) => users.getStaff(actor, await victim()) },
  createStaff: {
    allowed: ['admin'],
    run: (actor) =>
      users.createStaff(actor, {
        email: `new-${actor.role}-${Date.now()}@matrix.test`,
        displayName: 'New',
        role: 'editor',
        languages: [],
      }),
  },
  updateStaff: {
    allowed: ['admin'],
    run: async (actor) => users.updateStaff(actor, await victim(), { displayName: 'x', role: 'admin', languages: [] }),
  },
  disableStaff: { allowed: ['admin'], run: async (actor) => users.disableStaff(actor, await victim()) },
  enableStaff: { allowed: ['admin'], run: async (actor) => users.enableStaff(actor, await victim()) },
  unlockStaff: { allowed: ['admin'], run: async (actor) => users.unlockStaff(actor, await victim()) },
  resetStaffTwoFactor: { allowed: ['admin'], run: async (actor) => users.resetStaffTwoFactor(actor, await victim()) },
  deleteStaff: { allowed: ['admin'], run: async (actor) => users.deleteStaff(actor, await victim()) },
  issueSetPasswordLink: { allowed: ['admin'], run: async (actor) => users.issueSetPasswordLink(actor, await victim()) },
  listAuditEvents: { allowed: ['admin'], run: (actor) => audit.listAuditEvents(actor, {}) },
  setSignInPolicy: {
    allowed: ['admin'],
    run: (actor) => settings.setSignInPolicy(actor, { secondFactor: 'off', passkey: 'off' }),
  },
  listStaffPasskeys: { allowed: ['admin'], run: async (actor) => passkeys.listStaffPasskeys(actor, await victim()) },
  resetStaffPasskey: {
    allowed: ['admin'],
    run: async (actor) => {
      const { userId, passkeyId } = await victimPasskey();
      return passkeys.resetStaffPasskey(actor, userId, passkeyId);
    },
  },
  backupOverview: { allowed: ['admin'], run: (actor) => backups.backupOverview(actor) },
};

describe('workspace data layer access matrix', () => {
  it('covers every exported operation of the user-administration, audit, settings, staff-passkey and backups modules', () => {
    const exported = [
      ...Object.entries(users).filter(([name]) => !['setPasswordLinkTarget', 'setPasswordWithToken'].includes(name)),
      ...Object.entries(audit).filter(([name]) => name === 'listAuditEvents'),
      ...Object.entries(settings).filter(([name]) => name.startsWith('set')),
      // Staff passkeys (the own-account ones act on the caller only, like lib/workspace/account.ts).
      ...Object.entries(passkeys).filter(([name]) => name.includes('Staff')),
      ...Object.entries(backups),
    ]
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    expect(exported.sort()).toEqual(Object.keys(operations).sort());
  });

  for (const [name, operation] of Object.entries(operations)) {
    for (const role of ['admin', 'editor', 'translator'] as const) {
      const expected = operation.allowed.includes(role) ? 'allowed' : 'forbidden';
      it(`${name} as ${role}: ${expected}`, async () => {
        const outcome = await accessOutcome(operation.run(actors[role]));
        expect(outcome).toBe(expected);
      });
    }
  }
});
