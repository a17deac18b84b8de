/**
 * Set-password links by e-mail when SMTP_URL is set: a real SMTP conversation with a small local server, so the
 * message that leaves is the one checked (no mock of the mail library).
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as UsersModule from '@/lib/workspace/users';
import { staff } from '../support/staff';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
const received: string[] = [];
let server: Server;
let users: typeof UsersModule;

/** Just enough SMTP (RFC 5321) to accept one message per connection and keep its text. */
function startSmtp(): Promise<number> {
  server = createServer((socket) => {
    let data: string | null = null;
    socket.setEncoding('utf8');
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk: string) => {
      if (data !== null) {
        data += chunk;
        if (data.endsWith('\r\n.\r\n')) {
          received.push(data);
          data = null;
          socket.write('250 queued\r\n');
        }
        return;
      }
      for (const line of chunk.split('\r\n').filter(Boolean)) {
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 test\r\n');
        else if (verb === 'DATA') {
          data = '';
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
}

beforeAll(async () => {
  const port = await startSmtp();
  workspaceEnv(db, {
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: 'Habar <habar@example.org>',
    PUBLIC_BASE_URL: 'https://habar.example.org',
  });
  users = await import('@/lib/workspace/users');
});

afterAll(() => {
  delete process.env.SMTP_URL;
  server.close();
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
    const message = received.join('\n');
    expect(message).toContain('To: new.reporter@example.org');
    // The text is UTF-8 in base64 (Russian by default): decode the body to read the link.
    const [, body = ''] = message.split('\r\n\r\n');
    const text = Buffer.from(body.replace(/\r\n\.\r\n$/, ''), 'base64').toString('utf8');
    expect(text).toContain(result.link.url);
    expect(text).toContain('New Reporter');
  });
});
