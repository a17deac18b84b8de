import { z } from 'zod';
import { signIn, SignInRefused } from '@/lib/auth/authjs';
import { allowedOrigins, isSameOrigin } from '@/lib/auth/request-info';
import { env } from '@/lib/env';
import { safeNextPath } from '@/lib/workspace/next-path';

/**
 * Sign-in for the workspace's login form (fetch, JSON). Statuses carry the outcome: 200 signed in, 401 refused
 * (one generic answer for every failure, or "code required" after a right password on a 2FA account), 429 after
 * too many failures from this address, 403 for a cross-origin request.
 */
export const dynamic = 'force-dynamic';

const body = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
  code: z.string().trim().max(64).optional(),
  next: z.string().max(2000).optional(),
});

export async function POST(request: Request): Promise<Response> {
  const headers = request.headers;
  if (!isSameOrigin(headers, allowedOrigins(headers, env().PUBLIC_BASE_URL))) {
    return Response.json({ ok: false, error: 'cross-origin' }, { status: 403 });
  }
  const input = body.safeParse(await request.json().catch(() => null));
  if (!input.success) return Response.json({ ok: false, error: 'invalid' }, { status: 401 });
  const { email, password, code, next } = input.data;
  try {
    await signIn('credentials', {
      email,
      password,
      ...(code ? { code } : {}),
      userAgent: headers.get('user-agent') ?? '',
      redirect: false,
    });
    return Response.json({ ok: true, next: safeNextPath(next) });
  } catch (error) {
    if (!(error instanceof SignInRefused)) throw error;
    if (error.reason === 'rateLimited') {
      return Response.json({ ok: false, error: 'rate-limited' }, { status: 429, headers: { 'retry-after': '3600' } });
    }
    if (error.reason === 'secondFactorRequired') {
      return Response.json({ ok: false, error: 'code-required' }, { status: 401 });
    }
    return Response.json({ ok: false, error: 'invalid' }, { status: 401 });
  }
}
