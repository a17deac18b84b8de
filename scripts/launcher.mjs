/**
 * `npm start` and `npm run dev`: the launcher (scripts/start.ts) as plain JavaScript, bundled again first when its
 * sources changed (decision 024), so the process that stays up for the life of the site holds no TypeScript loader.
 */
import { bundledScript, ensureBundle } from './lib/launcher-bundle.mjs';

try {
  ensureBundle();
} catch (error) {
  console.error(`[launcher] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
await import(bundledScript('launcher'));
