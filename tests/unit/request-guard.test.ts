import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, SIGNED_IN_BODY_LIMIT, SIGNED_OUT_BODY_LIMIT } from '@/lib/config/body-limits';
import { hasSessionCookie, refuseMutation } from '@/lib/workspace/request-guard';

/** What the proxy refuses from a mutation's headers alone, before Next reads its body. */
const secret = 's'.repeat(40);
const cookies = (values: Record<string, string>) => ({
  get: (name: string) => (name in values ? { value: values[name] as string } : undefined),
});

describe('the session cookie check', () => {
  it('accepts a cookie this server issued, under either name, and nothing else', async () => {
    for (const name of ['habar.session', '__Host-habar.session']) {
      const token = await encode({ token: { sub: 'user-1', sid: 's', sv: 1 }, secret, salt: name });
      expect(await hasSessionCookie(cookies({ [name]: token }), secret)).toBe(true);
      expect(await hasSessionCookie(cookies({ [name]: token }), 't'.repeat(40))).toBe(false);
    }
    const plain = await encode({ token: { sub: 'user-1' }, secret, salt: 'habar.session' });
    // Encrypted for one cookie name, presented under the other: refused (the name is the key's salt).
    expect(await hasSessionCookie(cookies({ '__Host-habar.session': plain }), secret)).toBe(false);
    expect(await hasSessionCookie(cookies({ 'habar.session': 'forged' }), secret)).toBe(false);
    expect(await hasSessionCookie(cookies({}), secret)).toBe(false);
    const expired = await encode({ token: { sub: 'user-1' }, secret, salt: 'habar.session', maxAge: -60 });
    expect(await hasSessionCookie(cookies({ 'habar.session': expired }), secret)).toBe(false);
  });
});

describe('refuseMutation', () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  const action = { 'next-action': 'abc', 'content-length': '100' };

  it('refuses a server action without a session, except on the signed-out pages', () => {
    expect(refuseMutation({ pathname: '/admin/users', headers: headers(action), signedIn: false })).toEqual({
      status: 401,
      reason: 'unauthenticated',
    });
    for (const pathname of ['/admin/login', '/admin/set-password/abc123']) {
      expect(refuseMutation({ pathname, headers: headers(action), signedIn: false })).toBeNull();
    }
    expect(
      refuseMutation({ pathname: '/admin/set-password/a/b', headers: headers(action), signedIn: false }),
    ).not.toBeNull();
    expect(refuseMutation({ pathname: '/admin/users', headers: headers(action), signedIn: true })).toBeNull();
  });

  it('lets a 20 MiB upload through when signed in, and 64 KiB when not', () => {
    const sized = (bytes: number) => headers({ 'content-length': String(bytes) });
    expect(SIGNED_IN_BODY_LIMIT).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(
      refuseMutation({ pathname: '/admin/media', headers: sized(MAX_UPLOAD_BYTES + 50_000), signedIn: true }),
    ).toBeNull();
    expect(
      refuseMutation({ pathname: '/admin/media', headers: sized(SIGNED_IN_BODY_LIMIT + 1), signedIn: true })?.status,
    ).toBe(413);
    expect(
      refuseMutation({ pathname: '/api/workspace/sign-in', headers: sized(SIGNED_OUT_BODY_LIMIT), signedIn: false }),
    ).toBeNull();
    expect(
      refuseMutation({ pathname: '/api/workspace/sign-in', headers: sized(SIGNED_OUT_BODY_LIMIT + 1), signedIn: false })
        ?.status,
    ).toBe(413);
    expect(refuseMutation({ pathname: '/admin', headers: sized(-1), signedIn: true })?.status).toBe(413);
    expect(
      refuseMutation({ pathname: '/admin', headers: headers({ 'content-length': 'x' }), signedIn: true })?.status,
    ).toBe(413);
  });

  it('refuses a body of unknown length (chunked), which could be any size', () => {
    expect(
      refuseMutation({ pathname: '/admin', headers: headers({ 'transfer-encoding': 'chunked' }), signedIn: true }),
    ).toEqual({ status: 411, reason: 'length-required' });
    expect(refuseMutation({ pathname: '/admin', headers: headers({}), signedIn: true })).toBeNull();
  });
});
