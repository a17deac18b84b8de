import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Role } from './permissions';

/**
 * Who must use what to sign in (admins set it on the staff page). Two rules: a second factor (an authenticator code
 * or a passkey), and a passkey (phishing-resistant; a code typed into a copied sign-in page can be relayed, a passkey
 * cannot). Each is `off`, `admins` or `everyone`; a passkey rule implies the second-factor rule for the same people.
 */
export const policyLevels = ['off', 'admins', 'everyone'] as const;
export type PolicyLevel = (typeof policyLevels)[number];

export interface SignInPolicy {
  secondFactor: PolicyLevel;
  passkey: PolicyLevel;
}

/** Setting keys. Absent second-factor rule means `admins` (production starts safe; the demo seed writes `off`). */
export const POLICY_KEYS = { secondFactor: 'require2fa', passkey: 'requirePasskey' } as const;

// `require2fa` was a boolean once.
const storedLevel = z.union([z.enum(policyLevels), z.boolean()]);

function level(value: unknown, absent: PolicyLevel): PolicyLevel {
  if (value === undefined) return absent;
  const parsed = storedLevel.safeParse(value);
  if (!parsed.success) return absent;
  if (typeof parsed.data === 'boolean') return parsed.data ? 'everyone' : 'off';
  return parsed.data;
}

export async function signInPolicy(): Promise<SignInPolicy> {
  const rows = await db().setting.findMany({
    where: { key: { in: Object.values(POLICY_KEYS) } },
    select: { key: true, value: true },
  });
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  return {
    secondFactor: level(value(POLICY_KEYS.secondFactor), 'admins'),
    passkey: level(value(POLICY_KEYS.passkey), 'off'),
  };
}

const applies = (rule: PolicyLevel, role: Role) => rule === 'everyone' || (rule === 'admins' && role === 'admin');

/** What the policy asks of someone with this role: nothing, any second factor, or a passkey. */
export type Requirement = 'none' | 'second-factor' | 'passkey';

export function requirementFor(policy: SignInPolicy, role: Role): Requirement {
  if (applies(policy.passkey, role)) return 'passkey';
  return applies(policy.secondFactor, role) ? 'second-factor' : 'none';
}

/** The factors an account has; what it lacks to meet `requirement` decides where it is sent after signing in. */
export function meetsRequirement(requirement: Requirement, factors: { totp: boolean; passkeys: number }): boolean {
  if (requirement === 'passkey') return factors.passkeys > 0;
  if (requirement === 'second-factor') return factors.totp || factors.passkeys > 0;
  return true;
}
