import 'server-only';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/auth/client-address';
import { authorize, type Permission } from '@/lib/auth/permissions';
import { currentSession } from '@/lib/auth/current-session';
import type { WorkspaceUser } from '@/lib/auth/sessions';
import type { Locale } from '@/i18n/routing';
import { meetsRequirement, requirementFor, signInPolicy } from '@/lib/auth/policy';

export class UnauthenticatedError extends Error {
  constructor() {
    super('unauthenticated');
  }
}

/**
 * The user must enrol what the sign-in policy asks of them (a second factor, or a passkey) before doing anything but
 * that; `missing` says which.
 */
export class SecondFactorSetupRequiredError extends Error {
  constructor(readonly missing: 'second-factor' | 'passkey') {
    super(`${missing} setup required`);
  }
}

/** Where someone who must enrol is sent: their account page, opened at what is missing. */
export function enrolmentPath(error: SecondFactorSetupRequiredError): string {
  return `/admin/account?setup=${error.missing === 'passkey' ? 'passkey' : '2fa'}`;
}

/** A signed-in user acting through one request: what the data layer authorizes and audits. */
export type WorkspaceActor = WorkspaceUser & { ip: string };

/**
 * The data layer's door: the request's session, checked against the database (user exists, enabled, session version
 * and timeouts), then the permission. Every workspace read and write starts here; pages and proxies are never the
 * only check.
 */
export async function requireActor(
  permission: Permission = 'read:workspace',
  target?: { locale: Locale },
  options: { allowWithoutSecondFactor?: boolean } = {},
): Promise<WorkspaceActor> {
  const session = await currentSession();
  if (!session.ok) throw new UnauthenticatedError();
  const actor = session.user;
  if (!options.allowWithoutSecondFactor) {
    const requirement = requirementFor(await signInPolicy(), actor.role);
    if (
      requirement !== 'none' &&
      !meetsRequirement(requirement, { totp: actor.totpEnabled, passkeys: actor.passkeys })
    ) {
      throw new SecondFactorSetupRequiredError(requirement);
    }
  }
  authorize(actor, permission, target);
  return { ...actor, ip: clientAddress(await headers()) };
}
