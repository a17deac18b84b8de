import { z } from 'zod';
import { clientAddress } from '@/lib/auth/client-address';
import { crossOriginRefusal } from '@/lib/auth/sign-in-http';
import { authenticationOptions, CHALLENGE_MINUTES, relyingParty } from '@/lib/auth/webauthn';

/**
 * Options for a passkey sign-in: a fresh challenge (kept for one use, a few minutes), and with an e-mail address the
 * IDs of that account's passkeys (stand-ins for an address without any, so the answer tells nobody who has an
 * account). An address that asks too often gets 429.
 */
export const dynamic = 'force-dynamic';

const body = z.object({ email: z.string().trim().max(320).optional() });

export async function POST(request: Request): Promise<Response> {
  const refused = crossOriginRefusal(request);
  if (refused) return refused;
  const input = body.safeParse(await request.json().catch(() => null));
  if (!input.success) return Response.json({ ok: false, error: 'invalid' }, { status: 400 });
  const options = await authenticationOptions({ email: input.data.email, ip: clientAddress(request.headers) });
  if (!options) {
    return Response.json(
      { ok: false, error: 'rate-limited' },
      { status: 429, headers: { 'retry-after': String(CHALLENGE_MINUTES * 60) } },
    );
  }
  // The site's real address, for the browser's message when the page was opened elsewhere (a copy cannot sign).
  return Response.json({ ok: true, options, origin: relyingParty().origin });
}
