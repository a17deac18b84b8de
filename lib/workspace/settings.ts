import 'server-only';
import { z } from 'zod';
import { authorize, type Actor, type Role } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { recordAudit, type AuditContext } from './audit';

/** Who must use a second factor. Absent means `admins`: production starts safe; the demo seed writes `off`. */
export const twoFactorPolicies = ['off', 'admins', 'everyone'] as const;
export type TwoFactorPolicy = (typeof twoFactorPolicies)[number];

const storedPolicy = z.union([z.enum(twoFactorPolicies), z.boolean()]);

export async function twoFactorPolicy(): Promise<TwoFactorPolicy> {
  const row = await db().setting.findUnique({ where: { key: 'require2fa' }, select: { value: true } });
  if (!row) return 'admins';
  const parsed = storedPolicy.safeParse(row.value);
  if (!parsed.success) return 'admins';
  if (typeof parsed.data === 'boolean') return parsed.data ? 'everyone' : 'off';
  return parsed.data;
}

export async function twoFactorRequiredFor(role: Role): Promise<boolean> {
  const policy = await twoFactorPolicy();
  return policy === 'everyone' || (policy === 'admins' && role === 'admin');
}

export async function setTwoFactorPolicy(actor: Actor & AuditContext, policy: TwoFactorPolicy): Promise<void> {
  authorize(actor, 'manage:settings');
  await db().$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key: 'require2fa' },
      update: { value: policy },
      create: { key: 'require2fa', value: policy },
    });
    await recordAudit(tx, actor, 'settings.2fa-policy-changed', { type: 'setting', id: 'require2fa' }, { policy });
  });
}
