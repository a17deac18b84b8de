import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { freePort, isRunning } from '../scripts/db/embedded-postgres';
import {
  embeddedDatabaseUrl,
  launcherDataDir,
  postmasterPid,
  startLauncher,
  stopLauncher,
  waitFor,
} from './launcher-support';

/**
 * The embedded PostgreSQL dies under a running app (killed, as the OOM killer would): the launcher notices and
 * starts it again, the app reconnects by itself (`/readyz` turns 503, then 200 again within 30 s, and search answers
 * again) without a restart, and SIGTERM still stops everything in order. Also the log: one bounded JSON line per
 * request, with no address, no query string.
 */
const dataDir = launcherDataDir('habar-restart-e2e-');

test.describe('the embedded database comes back', () => {
  test.describe.configure({ timeout: 240_000 });
  test.afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('killed under the running app, it is started again and the app recovers by itself', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const launcher = await startLauncher(dataDir, port, {
      HABAR_WARM_CACHE: '0',
      HABAR_SCHEDULER_SECONDS: '2',
      LOG_LEVEL: 'info',
    });
    const status = (path: string) =>
      fetch(`${origin}${path}`).then(
        (response) => response.status,
        () => 0,
      );
    try {
      expect(await status('/readyz')).toBe(200);
      expect(await status('/en/search?q=water')).toBe(200);
      const appPid = launcher.child.pid;
      const killed = postmasterPid(dataDir);
      process.kill(killed, 'SIGKILL');
      expect(await waitFor(() => Promise.resolve(!isRunning(killed)), 10_000)).toBe(true);

      // Down: not ready (the load balancer takes it out), then back within 30 s, with no restart of the app.
      let sawDown = false;
      const back = await waitFor(async () => {
        const ready = await status('/readyz');
        if (ready === 503) sawDown = true;
        return sawDown && ready === 200;
      }, 30_000);
      expect(sawDown, 'readyz never answered 503 while the database was down').toBe(true);
      expect(back, 'readyz did not answer 200 again within 30 s').toBe(true);
      expect(await waitFor(async () => (await status('/en/search?q=water')) === 200, 10_000)).toBe(true);
      expect(await status('/admin/login')).toBe(200);

      // After a publish, Next's `after()` renders the affected pages again through this custom server: a translation
      // whose scheduled time has passed is published by the scheduler, and the server reports its pages rendered.
      const client = new pg.Client({ connectionString: embeddedDatabaseUrl(dataDir) });
      await client.connect();
      const { rows } = await client.query<{ slug: string }>(
        `UPDATE "ArticleTranslation" SET status = 'scheduled', "scheduledAt" = now() - interval '1 minute'
          WHERE id = (SELECT id FROM "ArticleTranslation" WHERE status = 'published' AND locale = 'en'
                       ORDER BY "publishedAt" DESC LIMIT 1)
          RETURNING slug`,
      );
      await client.end();
      const slug = rows[0]?.slug;
      if (!slug) throw new Error('the demo has no published English article');
      const rendered = () => /\[publish\] ([1-9]\d*) pages rendered again in \d+ ms, 0 failed/.exec(launcher.output());
      expect(await waitFor(() => Promise.resolve(rendered() !== null), 30_000), 'no re-render after the publish').toBe(
        true,
      );
      expect(await status(`/en/articles/${encodeURIComponent(slug)}`)).toBe(200);
      expect(launcher.child.pid).toBe(appPid);
      expect(launcher.child.exitCode).toBeNull();
      const restarted = postmasterPid(dataDir);
      expect(restarted).not.toBe(killed);
      expect(launcher.output()).toContain('embedded PostgreSQL exited unexpectedly: starting it again');
      expect(launcher.output()).toContain('embedded PostgreSQL is back');

      // The log: a hostile URL costs one short line; no reader's address or search words are written.
      const hostile = `/en/articles/${'x'.repeat(12_000)}`;
      expect(await status(`${hostile}?q=secret-words`)).toBe(404);
      // Longer than Node's header limit: refused before any of our code runs (431), and not logged at all.
      expect(await status(`/en/articles/${'y'.repeat(20_000)}`)).toBe(431);
      expect(await status('/en/search?q=private-search-words')).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const lines = launcher.output().split('\n').filter(Boolean);
      for (const line of lines) expect(() => JSON.parse(line) as unknown, line.slice(0, 200)).not.toThrow();
      const hostileLine = lines.find((line) => line.includes('"route":"/en/articles/xxxx'));
      expect(hostileLine).toBeDefined();
      expect(hostileLine?.length).toBeLessThan(600);
      const logged = JSON.parse(hostileLine ?? '{}') as Record<string, unknown>;
      expect(logged).toMatchObject({ status: 404, method: 'GET', scope: 'http' });
      expect(logged.reqId).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines.some((line) => line.includes('yyyyyyyy'))).toBe(false);
      const requestLines = lines.filter((line) => line.includes('"scope":"http"'));
      expect(requestLines.join('\n')).not.toMatch(/secret-words|private-search-words|127\.0\.0\.1|remoteAddress/);
      expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(2_000);

      expect(await stopLauncher(launcher.child, port, restarted)).toEqual([]);
    } finally {
      if (launcher.child.exitCode === null) launcher.child.kill('SIGKILL');
    }
  });
});
