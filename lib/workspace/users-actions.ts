'use server';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { roles } from '@/lib/auth/permissions';
import { clientAddress } from '@/lib/auth/client-address';
import { done, failed, formObject, runAction, type ActionResult } from '@/lib/workspace/action';
import { requireActor } from '@/lib/workspace/guard';
import { policyLevels, setSignInPolicy } from '@/lib/workspace/settings';
import {
  createStaff,
  deleteStaff,
  disableStaff,
  enableStaff,
  issueSetPasswordLink,
  resetStaffTwoFactor,
  setPasswordWithToken,
  unlockStaff,
  updateStaff,
  type SetPasswordLink,
} from '@/lib/workspace/users';

const languages = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]))
  .pipe(z.array(z.enum(routing.locales)));

const staffFields = {
  displayName: z.string().trim().min(1, 'required').max(120, 'text-too-long'),
  role: z.enum(roles, { error: 'invalid' }),
  languages,
};

const translatorNeedsLanguages = (value: { role: string; languages: string[] }) =>
  value.role !== 'translator' || value.languages.length > 0;

const createSchema = z
  .object({ email: z.email({ error: 'invalid-email' }).max(320), ...staffFields })
  .refine(translatorNeedsLanguages, { message: 'languages-required', path: ['languages'] });

export async function createStaffAction(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<SetPasswordLink & { email: string }>> {
  return runAction(createSchema, formObject(form), async (input) => {
    const actor = await requireActor('manage:users');
    const result = await createStaff(actor, input);
    if (!result.ok) return failed('invalid', { email: result.error });
    revalidatePath('/admin/users');
    return done({ ...result.link, email: input.email });
  });
}

const updateSchema = z
  .object({ id: z.string().min(1), ...staffFields })
  .refine(translatorNeedsLanguages, { message: 'languages-required', path: ['languages'] });

export async function updateStaffAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(updateSchema, formObject(form), async ({ id, ...input }) => {
    const actor = await requireActor('manage:users');
    const result = await updateStaff(actor, id, input);
    if (!result.ok) return failed(result.error);
    revalidatePath('/admin/users');
    return done(null);
  });
}

const commands = {
  disable: disableStaff,
  enable: enableStaff,
  unlock: unlockStaff,
  'reset-2fa': resetStaffTwoFactor,
  delete: deleteStaff,
};

const commandSchema = z.object({
  id: z.string().min(1),
  command: z.enum([...(Object.keys(commands) as (keyof typeof commands)[]), 'new-link']),
});

export async function staffCommandAction(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ command: string; link?: SetPasswordLink }>> {
  return runAction(commandSchema, formObject(form), async ({ id, command }) => {
    const actor = await requireActor('manage:users');
    if (command === 'new-link') {
      const result = await issueSetPasswordLink(actor, id);
      if (!result.ok) return failed(result.error);
      return done<{ command: string; link?: SetPasswordLink }>({ command, link: result.link });
    }
    const result = await commands[command](actor, id);
    if (!result.ok) return failed(result.error);
    revalidatePath('/admin/users');
    return done<{ command: string; link?: SetPasswordLink }>({ command });
  });
}

const policySchema = z.object({ secondFactor: z.enum(policyLevels), passkey: z.enum(policyLevels) });

/** Who must use a second factor, and who a passkey. */
export async function signInPolicyAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(policySchema, formObject(form), async (policy) => {
    const actor = await requireActor('manage:settings');
    await setSignInPolicy(actor, policy);
    revalidatePath('/admin/users');
    return done(null);
  });
}

const setPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: z.string().min(1, 'required').max(1024, 'tooLong'),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { message: 'mismatch', path: ['confirm'] });

/** The link is the permission here (no session): it works once, within 48 hours, for its own user. */
export async function setPasswordAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(
    setPasswordSchema,
    formObject(form),
    async (input) => {
      const result = await setPasswordWithToken(input.token, input.password, clientAddress(await headers()));
      if (!result.ok)
        return result.error === 'invalid-link' ? failed('invalid-link') : failed('invalid', { password: result.error });
      return done(null);
    },
    { withoutSession: true },
  );
}
