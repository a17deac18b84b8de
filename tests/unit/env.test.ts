import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/config/env-schema';

const valid = {
  DATABASE_URL: 'postgresql://app:secret@127.0.0.1:5432/habar',
  AUTH_SECRET: 'x'.repeat(32),
  TOTP_ENCRYPTION_KEY: 'ab'.repeat(32),
};

describe('environment parsing', () => {
  it('accepts a complete environment and fills defaults', () => {
    const env = parseEnv(valid);
    expect(env.DEFAULT_LOCALE).toBe('ru');
    expect(env.PORT).toBe(3000);
    expect(env.PUBLIC_BASE_URL).toBe('http://localhost:3000');
    expect(env.DEMO_PASSWORD).toBe('habar-demo-2026');
  });

  it.each([
    [{ ...valid, DATABASE_URL: undefined }, /^Configuration error: DATABASE_URL is required/],
    [{ ...valid, DATABASE_URL: 'mysql://x/y' }, /DATABASE_URL must be a postgresql:\/\/ connection string/],
    [{ ...valid, AUTH_SECRET: 'short' }, /AUTH_SECRET must be at least 32 characters/],
    [{ ...valid, TOTP_ENCRYPTION_KEY: 'zz' }, /TOTP_ENCRYPTION_KEY must be 64 hex characters/],
    [{ ...valid, DEFAULT_LOCALE: 'de' }, /DEFAULT_LOCALE must be one of ru, tk, en/],
    [{ ...valid, PORT: 'eighty' }, /PORT must be a port number/],
  ])('names the variable in one line (%#)', (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
    try {
      parseEnv(source);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('takes DEFAULT_LOCALE and PORT from the environment', () => {
    const env = parseEnv({ ...valid, DEFAULT_LOCALE: 'tk', PORT: '8080' });
    expect(env.DEFAULT_LOCALE).toBe('tk');
    expect(env.PUBLIC_BASE_URL).toBe('http://localhost:8080');
  });
});
