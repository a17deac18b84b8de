/**
 * Set-password links by e-mail when SMTP_URL is set: a real SMTP conversation with a small local server, so the
 * message that leaves is the one checked (no mock of the mail library).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as UsersModule from '@/lib/workspace/users';
import { startSmtp, type SmtpServer } from '../support/smtp';
import { staff } from '../support/staff';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
let smtp: SmtpServer;
let users: typeof UsersModule;

beforeAll(async () => {
  smtp = await startSmtp();
  workspaceEnv(db, {
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Habar <habar@example.org>',
    PUBLIC_BASE_URL: 'https://habar.example.org',
  });
  users = await import('@/lib/workspace/users');
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

describe('e-mailed set-password links', () => {
  it('sends the one-time link to the new member of staff and says so', async () => {
    const admin = await staff(db.prisma(), 'admin');
    const result = await users.createStaff(admin, {
      email: 'new.reporter@example.org',
      displayName: 'New Reporter',
      role: 'editor',
      languages: [],
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.link.mailed).toBe(true);
    expect(result.link.url).toMatch(/^https:\/\/habar\.example\.org\/admin\/set-password\/[A-Za-z0-9_-]{43}$/);
    const message = smtp.received.join('\n');
    expect(message).toContain('To: new.reporter@example.org');
    // The text is UTF-8 in base64 (Russian by default): decode the body to read the link.
    const [, body = ''] = message.split('\r\n\r\n');
    const text = Buffer.from(body.replace(/\r\n\.\r\n$/, ''), 'base64').toString('utf8');
    expect(text).toContain(result.link.url);
    expect(text).toContain('New Reporter');
  });
});
