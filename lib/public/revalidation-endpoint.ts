import 'server-only';
import { z } from 'zod';
import { refusedWithoutInternalToken } from '@/lib/config/internal-token';
import { env } from '@/lib/env';
import { revalidatePublicPages } from './revalidation';

/**
 * Revalidation from outside a request of the app itself: the publication scheduler and maintenance scripts run in
 * another context and ask the server to revalidate cache tags. The caller proves it holds the server's AUTH_SECRET
 * with a derived bearer token; the tags are checked against the known tag shapes.
 */

const bodySchema = z.object({
  tags: z
    .array(z.string().regex(/^(public|lists:[a-z]{2}|articles:[a-z]{2}|article-path:[a-z]{2}:[a-z0-9-]{1,120})$/))
    .min(1)
    .max(500),
  immediate: z.boolean().default(false),
});

export async function revalidateFromRequest(request: Request): Promise<Response> {
  const refused = refusedWithoutInternalToken(request, env().AUTH_SECRET);
  if (refused) return refused;
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ ok: false, error: 'invalid tags' }, { status: 400 });
  revalidatePublicPages(parsed.data.tags, { immediate: parsed.data.immediate });
  return Response.json({ ok: true, revalidated: parsed.data.tags.length });
}
