import 'server-only';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { POLICY_KEYS, type SignInPolicy } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { recordAudit, type AuditContext } from './audit';

export { policyLevels, signInPolicy, type PolicyLevel, type SignInPolicy } from '@/lib/auth/policy';

/** Changes the sign-in rules (admins only); each rule that changes is audited. */
export async function setSignInPolicy(actor: Actor & AuditContext, policy: SignInPolicy): Promise<void> {
  authorize(actor, 'manage:settings');
  await db().$transaction(async (tx) => {
    for (const rule of ['secondFactor', 'passkey'] as const) {
      const key = POLICY_KEYS[rule];
      const before = await tx.setting.findUnique({ where: { key }, select: { value: true } });
      if (before?.value === policy[rule]) continue;
      await tx.setting.upsert({
        where: { key },
        update: { value: policy[rule] },
        create: { key, value: policy[rule] },
      });
      await recordAudit(
        tx,
        actor,
        rule === 'passkey' ? 'settings.passkey-policy-changed' : 'settings.2fa-policy-changed',
        { type: 'setting', id: key },
        { policy: policy[rule] },
      );
    }
  });
}
