/**
 * The launcher as plain JavaScript (decision 024): scripts/start.ts and scripts/server.ts bundled by esbuild
 * (scripts/bundle-launcher.mjs) into node_modules/.habar-launcher/, so the long-lived processes of `npm start` carry
 * no TypeScript loader. The folder is git-ignored and gone after `npm ci`; it sits two levels below the project root,
 * like scripts/lib/ and scripts/db/, so the sources' `import.meta.dirname/../..` still names the root. A stamp lists
 * every source file that went in with their hash: any change, and the next start bundles again (in a child process,
 * so esbuild never stays in the launcher's memory).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');
export const bundleDir = path.join(projectRoot, 'node_modules', '.habar-launcher');
export const stampFile = path.join(bundleDir, 'stamp.json');
/** What is bundled, by output name; and what else a change of must bundle again. */
export const bundledEntries = { launcher: 'scripts/start.ts', server: 'scripts/server.ts' };
export const bundlerFiles = ['tsconfig.json', 'scripts/bundle-launcher.mjs', 'scripts/lib/launcher-bundle.mjs'];

/**
 * How `npm start` runs Node (package.json's "start" says the same): a young generation of 1 MB per half instead of 16,
 * which keeps about 10 MB less of the launcher's short-lived garbage resident (decision 024), and no JIT compiler (the
 * launcher waits on processes and timers; compiled code would hold about 5 MB more, decision 025; `--no-expose-wasm`
 * says what --jitless implies, or V8 prints a warning that is not a JSON log line). Every test, the bench and
 * the local cluster start the launcher with these arguments, so what they exercise is what ships.
 */
export const launcherArgs = [
  '--max-semi-space-size=1',
  '--jitless',
  '--no-expose-wasm',
  path.join(projectRoot, 'scripts', 'launcher.mjs'),
];

/** The bundled form of a script. */
export function bundledScript(name) {
  return path.join(bundleDir, `${name}.mjs`);
}

/** One hash of these files' names and contents (paths relative to the project root). */
export function hashOf(files) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file).update('\0');
    try {
      hash.update(readFileSync(path.join(projectRoot, file)));
    } catch {
      hash.update('(missing)');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function isBundleCurrent() {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    return (
      Object.keys(bundledEntries).every((name) => existsSync(bundledScript(name))) &&
      stamp.hash === hashOf(stamp.inputs)
    );
  } catch {
    return false;
  }
}

/** Bundles again when a source changed since the last bundle; throws when esbuild fails (its errors are printed). */
export function ensureBundle() {
  if (isBundleCurrent()) return;
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'bundle-launcher.mjs')], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`bundling the launcher failed (exit code ${result.status})`);
}
