/**
 * Whether .next holds a production build of the current sources: a hash of everything that goes into the build is
 * written next to it after a successful build, and compared before starting.
 */
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
