/**
 * Whether .next holds a production build of the current sources: a hash of everything that goes into the build is
 * written next to it after a successful build, and compared before starting.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './settings';

const inputs = [
  'app',
  'components',
  'lib',
  'i18n',
  'messages',
  'public',
  'pages',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'tsconfig.json',
  'package-lock.json',
  'prisma/schema.prisma',
  'global.d.ts',
];
const skip = new Set(['node_modules', '.next', '.data']);

function collect(target: string, files: string[]): void {
  if (!existsSync(target)) return;
  if (statSync(target).isDirectory()) {
    for (const entry of readdirSync(target).sort()) if (!skip.has(entry)) collect(path.join(target, entry), files);
  } else {
    files.push(target);
  }
}

export function sourceHash(): string {
  const files: string[] = [];
  for (const input of inputs) collect(path.join(projectRoot, input), files);
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(projectRoot, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

const stampFile = () => path.join(projectRoot, '.next', 'habar-build-stamp');

export function isBuildCurrent(): boolean {
  return (
    existsSync(path.join(projectRoot, '.next', 'BUILD_ID')) &&
    existsSync(stampFile()) &&
    readFileSync(stampFile(), 'utf8') === sourceHash()
  );
}

export function writeBuildStamp(): void {
  writeFileSync(stampFile(), sourceHash());
}

/**
 * Runs `next build` when the build is missing or stale (for the test runner and the bench; the launcher runs its own
 * so that Ctrl-C can stop it). Resolves to whether the build is current afterwards.
 */
export async function buildIfStale(log: (line: string) => void): Promise<boolean> {
  if (isBuildCurrent()) return true;
  log('building the app (production)');
  const build = spawn(
    process.execPath,
    [path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
    {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  const code = await new Promise<number | null>((resolve) => build.on('exit', resolve));
  if (code !== 0) return false;
  writeBuildStamp();
  return true;
}
