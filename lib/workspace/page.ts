import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { ForbiddenError, type Permission } from '@/lib/auth/permissions';
import {
  enrolmentPath,
  requireActor,
  SecondFactorSetupRequiredError,
  UnauthenticatedError,
  type WorkspaceActor,
} from './guard';

/**
 * For workspace pages: the actor, or the right way out. Signed out (or a session that ended) goes to the sign-in
 * page and comes back; a missing required second factor or passkey goes to enrolment; a missing permission is a 403.
 */
export async function workspacePage(
  path: string,
  permission: Permission = 'read:workspace',
  options: { allowWithoutSecondFactor?: boolean } = {},
): Promise<WorkspaceActor> {
  try {
    return await requireActor(permission, undefined, options);
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(`/admin/login?next=${encodeURIComponent(path)}`);
    if (error instanceof SecondFactorSetupRequiredError) redirect(enrolmentPath(error));
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
