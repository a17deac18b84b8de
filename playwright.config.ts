import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against a production build. `npm test` (scripts/test.ts) prepares a throw-away database and sets
 * E2E_DATABASE_URL / E2E_DATA_DIR; the web server is the real launcher, which migrates and seeds it.
 *
 * The site is `localhost` (passkeys need a domain as relying party ID, not an IP address). The tests play the part
 * of the TLS proxy in front of a real deployment: loopback is a trusted proxy here, so each browser context's own
 * X-Forwarded-For is its client address (workspace-support.ts, freshIp). A server without trusted proxies, the
 * default, is tested by e2e/workspace-client-address.spec.ts on a server of its own.
 */
const port = Number(process.env.E2E_PORT ?? 3200);
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'node --max-semi-space-size=1 --jitless --no-expose-wasm scripts/launcher.mjs --demo',
    url: `http://127.0.0.1:${port}/en`,
    reuseExistingServer: false,
    timeout: 300_000,
    // SIGTERM first, so the launcher stops the app and its database in order.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      HABAR_DATA_DIR: process.env.E2E_DATA_DIR ?? '',
      PUBLIC_BASE_URL: `http://localhost:${port}`,
      TRUSTED_PROXIES: '127.0.0.1, ::1',
      NEXT_TELEMETRY_DISABLED: '1',
      // The scheduler ticks every 2 s instead of 15, so a scheduled translation goes live within a test's patience.
      HABAR_SCHEDULER_SECONDS: '2',
      // One JSON line per request would flood the test output: warnings and errors only.
      LOG_LEVEL: 'warn',
    },
  },
});
