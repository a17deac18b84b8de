'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { isTimeZone } from '@/lib/config/env-schema';
import { signOut } from '@/lib/auth/authjs';
import { currentUser } from '@/lib/auth/current-session';
import { endSession } from '@/lib/auth/sessions';
import {
  beginTotpEnrolment,
  changePassword,
  confirmTotpEnrolment,
  dismissSignInNotice,
  signOutEverywhere,
  updateProfile,
} from '@/lib/workspace/account';
import { done, failed, formObject, runAction, type ActionResult } from '@/lib/workspace/action';
import { requireActor } from '@/lib/workspace/guard';

/** Own-account actions stay open to someone who still has to enrol the required second factor. */
const self = () => requireActor('read:workspace', undefined, { allowWithoutSecondFactor: true });

const profileSchema = z.object({
  displayName: z.string().trim().min(1, 'required').max(120, 'text-too-long'),
  interfaceLocale: z
    .union([z.enum(routing.locales), z.literal('')])
    .transform((value) => (value === '' ? null : value)),
  // Empty: the site's zone. Otherwise a zone this server knows (the browser offers the same list).
  timeZone: z
    .string()
    .max(64)
    .default('')
    .refine((value) => value === '' || isTimeZone(value), 'time-zone-invalid')
    .transform((value) => value || null),
});

export async function updateProfileAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(profileSchema, formObject(form), async (input) => {
    await updateProfile(await self(), input);
    revalidatePath('/admin', 'layout');
    return done(null);
  });
}

const passwordSchema = z
  .object({
    current: z.string().min(1, 'required').max(1024),
    next: z.string().min(1, 'required').max(1024, 'tooLong'),
    confirm: z.string(),
  })
  .refine((value) => value.next === value.confirm, { message: 'mismatch', path: ['confirm'] });

export async function changePasswordAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(passwordSchema, formObject(form), async (input) => {
    const result = await changePassword(await self(), input);
    if (!result.ok)
      return failed('invalid', { [result.error === 'wrong-password' ? 'current' : 'next']: result.error });
    return done(null);
  });
}

type Enrolment = Extract<Awaited<ReturnType<typeof beginTotpEnrolment>>, { ok: true }>;

export async function beginTotpAction(_previous: unknown, form: FormData): Promise<ActionResult<Enrolment>> {
  const schema = z.object({ password: z.string().min(1, 'required').max(1024) });
  return runAction(schema, formObject(form), async ({ password }) => {
    const started = await beginTotpEnrolment(await self(), password);
    return started.ok ? done(started) : failed('invalid', { password: started.error });
  });
}

const confirmSchema = z.object({
  pending: z.string().min(1).max(2000),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'wrong-code'),
});

export async function confirmTotpAction(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return runAction(confirmSchema, formObject(form), async (input) => {
    const result = await confirmTotpEnrolment(await self(), input);
    if (!result.ok) return failed('invalid', { code: result.error });
    revalidatePath('/admin', 'layout');
    return done({ recoveryCodes: result.recoveryCodes });
  });
}

export async function signOutEverywhereAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  const result = await runAction(z.object({}), formObject(form), async () => {
    await signOutEverywhere(await self());
    return done(null);
  });
  if (!result.ok) return result;
  await signOut({ redirect: false });
  redirect('/admin/login');
}

/** Hides the notice about failed sign-ins before this session. */
export async function dismissSignInNoticeAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.object({}), formObject(form), async () => {
    await dismissSignInNotice(await self());
    revalidatePath('/admin', 'layout');
    return done(null);
  });
}

/** Ends this browser's session: the row first (so the cookie is useless even if it survives), then the cookie. */
export async function signOutAction(): Promise<void> {
  const user = await currentUser();
  if (user) await endSession(user.sessionId);
  await signOut({ redirect: false });
  redirect('/admin/login');
}
