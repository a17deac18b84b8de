import 'server-only';
import { ForbiddenError, type Permission } from '@/lib/auth/permissions';
import type { Locale } from '@/i18n/routing';
import {
  requireActor,
  SecondFactorSetupRequiredError,
  UnauthenticatedError,
  type WorkspaceActor,
} from '@/lib/workspace/guard';

/**
 * For the desk's file routes (XLIFF, TMX): the actor, or the answer for everyone else: signed out to the sign-in
 * page and back, a required second factor to enrolment, a missing permission 403. Checked here, not in the proxy.
 */
export async function routeActor(
  path: string,
  permission: Permission = 'read:workspace',
  target?: { locale: Locale },
): Promise<WorkspaceActor | Response> {
  try {
    return await requireActor(permission, target);
  } catch (error) {
    if (error instanceof UnauthenticatedError) {
      return new Response(null, {
        status: 303,
        headers: { location: `/admin/login?next=${encodeURIComponent(path)}` },
      });
    }
    if (error instanceof SecondFactorSetupRequiredError) {
      return new Response(null, { status: 303, headers: { location: '/admin/account?setup=2fa' } });
    }
    if (error instanceof ForbiddenError) return new Response('Forbidden', { status: 403 });
    throw error;
  }
}

/** Headers of a file download that must never be cached or shown inline. */
export function downloadHeaders(type: string, filename: string): Record<string, string> {
  return {
    'content-type': type,
    'content-disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
    'cache-control': 'private, no-store',
    'x-robots-tag': 'noindex, nofollow',
  };
}
