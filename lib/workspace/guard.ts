import 'server-only';
import { headers } from 'next/headers';
import { clientIp } from '@/lib/auth/request-info';
import { authorize, type Permission } from '@/lib/auth/permissions';
import { currentSession } from '@/lib/auth/current-session';
import type { WorkspaceUser } from '@/lib/auth/sessions';
import type { Locale } from '@/i18n/routing';
import { twoFactorRequiredFor } from './settings';

export class UnauthenticatedError extends Error {
  constructor() {
    super('unauthenticated');
  }
}

/** The user must enrol a second factor (the require-2FA setting) before doing anything but that. */
export class SecondFactorSetupRequiredError extends Error {
  constructor() {
    super('second factor setup required');
  }
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
  if (!options.allowWithoutSecondFactor && !actor.totpEnabled && (await twoFactorRequiredFor(actor.role))) {
    throw new SecondFactorSetupRequiredError();
  }
  authorize(actor, permission, target);
  return { ...actor, ip: clientIp(await headers()) };
}
