import 'server-only';
import { env } from '@/lib/env';
import { clip, logger } from '@/lib/log';

/**
 * Tells the edge caches in front (nginx with Debian's cache-purge module, deploy/nginx/) which URLs a change
 * affected, so that a publish shows at the edge on the next request. The edge keeps one copy per URL and encoding
 * (brotli, gzip, plain): each is dropped. A CDN in front follows the same contract (decision 022, docs/deploy.md).
 * Awaited before the publish is answered; an edge that does not answer within two seconds is logged, never waited for.
 */
const encodings = ['br', 'gzip', 'identity'] as const;

export function edgePurgeOrigins(): string[] {
  return env().EDGE_PURGE_URLS;
}

export async function purgeEdge(paths: readonly string[], origins = edgePurgeOrigins()): Promise<{ failed: number }> {
  if (!origins.length || !paths.length) return { failed: 0 };
  const jobs = origins.flatMap((origin) =>
    paths.flatMap((path) => encodings.map((encoding) => ({ origin, path, encoding }))),
  );
  let failed = 0;
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const ok = await fetch(`${job.origin}${job.path}`, {
        method: 'PURGE',
        headers: { 'x-habar-encoding': job.encoding },
        signal: AbortSignal.timeout(2_000),
      }).then(
        // 200: dropped; 404: that copy was not cached. Both leave the edge fresh.
        async (response) => {
          await response.arrayBuffer();
          return response.status === 200 || response.status === 404;
        },
        () => false,
      );
      if (!ok) failed++;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  if (failed) logger('edge').warn({ failed, origins: origins.map((origin) => clip(origin, 100)) }, 'edge purge failed');
  return { failed };
}
