import { z } from 'zod';
import { assertionSchema, signIn, SignInRefused } from '@/lib/auth/authjs';
import { crossOriginRefusal, refusal } from '@/lib/auth/sign-in-http';
import { safeNextPath } from '@/lib/workspace/next-path';

/**
 * Sign-in with a passkey alone (the assertion from @simplewebauthn/browser, for options from ../options). The same
 * answers as the password sign-in (lib/auth/sign-in-http.ts).
 */
export const dynamic = 'force-dynamic';

const body = z.object({
  response: assertionSchema,
  email: z.string().trim().max(320).optional(),
  next: z.string().max(2000).optional(),
});

export async function POST(request: Request): Promise<Response> {
  const refused = crossOriginRefusal(request);
  if (refused) return refused;
  const input = body.safeParse(await request.json().catch(() => null));
  if (!input.success) return Response.json({ ok: false, error: 'invalid' }, { status: 401 });
  const { response, email, next } = input.data;
  try {
    await signIn('passkey', {
      response: JSON.stringify(response),
      ...(email ? { email } : {}),
      userAgent: request.headers.get('user-agent') ?? '',
      redirect: false,
    });
    return Response.json({ ok: true, next: safeNextPath(next) });
  } catch (error) {
    if (!(error instanceof SignInRefused)) throw error;
    return refusal(error.failure);
  }
}
