import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '../scripts/db/embedded-postgres';
import { sql } from './support';
import { DEMO_PASSWORD, createStaff } from './workspace-support';

/**
 * Which client address the sign-in limits and the audit log believe (issue 13's probe): a client-chosen
 * X-Forwarded-For counts for nothing unless the socket belongs to a proxy listed in TRUSTED_PROXIES. The default (no
 * trusted proxy) runs on a `next start` of its own over the same database and build; the suite's server trusts
 * loopback, as a server behind a local TLS proxy would.
 */

interface Reply {
  status: number;
  body: string;
}

/** A sign-in POST over a socket bound to `localAddress` (loopback has 127.0.0.0/8: one address per "machine"). */
function signInFrom(
  origin: string,
  localAddress: string,
  forwardedFor: string | null,
  credentials: { email: string; password: string },
): Promise<Reply> {
  const url = new URL('/api/workspace/sign-in', origin);
  const body = JSON.stringify(credentials);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        agent: false,
        headers: {
          host: url.host,
          origin,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function startOwnServer(): Promise<{ child: ChildProcess; origin: string; output: () => string }> {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    TOTP_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    PUBLIC_BASE_URL: origin,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.TRUSTED_PROXIES;
  const child = spawn(
    process.execPath,
    [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${log}`);
    const ready = await fetch(`${origin}/admin/login`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return { child, origin, output: () => log };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer in time:\n${log}`);
}

function stopOwnServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  return exited;
}

const loopback = ['127.0.0.1', '127.0.0.2', '::1', '::ffff:127.0.0.1'];

test.describe('client addresses', () => {
  test.describe.configure({ timeout: 180_000 });
  // The guesses below fill the loopback addresses' hourly failures; later tests must not inherit them.
  test.afterEach(async () => {
    await sql(`DELETE FROM "LoginAttempt" WHERE ip = ANY($1)`, [loopback]);
  });

  test('without trusted proxies, 200 guesses with rotating X-Forwarded-For from one socket meet the per-address limit', async () => {
    const server = await startOwnServer();
    try {
      const tag = randomBytes(3).toString('hex');
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) {
        const reply = await signInFrom(server.origin, '127.0.0.1', `10.${i % 250}.${(i * 7) % 250}.${tag.length + i}`, {
          email: `rotating-${tag}-${i}@example.org`,
          password: 'a guess that is wrong',
        });
        statuses.push(reply.status);
      }
      expect(statuses.slice(0, 50).every((status) => status === 401)).toBe(true);
      expect(statuses.slice(50).every((status) => status === 429)).toBe(true);
      const addresses = await sql<{ ip: string; count: string }>(
        `SELECT ip, count(*) FROM "LoginAttempt" WHERE email LIKE $1 GROUP BY ip`,
        [`rotating-${tag}-%`],
      );
      expect(addresses).toEqual([{ ip: '127.0.0.1', count: '200' }]);
      const [limited] = await sql<{ ip: string }>(
        `SELECT ip FROM "AuditEvent" WHERE action = 'sign-in.rate-limited' AND "actorLabel" LIKE $1`,
        [`rotating-${tag}-%`],
      );
      expect(limited?.ip).toBe('127.0.0.1');
    } finally {
      await stopOwnServer(server.child);
    }
  });

  test("behind a trusted proxy the forwarded address is the client's; any other socket's header is ignored", async ({
    baseURL,
  }) => {
    const origin = new URL(baseURL as string).origin;
    const staff = await createStaff('editor');
    // Through the trusted proxy (loopback): each forwarded address is a client of its own, audited as such.
    const forwarded: number[] = [];
    for (let i = 0; i < 60; i++) {
      const reply = await signInFrom(origin, '127.0.0.1', `198.18.${i}.1`, {
        email: `proxied-${staff.id}-${i}@example.org`,
        password: 'a guess that is wrong',
      });
      forwarded.push(reply.status);
    }
    expect(forwarded.every((status) => status === 401)).toBe(true);
    const ok = await signInFrom(origin, '127.0.0.1', '6.6.6.6, 198.18.200.9', {
      email: staff.email,
      password: DEMO_PASSWORD,
    });
    expect(ok.status).toBe(200);
    const [session] = await sql<{ ip: string }>(`SELECT ip FROM "Session" WHERE "userId" = $1`, [staff.id]);
    // The entry the client wrote itself (6.6.6.6) is not believed; the proxy's is.
    expect(session?.ip).toBe('198.18.200.9');
    const [audit] = await sql<{ ip: string }>(
      `SELECT ip FROM "AuditEvent" WHERE action = 'sign-in.succeeded' AND "actorId" = $1`,
      [staff.id],
    );
    expect(audit?.ip).toBe('198.18.200.9');

    // A socket that is not a trusted proxy: its X-Forwarded-For is not read.
    const direct = await signInFrom(origin, '127.0.0.2', '198.18.250.1', {
      email: `direct-${staff.id}@example.org`,
      password: 'a guess that is wrong',
    });
    expect(direct.status).toBe(401);
    const [attempt] = await sql<{ ip: string }>(`SELECT ip FROM "LoginAttempt" WHERE email = $1`, [
      `direct-${staff.id}@example.org`,
    ]);
    expect(attempt?.ip).toBe('127.0.0.2');
  });
});
