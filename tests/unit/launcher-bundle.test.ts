import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundledScript,
  ensureBundle,
  hashOf,
  isBundleCurrent,
  launcherArgs,
  projectRoot,
  stampFile,
} from '@/scripts/lib/launcher-bundle.mjs';

/**
 * `npm start` runs the launcher as a bundle of its sources (decision 024): the bundle must follow every change to
 * them, hold no TypeScript loader or Prisma, and be started the same way by package.json and by everything else.
 */
describe('the launcher bundle', () => {
  it('is what package.json starts, with the same Node arguments as the tests and the bench', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    const command = ['node', ...launcherArgs.map((arg) => path.relative(projectRoot, arg) || arg)].join(' ');
    expect(scripts.start).toBe(command);
    expect(scripts.dev).toBe(`${command} --dev`);
  });

  it('is made when missing or stale, and names every source that went in', { timeout: 60_000 }, () => {
    ensureBundle();
    expect(isBundleCurrent()).toBe(true);
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { hash: string; inputs: string[] };
    expect(stamp.inputs).toEqual(expect.arrayContaining(['scripts/start.ts', 'scripts/server.ts', 'lib/log.ts']));
    // One changed byte in any input changes the hash the next start compares.
    expect(hashOf(stamp.inputs)).toBe(stamp.hash);
    expect(hashOf([...stamp.inputs, 'scripts/prepare.ts'])).not.toBe(stamp.hash);
  });

  it('keeps Prisma, the schema engine, the seed and tsx out of the long-lived processes', () => {
    ensureBundle();
    for (const name of ['launcher', 'server'] as const) {
      const source = readFileSync(bundledScript(name), 'utf8');
      const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
      expect(imports.filter((name) => /prisma|schema-engine|tsx|esbuild|sharp/.test(name ?? ''))).toEqual([]);
      expect(source).not.toMatch(/scripts\/db\/seed\.ts|scripts\/db\/schema-engine\.ts/);
    }
    // The bundle loads as plain JavaScript: Node checks its syntax without any loader.
    execFileSync(process.execPath, ['--check', bundledScript('launcher')]);
  });
});
