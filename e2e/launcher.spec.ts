import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '../scripts/db/embedded-postgres';
import { launcherDataDir, postmasterPid, startLauncher, stopLauncher } from './launcher-support';

/**
 * `npm start` end to end, on its own embedded database in a temp folder: start, serve, stop with SIGTERM leaving no
 * process behind, start again on the same data.
 */
const dataDir = launcherDataDir('habar-launcher-e2e-');

test.describe('npm start', () => {
  test.describe.configure({ timeout: 240_000 });
  test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test('serves the demo on a fresh data folder, stops cleanly, and restarts on the same data', async ({
    request,
  }, testInfo) => {
    const port = await freePort();
    const first = await startLauncher(dataDir, port);
    expect(first.output()).toContain('demo password (demo only, never in production): habar-demo-2026');
    expect(first.output()).toContain('admin@example.org');
    expect(existsSync(path.join(dataDir, 'secrets.json'))).toBe(true);
    const home = await request.get(`http://127.0.0.1:${port}/en`);
    expect(home.status()).toBe(200);
    expect(await stopLauncher(first.child, port, postmasterPid(dataDir))).toEqual([]);

    const second = await startLauncher(dataDir, port);
    // Measured, not asserted (tests never assert wall-clock time): the bar is under 15 s.
    testInfo.annotations.push({ type: 'second start (ms)', description: String(second.readyAfterMs) });
    console.log(`[launcher] first start ${first.readyAfterMs} ms, second start ${second.readyAfterMs} ms`);
    expect(second.output()).not.toContain('seeding demo content');
    expect(second.output()).toContain('database schema is up to date');
    expect(await stopLauncher(second.child, port, postmasterPid(dataDir))).toEqual([]);
  });
});
