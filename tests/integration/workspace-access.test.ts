/**
 * The data layer's access matrix: every workspace operation, called as each role (and as a translator outside
 * their languages), must be allowed exactly where the role grants it and refused with ForbiddenError everywhere else.
 * A new operation without a row here fails the completeness check below.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, type Role } from '@/lib/auth/permissions';
import type * as AuditModule from '@/lib/workspace/audit';
import type * as SettingsModule from '@/lib/workspace/settings';
import type * as UsersModule from '@/lib/workspace/users';
import { migratedDatabase } from '../support/test-db';

const db = migratedDatabase();
let users: typeof UsersModule;
let audit: typeof AuditModule;
let settings: typeof SettingsModule;

interface TestActor {
  id: string;
  email: string;
  ip: string;
  role: Role;
  languages: ('ru' | 'tk' | 'en')[];
}
const actors: Record<Role, TestActor> = {} as Record<Role, TestActor>;

beforeAll(async () => {
  process.env.DATABASE_URL = db.url();
  process.env.AUTH_SECRET = 'x'.repeat(32);
  process.env.TOTP_ENCRYPTION_KEY = 'ab'.repeat(32);
  users = await import('@/lib/workspace/users');
  audit = await import('@/lib/workspace/audit');
  settings = await import('@/lib/workspace/settings');
  for (const role of ['admin', 'editor', 'translator'] as const) {
    const languages = role === 'translator' ? (['tk'] as const) : ([] as const);
    const user = await db.prisma().user.create({
      data: { email: `${role}@matrix.test`, displayName: role, role, languages: [...languages] },
      select: { id: true, email: true },
    });
    actors[role] = { ...user, ip: '127.0.0.1', role, languages: [...languages] };
  }
});

/** A fresh victim per call, so destructive operations have something to act on. */
async function victim(): Promise<string> {
  const user = await db.prisma().user.create({
    data: { email: `victim-${Math.random().toString(36).slice(2)}@matrix.test`, displayName: 'victim', role: 'editor' },
    select: { id: true },
  });
  return user.id;
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
  setTwoFactorPolicy: { allowed: ['admin'], run: (actor) => settings.setTwoFactorPolicy(actor, 'off') },
};

describe('workspace data layer access matrix', () => {
  it('covers every exported operation of the user-administration, audit and settings modules', () => {
    const exported = [
      ...Object.entries(users).filter(([name]) => !['setPasswordLinkTarget', 'setPasswordWithToken'].includes(name)),
      ...Object.entries(audit).filter(([name]) => name === 'listAuditEvents'),
      ...Object.entries(settings).filter(([name]) => name.startsWith('set')),
    ]
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    expect(exported.sort()).toEqual(Object.keys(operations).sort());
  });

  for (const [name, operation] of Object.entries(operations)) {
    for (const role of ['admin', 'editor', 'translator'] as const) {
      const expected = operation.allowed.includes(role) ? 'allowed' : 'forbidden';
      it(`${name} as ${role}: ${expected}`, async () => {
        const outcome = await operation.run(actors[role]).then(
          () => 'allowed',
          (error: unknown) => {
            if (error instanceof ForbiddenError) return 'forbidden';
            throw error;
          },
        );
        expect(outcome).toBe(expected);
      });
    }
  }
});
