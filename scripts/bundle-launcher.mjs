/**
 * Bundles the launcher and the app's server into plain JavaScript with esbuild (decision 024; see
 * scripts/lib/launcher-bundle.mjs). Packages stay outside the bundle: Node loads them from node_modules as before. Run by
 * `npm start` when a source changed; each file is written beside its place and renamed over it, so a launcher starting
 * at the same moment reads either the old bundle or the new one, never half of one.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { bundleDir, bundledEntries, bundlerFiles, hashOf, projectRoot, stampFile } from './lib/launcher-bundle.mjs';

const result = await build({
  absWorkingDir: projectRoot,
  entryPoints: Object.fromEntries(Object.entries(bundledEntries).map(([name, file]) => [name, file])),
  outdir: bundleDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  metafile: true,
  write: false,
  logLevel: 'warning',
});
mkdirSync(bundleDir, { recursive: true });
const writeAtomically = (file, contents) => {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
};
for (const output of result.outputFiles) writeAtomically(output.path, output.contents);
const inputs = [...new Set([...Object.keys(result.metafile.inputs), ...bundlerFiles])].sort();
writeAtomically(stampFile, JSON.stringify({ hash: hashOf(inputs), inputs }, null, 2));
console.log(`[launcher] bundled ${inputs.length} source files into ${path.relative(projectRoot, bundleDir)}/`);
