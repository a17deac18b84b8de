import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';
import { authorize, can, ForbiddenError, permissions, type Actor } from '@/lib/auth/permissions';
import { generateRecoveryCodes, hashRecoveryCode } from '@/lib/auth/recovery-codes';
import { openSecret, sealSecret } from '@/lib/auth/secret-box';
import {
  base32Decode,
  base32Encode,
  generateTotpSecret,
  otpauthUri,
  totpCode,
  totpStep,
  verifyTotp,
} from '@/lib/auth/totp';

const admin: Actor = { role: 'admin', languages: [] };
const editor: Actor = { role: 'editor', languages: [] };
const translator: Actor = { role: 'translator', languages: ['tk'] };

describe('permissions', () => {
  it('admins may do everything', () => {
    for (const permission of permissions) expect(can(admin, permission, { locale: 'ru' }), permission).toBe(true);
  });

  it('editors manage content but not users, settings, the audit log or the trash', () => {
    for (const permission of [
      'create:article',
      'publish:translation:any',
      'manage:media',
      'manage:taxonomy',
    ] as const) {
      expect(can(editor, permission)).toBe(true);
    }
    for (const permission of ['manage:users', 'manage:settings', 'read:audit', 'empty:trash'] as const) {
      expect(can(editor, permission)).toBe(false);
    }
    expect(can(editor, 'edit:translation:own-languages', { locale: 'en' })).toBe(true);
  });

  it('translators edit and submit only in their languages, and never publish, delete or manage', () => {
    expect(can(translator, 'edit:translation:own-languages', { locale: 'tk' })).toBe(true);
    expect(can(translator, 'submit:translation:own-languages', { locale: 'tk' })).toBe(true);
    expect(can(translator, 'edit:translation:own-languages', { locale: 'ru' })).toBe(false);
    expect(can(translator, 'edit:translation:own-languages')).toBe(false);
    for (const permission of [
      'publish:translation:any',
      'delete:article:any',
      'manage:users',
      'create:article',
      'edit:translation:any',
    ] as const) {
      expect(can(translator, permission, { locale: 'tk' }), permission).toBe(false);
    }
    expect(() => authorize(translator, 'publish:translation:any', { locale: 'tk' })).toThrow(ForbiddenError);
  });
});

describe('password policy and hashing', () => {
  it.each([
    ['short', 'tooShort'],
    // The shipped list is of the 10,000 most common passwords; few are 12 characters or longer, these are.
    ['unbelievable', 'common'],
    ['Contortionist', 'common'],
    ['businessbabe', 'common'],
    ['x'.repeat(1025), 'tooLong'],
    ['editor-editor-2026', 'containsEmail'],
  ])('%s → %s', (password, problem) => {
    expect(passwordProblem(password, { email: 'editor@example.org' })).toBe(problem);
  });

  it('accepts long passphrases, with spaces and any script', () => {
    expect(passwordProblem('çaý we nan ýaşlar üçin 2026')).toBeNull();
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });

  it('hashes with argon2id at the required cost and flags weaker hashes for upgrade', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapler')).toBe(false);
    expect(needsRehash(hash)).toBe(false);
    expect(needsRehash('$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA')).toBe(true);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 appendix B: SHA-1 seed "12345678901234567890".
  const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));

  it('matches the RFC test vectors', () => {
    expect(totpCode(rfcSecret, Math.floor(59 / 30), 8)).toBe('94287082');
    expect(totpCode(rfcSecret, Math.floor(1111111109 / 30), 8)).toBe('07081804');
    expect(totpCode(rfcSecret, Math.floor(2000000000 / 30), 8)).toBe('69279037');
  });

  it('round-trips base32 and makes 160-bit secrets', () => {
    const secret = generateTotpSecret();
    expect(base32Decode(secret)).toHaveLength(20);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
  });

  it('accepts a code once, within one step of drift, and refuses reuse and old codes', () => {
    const secret = generateTotpSecret();
    const now = new Date('2026-11-24T12:00:10Z');
    const step = totpStep(now);
    expect(verifyTotp(secret, totpCode(secret, step), null, now)).toBe(step);
    expect(verifyTotp(secret, totpCode(secret, step), step, now)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, step - 1), null, now)).toBe(step - 1);
    expect(verifyTotp(secret, totpCode(secret, step - 3), null, now)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', null, now)).toBeNull();
    expect(otpauthUri(secret, 'editor@example.org')).toBe(
      `otpauth://totp/Habar%3Aeditor%40example.org?secret=${secret}&issuer=Habar&algorithm=SHA1&digits=6&period=30`,
    );
  });
});

describe('secrets at rest and recovery codes', () => {
  const key = 'ab'.repeat(32);

  it('seals and opens, and detects tampering or another key', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', key);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(sealed, key)).toBe('JBSWY3DPEHPK3PXP');
    expect(sealSecret('same', key)).not.toBe(sealSecret('same', key));
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => openSecret(parts.join('.'), key)).toThrow();
    expect(() => openSecret(sealed, 'cd'.repeat(32))).toThrow();
  });

  it('makes 10 distinct codes and hashes them regardless of case and dashes', () => {
    const codes = generateRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const first = codes[0] as string;
    expect(hashRecoveryCode(first.toUpperCase().replace('-', ' '))).toBe(hashRecoveryCode(first));
  });
});
