import { plainRequest } from '@/lib/http/plain-request';

/**
 * Requests public pages from a running server so that it renders them into its cache: after a start (the launcher's
 * warm-up) and after a publish (decision 013). Two at a time, politely; a failure is only counted. No server imports:
 * the launcher uses it too.
 */
export async function requestPages(
  origin: string,
  paths: readonly string[],
  concurrency = 2,
): Promise<{ failed: number }> {
  const queue = [...paths];
  let failed = 0;
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const ok = await plainRequest(`${origin}${path}`).then(
        (response) => response.status < 500,
        () => false,
      );
      if (!ok) failed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { failed };
}
