'use server';
import { revalidatePath } from 'next/cache';
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { z } from 'zod';
import { done, failed, formObject, runAction, type ActionFailure, type ActionResult } from '@/lib/workspace/action';
import { requireActor } from '@/lib/workspace/guard';
import {
  beginPasskeyRegistration,
  finishPasskeyRegistration,
  removeOwnPasskey,
  resetStaffPasskey,
} from '@/lib/workspace/passkeys';

/** Own-account actions stay open to someone who still has to enrol what the sign-in policy requires. */
const self = () => requireActor('read:workspace', undefined, { allowWithoutSecondFactor: true });

const passkeyName = z.string().trim().min(1, 'required').max(60, 'text-too-long');

export async function beginPasskeyRegistrationAction(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ options: PublicKeyCredentialCreationOptionsJSON; name: string }>> {
  const schema = z.object({ name: passkeyName, password: z.string().min(1, 'required').max(1024) });
  return runAction(schema, formObject(form), async ({ name, password }) => {
    const started = await beginPasskeyRegistration(await self(), password);
    if (!started.ok) {
      return started.error === 'wrong-password'
        ? failed('invalid', { password: started.error })
        : failed('rate-limited');
    }
    return done({ options: started.options, name });
  });
}

const base64url = z
  .string()
  .min(1)
  .max(8192)
  .regex(/^[A-Za-z0-9_-]*={0,2}$/, 'invalid');

/** What @simplewebauthn/browser's startRegistration hands back (its content is checked by the server library). */
const registrationSchema = z.object({
  name: passkeyName,
  response: z.object({
    id: base64url,
    rawId: base64url,
    type: z.literal('public-key'),
    response: z.object({
      clientDataJSON: base64url,
      attestationObject: base64url,
      authenticatorData: base64url.optional(),
      transports: z.array(z.string().max(32)).max(10).optional(),
      publicKeyAlgorithm: z.number().int().optional(),
      publicKey: base64url.optional(),
    }),
    clientExtensionResults: z.object({}).loose().default({}),
    authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  }),
});

export async function finishPasskeyRegistrationAction(
  input: unknown,
): Promise<ActionResult<{ recoveryCodes: string[] | null }> | ActionFailure> {
  return runAction(registrationSchema, input, async ({ name, response }) => {
    const result = await finishPasskeyRegistration(await self(), {
      name,
      response: response as RegistrationResponseJSON,
    });
    if (!result.ok) return failed(result.error);
    revalidatePath('/admin', 'layout');
    return done({ recoveryCodes: result.recoveryCodes });
  });
}

export async function removePasskeyAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  const schema = z.object({ id: z.string().min(1).max(100), password: z.string().min(1, 'required').max(1024) });
  return runAction(schema, formObject(form), async (input) => {
    const result = await removeOwnPasskey(await self(), input);
    if (!result.ok)
      return result.error === 'wrong-password' ? failed('invalid', { password: result.error }) : failed('not-found');
    revalidatePath('/admin', 'layout');
    return done(null);
  });
}

/** An admin removes someone's lost passkey; their sessions end. */
export async function resetStaffPasskeyAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  const schema = z.object({ userId: z.string().min(1).max(100), passkeyId: z.string().min(1).max(100) });
  return runAction(schema, formObject(form), async ({ userId, passkeyId }) => {
    const result = await resetStaffPasskey(await requireActor('manage:users'), userId, passkeyId);
    if (!result.ok) return failed(result.error);
    revalidatePath('/admin/users');
    return done(null);
  });
}
