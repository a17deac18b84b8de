import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { problems, runPlaywright, runVitest, verdict, type RunnerReport } from '@/scripts/lib/test-runners';

/**
 * `npm test` cannot pass by accident: the real runners are run on fixtures that break the way they broke before
 * (a Playwright whose web server cannot start ran 0 tests and the command still said "passed").
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const fixtures = path.join(root, 'tests', 'fixtures', 'runner');
const scratch = mkdtempSync(path.join(tmpdir(), 'habar-runner-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function listen(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer((socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n'));
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

const playwright = (env: Record<string, string>) =>
  runPlaywright({
    cwd: root,
    args: ['--config', path.join(fixtures, 'playwright.config.ts')],
    outputFile: path.join(scratch, `pw-${Date.now()}.json`),
    stdio: 'ignore',
    env: { ...process.env, RUNNER_FIXTURE_OUT: path.join(scratch, 'pw-out'), ...env },
  });

const vitest = (files: string) =>
  runVitest({
    cwd: root,
    args: ['--config', path.join(fixtures, 'vitest.config.ts')],
    outputFile: path.join(scratch, `vitest-${Date.now()}.json`),
    stdio: 'ignore',
    env: { ...process.env, RUNNER_FIXTURE_FILES: files },
  });

const passing: RunnerReport = {
  runner: 'x',
  exitCode: 0,
  found: 3,
  passed: 2,
  failed: 0,
  skipped: 1,
  errors: [],
};

describe('the verdict', () => {
  it('passes only a clean run of every test found', () => {
    expect(problems(passing)).toEqual([]);
    expect(verdict([passing]).ok).toBe(true);
    expect(verdict([]).ok).toBe(false);
    expect(problems({ ...passing, exitCode: 1 })).toEqual(['exited with code 1']);
    expect(problems({ ...passing, errors: ['boom'] })).toEqual(['reported an error: boom']);
    expect(problems({ ...passing, passed: 1 })).toEqual(['ran 2 of the 3 tests it found']);
    expect(problems({ ...passing, found: 0, passed: 0, skipped: 0 })).toContain('ran no test');
    expect(verdict([passing, { ...passing, failed: 1 }]).ok).toBe(false);
  });

  it('prints each runner’s counts', () => {
    const { lines } = verdict([{ ...passing, runner: 'vitest' }]);
    expect(lines[0]).toBe('vitest: found 3, passed 2, failed 0, skipped 1 — ok');
    expect(lines.at(-1)).toBe('tests: 2 passed, 0 failed, 1 skipped — ok');
  });
});

describe('the runners, run for real', { timeout: 120_000 }, () => {
  it('fails when Playwright cannot start its web server', async () => {
    const report = await playwright({});
    expect(report.found).toBe(2);
    expect(report.passed).toBe(0);
    expect(report.errors.join('\n')).toContain('webServer');
    expect(problems(report)).toContain('ran 0 of the 2 tests it found');
    expect(verdict([report]).ok).toBe(false);
  });

  it('fails when the web server’s port is taken by something else', async () => {
    const { server, port } = await listen();
    try {
      const report = await playwright({ RUNNER_FIXTURE_PORT: String(port), RUNNER_FIXTURE_SERVER: 'sleep 30' });
      expect(report.exitCode).not.toBe(0);
      expect(report.errors.join('\n')).toContain(String(port));
      expect(verdict([report]).ok).toBe(false);
    } finally {
      server.close();
    }
  });

  it('passes a Playwright run whose server starts and whose tests pass', async () => {
    const { server, port } = await listen();
    server.close();
    await new Promise((resolve) => server.once('close', resolve));
    const report = await playwright({
      RUNNER_FIXTURE_PORT: String(port),
      RUNNER_FIXTURE_SERVER: `node -e "require('http').createServer((q,s)=>s.end('ok')).listen(${port},'127.0.0.1')"`,
    });
    expect(report).toMatchObject({ exitCode: 0, found: 2, passed: 2, failed: 0, errors: [] });
    expect(verdict([report]).ok).toBe(true);
  });

  it('fails when a vitest file cannot load, though every collected test passed', async () => {
    const report = await vitest('{passes,fails-to-load}.vitest-fixture.ts');
    expect(report.passed).toBe(1);
    expect(report.failed).toBe(0);
    expect(report.errors.join('\n')).toContain('fails-to-load.vitest-fixture.ts');
    expect(verdict([report]).ok).toBe(false);
  });

  it('fails when vitest reports an unhandled error, though every test passed', async () => {
    const report = await vitest('leaks-an-error.vitest-fixture.ts');
    expect(report.passed).toBe(2);
    expect(report.exitCode).not.toBe(0);
    expect(verdict([report]).ok).toBe(false);
  });

  it('passes a clean vitest run', async () => {
    const report = await vitest('passes.vitest-fixture.ts');
    expect(report).toMatchObject({ exitCode: 0, found: 1, passed: 1, errors: [] });
  });

  it('npm test names a busy E2E_PORT and fails before building anything', async () => {
    const { server, port } = await listen();
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/test.ts', '--e2e-only'], {
        cwd: root,
        env: { ...process.env, E2E_PORT: String(port), CHROMIUM_PATH: process.execPath },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(output).toContain(`E2E_PORT=${port} is already in use`);
      expect(output).not.toContain('building the app');
    } finally {
      server.close();
    }
  });
});
