import { plainRequest } from '@/lib/http/plain-request';
import { requestPages } from '@/lib/public/request-pages';
import { liteTwin } from '@/lib/render/public/paths';

/**
 * After a start, renders every public page once in the background (sitemap URLs, their lite twins, the feeds), so
 * that no reader waits on the database for a published page, and pages keep serving if the database goes down soon
 * after a restart. Sequential and polite: two requests at a time; a failure is only counted.
 */
export async function warmPublicCache(origin: string, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  for (let i = 0; i < 240; i++) {
    if (
      await plainRequest(`${origin}/robots.txt`).then(
        (response) => response.status === 200,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const sitemap = await plainRequest(`${origin}/sitemap.xml`).then(
    (response) => (response.status === 200 ? response.body : ''),
    () => '',
  );
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] as string).pathname);
  const locales = [...new Set(paths.map((path) => path.split('/')[1]).filter(Boolean))];
  const queue = [...paths, ...paths.map(liteTwin), ...locales.map((locale) => `/${locale}/feed.xml`)];
  const total = queue.length;
  const { failed } = await requestPages(origin, queue);
  log(
    `page cache warmed: ${total - failed} of ${total} public URLs in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
