import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning, startEmbeddedPostgres } from '@/scripts/db/embedded-postgres';
import { assertReachable, UnreachableDatabaseError } from '@/scripts/lib/database';

const root = mkdtempSync(path.join(tmpdir(), 'habar-launcher-test-'));
chmodSync(root, 0o755); // the server may run as the `postgres` user
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function waitUntilGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && isRunning(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  return !isRunning(pid);
}

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function holdServer(dataDir: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('tests/fixtures/hold-embedded-postgres.ts'), dataDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const ready = new Promise<{ pid: number; port: number }>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) =>
      resolve(JSON.parse(line) as { pid: number; port: number }),
    );
    child.once('exit', (code) => reject(new Error(`helper exited with ${code}`)));
  });
  return { child, ready };
}

describe('embedded PostgreSQL launcher', () => {
  it('initialises, listens on loopback only, keeps data across restarts, and stops its process', async () => {
    const dataDir = path.join(root, 'reuse');
    const first = await startEmbeddedPostgres({ dataDir, password: 'pw', database: 'habar' });
    expect(first.url).toMatch(/^postgresql:\/\/postgres:pw@127\.0\.0\.1:\d+\/habar$/);
    const listen = await query(first.url, 'SHOW listen_addresses');
    expect(listen.rows[0]).toEqual({ listen_addresses: '127.0.0.1' });
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    await first.stop();
    expect(await waitUntilGone(first.pid as number)).toBe(true);

    const second = await startEmbeddedPostgres({ dataDir, password: 'pw', database: 'habar' });
    try {
      expect((await query(second.url, 'SELECT note FROM kept')).rows).toEqual([{ note: 'still here' }]);
    } finally {
      await second.stop();
    }
    expect(await waitUntilGone(second.pid as number)).toBe(true);
  });

  it('a process stopped with SIGTERM takes its PostgreSQL with it', async () => {
    const { child, ready } = holdServer(path.join(root, 'sigterm'));
    const { pid } = await ready;
    expect(isRunning(pid)).toBe(true);
    child.kill('SIGTERM');
    expect(await waitUntilGone(pid)).toBe(true);
  });

  it('after its owner was killed with SIGKILL, the next start stops the leftover server and starts cleanly', async () => {
    const dataDir = path.join(root, 'sigkill');
    const { child, ready } = holdServer(dataDir);
    const { pid: orphan } = await ready;
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(isRunning(orphan)).toBe(true);
    const restarted = await startEmbeddedPostgres({ dataDir, password: 'test', database: 'habar' });
    try {
      expect(isRunning(orphan)).toBe(false);
      expect((await query(restarted.url, 'SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
    } finally {
      await restarted.stop();
    }
  });
});

describe('an unreachable DATABASE_URL', () => {
  it('gives one clear line naming the host, not a stack trace', async () => {
    const attempt = assertReachable('postgresql://app:secret@127.0.0.1:1/habar', 2000);
    await expect(attempt).rejects.toBeInstanceOf(UnreachableDatabaseError);
    await expect(attempt).rejects.toThrow(
      /^Cannot reach PostgreSQL at 127\.0\.0\.1:1 \(ECONNREFUSED\)\. Check DATABASE_URL/,
    );
  });
});
