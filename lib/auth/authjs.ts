import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { env } from '@/lib/env';
import { clientAddress } from './client-address';
import { startSession } from './sessions';
import { signInWithPasskey, signInWithPassword, type SignInFailure, type SignInResult } from './sign-in';

/**
 * Auth.js handles the sign-in handshake and the signed, encrypted session cookie; everything it lacks for us (rate
 * limits, lockout, 2FA, revocation, idle timeout) lives in our own code: `signInWithPassword` decides, and the cookie
 * only names a row of `Session` that `currentUser()` checks on every workspace request. No Auth.js HTTP routes are
 * mounted (its default pages and endpoints are not exposed); the workspace calls `signIn`/`signOut` on the server.
 */
export class SignInRefused extends CredentialsSignin {
  constructor(readonly failure: SignInFailure) {
    super();
    this.code = failure.reason;
  }
}

/** A WebAuthn assertion as @simplewebauthn/browser sends it (the library checks every field's content). */
export const assertionSchema = z.object({
  id: z.string().min(1).max(1400),
  rawId: z.string().min(1).max(1400),
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: z.string().min(1).max(4096),
    authenticatorData: z.string().min(1).max(4096),
    signature: z.string().min(1).max(2048),
    userHandle: z.string().max(256).optional(),
  }),
  clientExtensionResults: z.object({}).loose().default({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
});

/** Auth.js hands credentials over as strings: the assertion travels as JSON text. */
const assertionText = z
  .string()
  .max(16_000)
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'invalid' });
      return z.NEVER;
    }
  })
  .pipe(assertionSchema);

const passwordCredentials = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
  code: z.string().trim().max(64).optional(),
  passkey: assertionText.optional(),
  userAgent: z.string().max(400).optional(),
});

const passkeyCredentials = z.object({
  response: assertionText,
  email: z.string().trim().max(320).optional(),
  userAgent: z.string().max(400).optional(),
});

/** A decided sign-in becomes a session row named by the cookie; a refusal is thrown for the route to answer. */
async function sessionFor(result: SignInResult, ip: string, userAgent: string | undefined) {
  if (!result.ok) throw new SignInRefused(result);
  const session = await startSession(result.user.id, ip, userAgent ?? '', {
    method: result.method,
    passkeyId: result.passkeyId,
    notice: result.notice,
  });
  return { id: result.user.id, email: result.user.email, sid: session.id, sv: result.user.sessionVersion };
}

/** Cookies of a deployment reached over HTTPS get the Secure flag and the `__Host-`/`__Secure-` prefixes. */
export function cookieSettings(publicBaseUrl: string) {
  const secure = new URL(publicBaseUrl).protocol === 'https:';
  const options = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
  return {
    sessionToken: { name: secure ? '__Host-habar.session' : 'habar.session', options },
    csrfToken: { name: secure ? '__Host-habar.csrf' : 'habar.csrf', options },
    callbackUrl: { name: secure ? '__Secure-habar.callback' : 'habar.callback', options },
  };
}

interface SessionClaims {
  sid?: string;
  sv?: number;
}

export const { auth, signIn, signOut } = NextAuth(() => {
  const settings = env();
  return {
    secret: settings.AUTH_SECRET,
    // The Host is checked by our own same-origin guard; Auth.js's check would refuse `next start` outside Vercel.
    trustHost: true,
    session: { strategy: 'jwt', maxAge: settings.SESSION_MAX_HOURS * 3600 },
    cookies: cookieSettings(settings.PUBLIC_BASE_URL),
    pages: { signIn: '/admin/login', error: '/admin/login' },
    providers: [
      Credentials({
        credentials: { email: {}, password: {}, code: {}, passkey: {}, userAgent: {} },
        async authorize(raw, request) {
          const input = passwordCredentials.safeParse(raw);
          if (!input.success) throw new SignInRefused({ ok: false, reason: 'invalid' });
          const ip = clientAddress(request.headers);
          return sessionFor(await signInWithPassword({ ...input.data, ip }), ip, input.data.userAgent);
        },
      }),
      Credentials({
        id: 'passkey',
        name: 'Passkey',
        credentials: { response: {}, email: {}, userAgent: {} },
        async authorize(raw, request) {
          const input = passkeyCredentials.safeParse(raw);
          if (!input.success) throw new SignInRefused({ ok: false, reason: 'invalid' });
          const ip = clientAddress(request.headers);
          return sessionFor(await signInWithPasskey({ ...input.data, ip }), ip, input.data.userAgent);
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const claims = user as SessionClaims;
          return { sub: user.id, sid: claims.sid, sv: claims.sv };
        }
        return token;
      },
      session({ session, token }) {
        const claims = token as SessionClaims;
        return { ...session, sid: claims.sid, sv: claims.sv, uid: token.sub };
      },
    },
    logger: {
      // A refused sign-in is audited by us; Auth.js would print a stack trace for each one.
      error(error) {
        if (error instanceof CredentialsSignin || (error as { type?: string }).type === 'CredentialsSignin') return;
        console.error('[auth]', error);
      },
      warn() {},
      debug() {},
    },
  };
});

/** The claims our session cookie carries, read without touching the database. */
export async function sessionClaims(): Promise<{ uid: string; sid: string; sv: number } | null> {
  const session = (await auth()) as (SessionClaims & { uid?: string }) | null;
  if (!session?.uid || !session.sid || typeof session.sv !== 'number') return null;
  return { uid: session.uid, sid: session.sid, sv: session.sv };
}
