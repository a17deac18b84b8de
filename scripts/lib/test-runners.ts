/**
 * Running vitest and Playwright for `npm test`, and judging what they report. A runner counts as passed only when it
 * exited 0, reported no error of its own (a file that failed to load, a web server that did not start, an unhandled
 * error), failed no test, and ran every test it found. Anything else fails the command, whatever the totals say.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface RunnerReport {
  runner: string;
  exitCode: number;
  /** Tests the runner found before running (null when it could not say). */
  found: number | null;
  passed: number;
  failed: number;
  skipped: number;
  /** The runner's own errors, one line each (not test failures). */
  errors: string[];
}

const firstLine = (text: string) => (text.split('\n').find((line) => line.trim()) ?? '').trim().slice(0, 300);

/** Why a runner's outcome is not a pass; empty when it is. */
export function problems(report: RunnerReport): string[] {
  const found: string[] = [];
  if (report.exitCode !== 0) found.push(`exited with code ${report.exitCode}`);
  for (const error of report.errors) found.push(`reported an error: ${error}`);
  if (report.failed > 0) found.push(`${report.failed} test(s) failed`);
  const ran = report.passed + report.failed + report.skipped;
  if (report.found !== null && ran < report.found) found.push(`ran ${ran} of the ${report.found} tests it found`);
  if (report.found === 0 || ran === 0) found.push('ran no test');
  return found;
}

export function verdict(reports: RunnerReport[]): { ok: boolean; lines: string[] } {
  const lines: string[] = [];
  let ok = reports.length > 0;
  for (const report of reports) {
    const issues = problems(report);
    if (issues.length > 0) ok = false;
    lines.push(
      `${report.runner}: found ${report.found ?? '?'}, passed ${report.passed}, failed ${report.failed}, skipped ${report.skipped}` +
        (issues.length ? ` — FAILED: ${issues.join('; ')}` : ' — ok'),
    );
  }
  const sum = (key: 'passed' | 'failed' | 'skipped') => reports.reduce((total, report) => total + report[key], 0);
  lines.push(
    `tests: ${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped — ${ok ? 'ok' : 'FAILED'}`,
  );
  return { ok, lines };
}

interface VitestJson {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
  testResults: { name: string; status: string; message?: string; assertionResults: unknown[] }[];
}

export function readVitestReport(file: string, exitCode: number): RunnerReport {
  const base = { runner: 'vitest', exitCode, found: null, passed: 0, failed: 0, skipped: 0 };
  if (!existsSync(file)) return { ...base, errors: ['no report was written'] };
  const report = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
  const errors = report.testResults
    .filter((result) => result.status === 'failed' && result.assertionResults.length === 0)
    .map((result) => `${path.basename(result.name)}: ${firstLine(result.message ?? 'failed to run')}`);
  if (!report.success && errors.length === 0 && report.numFailedTests === 0) errors.push('unhandled error(s)');
  return {
    ...base,
    found: report.numTotalTests,
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    errors,
  };
}

interface PlaywrightSuite {
  specs?: { tests?: unknown[] }[];
  suites?: PlaywrightSuite[];
}

interface PlaywrightJson {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: { message?: string }[];
  suites?: PlaywrightSuite[];
}

/** The number of tests in a Playwright JSON report's suite tree (every project's copy of a test counts). */
export function countPlaywrightTests(suites: PlaywrightSuite[] = []): number {
  return suites.reduce(
    (total, suite) =>
      total +
      (suite.specs ?? []).reduce((sum, spec) => sum + (spec.tests?.length ?? 0), 0) +
      countPlaywrightTests(suite.suites),
    0,
  );
}

export function readPlaywrightReport(file: string, exitCode: number, found: number | null): RunnerReport {
  const base = { runner: 'playwright', exitCode, found, passed: 0, failed: 0, skipped: 0 };
  if (!existsSync(file)) return { ...base, errors: ['no report was written'] };
  const report = JSON.parse(readFileSync(file, 'utf8')) as PlaywrightJson;
  return {
    ...base,
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
    errors: (report.errors ?? []).map((error) => firstLine(error.message ?? 'error')),
  };
}

interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Where the runner's output goes: the terminal, or collected (tests of the runner itself). */
  stdio?: 'inherit' | 'ignore';
}

/**
 * Runs a command to completion without blocking this process: its event loop must keep reaping child processes
 * (e.g. the test database, which a browser test stops and restarts).
 */
export function run(command: string, args: string[], options: RunOptions): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: options.stdio ?? 'inherit',
      env: options.env ?? process.env,
      cwd: options.cwd,
    });
    child.on('error', () => resolve(127));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function capture(command: string, args: string[], options: RunOptions): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'], env: options.env, cwd: options.cwd });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => resolve({ code: 127, stdout: '' }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(chunks).toString('utf8') }));
  });
}

const bin = (cwd: string, name: string) => path.join(cwd, 'node_modules', '.bin', name);

export async function runVitest(options: RunOptions & { args?: string[]; outputFile: string }): Promise<RunnerReport> {
  rmSync(options.outputFile, { force: true });
  const code = await run(
    bin(options.cwd, 'vitest'),
    [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${options.outputFile}`,
      ...(options.args ?? []),
    ],
    options,
  );
  return readVitestReport(options.outputFile, code);
}

/**
 * Lists the tests first (no web server needed), then runs them; the JSON report goes to `outputFile` whatever the
 * configuration says, next to the terminal's list output.
 */
export async function runPlaywright(
  options: RunOptions & { args?: string[]; outputFile: string },
): Promise<RunnerReport> {
  const args = options.args ?? [];
  const env = { ...(options.env ?? process.env) };
  const listed = await capture(bin(options.cwd, 'playwright'), ['test', '--list', '--reporter=json', ...args], {
    ...options,
    env,
  });
  let found: number | null = null;
  try {
    const list = JSON.parse(listed.stdout) as PlaywrightJson;
    found = countPlaywrightTests(list.suites);
  } catch {
    // Reported below: a listing that is not JSON means the configuration itself did not load.
  }
  if (listed.code !== 0 || found === null) {
    return {
      runner: 'playwright',
      exitCode: listed.code || 1,
      found,
      passed: 0,
      failed: 0,
      skipped: 0,
      errors: ['could not list the tests (the configuration or a spec file failed to load)'],
    };
  }
  rmSync(options.outputFile, { force: true });
  const code = await run(bin(options.cwd, 'playwright'), ['test', '--reporter=list,json', ...args], {
    ...options,
    env: { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: options.outputFile },
  });
  return readPlaywrightReport(options.outputFile, code, found);
}

/** Whether something already listens on 127.0.0.1:port. */
export function isPortBusy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}
