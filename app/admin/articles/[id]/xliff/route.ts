import { isLocale } from '@/i18n/routing';
import { downloadHeaders, routeActor } from '@/lib/desk/route-guard';
import { exportXliff } from '@/lib/desk/xliff-io';

export const dynamic = 'force-dynamic';

/**
 * `GET /admin/articles/<id>/xliff?source=ru&target=tk`: the article's source and one target language as XLIFF 1.2,
 * for staff who may edit the target language (a translator only in their languages).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const url = new URL(request.url);
  const source = url.searchParams.get('source');
  const target = url.searchParams.get('target');
  const path = `/admin/articles/${id}/xliff${url.search}`;
  if (!isLocale(source) || !isLocale(target)) {
    const actor = await routeActor(path);
    if (actor instanceof Response) return actor;
    return new Response('Unknown language', { status: 400 });
  }
  const actor = await routeActor(path, 'edit:translation:own-languages', { locale: target });
  if (actor instanceof Response) return actor;
  const result = await exportXliff(actor, { articleId: id.slice(0, 64), sourceLocale: source, targetLocale: target });
  if (!result.ok) return new Response(result.error, { status: result.error === 'not-found' ? 404 : 400 });
  return new Response(result.xml, {
    headers: downloadHeaders('application/x-xliff+xml; charset=utf-8', result.filename),
  });
}
