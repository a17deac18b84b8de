import { routeActor, downloadHeaders } from '@/lib/desk/route-guard';
import { exportTmx } from '@/lib/desk/tmx';

export const dynamic = 'force-dynamic';

/** The whole translation memory as TMX 1.4b, for any signed-in member of staff (streamed page by page). */
export async function GET() {
  const actor = await routeActor('/admin/translation-memory.tmx');
  if (actor instanceof Response) return actor;
  const pages = exportTmx(actor);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const page: IteratorResult<string, void> = await pages.next();
      if (page.done) controller.close();
      else controller.enqueue(encoder.encode(page.value));
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: downloadHeaders('application/x-tmx+xml; charset=utf-8', `habar-${stamp}.tmx`),
  });
}
