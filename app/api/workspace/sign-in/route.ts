import { z } from 'zod';
import { assertionSchema, signIn, SignInRefused } from '@/lib/auth/authjs';
import { crossOriginRefusal, refusal } from '@/lib/auth/sign-in-http';
import { safeNextPath } from '@/lib/workspace/next-path';

/**
 * Sign-in with a password for the workspace's login form (fetch, JSON), with a code or a passkey assertion as the
 * second factor. Statuses carry the outcome (lib/auth/sign-in-http.ts).
 */
export const dynamic = 'force-dynamic';

const body = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
  code: z.string().trim().max(64).optional(),
  passkey: assertionSchema.optional(),
  next: z.string().max(2000).optional(),
});

export async function POST(request: Request): Promise<Response> {
  const refused = crossOriginRefusal(request);
  if (refused) return refused;
  const input = body.safeParse(await request.json().catch(() => null));
  if (!input.success) return Response.json({ ok: false, error: 'invalid' }, { status: 401 });
  const { email, password, code, passkey, next } = input.data;
  try {
    await signIn('credentials', {
      email,
      password,
      ...(code ? { code } : {}),
      ...(passkey ? { passkey: JSON.stringify(passkey) } : {}),
      userAgent: request.headers.get('user-agent') ?? '',
      redirect: false,
    });
    return Response.json({ ok: true, next: safeNextPath(next) });
  } catch (error) {
    if (!(error instanceof SignInRefused)) throw error;
    return refusal(error.failure);
  }
}
