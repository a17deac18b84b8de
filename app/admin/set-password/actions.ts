'use server';
import { headers } from 'next/headers';
import { z } from 'zod';
import { clientIp } from '@/lib/auth/request-info';
import { done, failed, formObject, runAction, type ActionResult } from '@/lib/workspace/action';
import { setPasswordWithToken } from '@/lib/workspace/users';

const schema = z
  .object({
    token: z.string().min(20).max(200),
    password: z.string().min(1, 'required').max(1024, 'tooLong'),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { message: 'mismatch', path: ['confirm'] });

/** The link is the permission here (no session): it works once, within 48 hours, for its own user. */
export async function setPasswordAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(
    schema,
    formObject(form),
    async (input) => {
      const result = await setPasswordWithToken(input.token, input.password, clientIp(await headers()));
      if (!result.ok)
        return result.error === 'invalid-link' ? failed('invalid-link') : failed('invalid', { password: result.error });
      return done(null);
    },
    { withoutSession: true },
  );
}
