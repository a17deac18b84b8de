/**
 * `npm start` and `npm run dev`: the launcher (scripts/start.ts) as plain JavaScript, bundled again first when its
 * sources changed (decision 024), so the process that stays up for the life of the site holds no TypeScript loader.
 */
import { bundledScript, ensureBundle } from './lib/launcher-bundle.mjs';

// pg tells Cloudflare Workers from Node by `navigator.userAgent` and, where there is none (Node 20), by building a
// `Response`, which loads fetch's engine (undici) into the launcher for good: about 5 MB resident, and with --jitless
// (package.json: the launcher's work is waiting, not computing) a failure, since undici compiles WebAssembly as it
// loads. Node 20 gets the navigator that Node 21 and later have, with the same user agent. The launcher makes its own
// requests with Node's http module (lib/http/plain-request.ts).
globalThis.navigator ??= { userAgent: `Node.js/${process.versions.node.split('.')[0]}` };

try {
  ensureBundle();
} catch (error) {
  console.error(`[launcher] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
await import(bundledScript('launcher'));
