import 'server-only';
import { headers } from 'next/headers';
import type { z } from 'zod';
import { ForbiddenError } from '@/lib/auth/permissions';
import { allowedOrigins, isSameOrigin } from '@/lib/auth/request-info';
import { currentSession } from '@/lib/auth/current-session';
import { env } from '@/lib/env';
import { failed, type ActionFailure } from './action-result';
import { SecondFactorSetupRequiredError, UnauthenticatedError } from './guard';

export type { ActionErrorCode, ActionFailure, ActionResult } from './action-result';
export { done, failed } from './action-result';

/** FormData to a plain object: repeated names (checkboxes) become arrays. */
export function formObject(form: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = form.getAll(key).filter((value): value is string => typeof value === 'string');
    result[key] = values.length > 1 || key.endsWith('[]') ? values : (values[0] ?? '');
  }
  return result;
}

/**
 * Runs one server action: same-origin check (Next checks Origin too; this does not depend on it), a live session
 * (unless the action is for signed-out people, like setting a password from a one-time link), zod parse with field
 * errors, then the body, whose data-layer calls authorize; known refusals become typed results.
 */
export async function runAction<S extends z.ZodType, R extends { ok: boolean }>(
  schema: S,
  input: unknown,
  body: (data: z.infer<S>) => Promise<R>,
  options: { withoutSession?: boolean } = {},
): Promise<R | ActionFailure> {
  const headerList = await headers();
  if (!isSameOrigin(headerList, allowedOrigins(headerList, env().PUBLIC_BASE_URL))) return failed('cross-origin');
  // Who is asking comes before what they ask: a signed-out caller learns nothing about the input's shape.
  if (!options.withoutSession && !(await currentSession()).ok) return failed('unauthenticated');
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      // Schemas give codes as messages ('required', 'text-too-long'); zod's own English sentences become 'invalid'.
      fieldErrors[field] ??= /^[a-z0-9-]+$/.test(issue.message) ? issue.message : 'invalid';
    }
    return failed('invalid', fieldErrors);
  }
  try {
    return await body(parsed.data);
  } catch (error) {
    if (error instanceof UnauthenticatedError) return failed('unauthenticated');
    if (error instanceof SecondFactorSetupRequiredError) {
      return failed(error.missing === 'passkey' ? 'passkey-required' : 'second-factor-required');
    }
    if (error instanceof ForbiddenError) return failed('forbidden');
    throw error;
  }
}
