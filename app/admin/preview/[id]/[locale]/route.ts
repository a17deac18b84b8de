import { isLocale } from '@/i18n/routing';
import { previewArticleData } from '@/lib/public/queries';
import { contextFor, headers } from '@/lib/public/serve';
import { articlePage } from '@/lib/render/public/pages';
import { requireActor, SecondFactorSetupRequiredError, UnauthenticatedError } from '@/lib/workspace/guard';

export const dynamic = 'force-dynamic';

/**
 * A translation in any status, rendered by the public site's own renderer, so staff see exactly what readers will.
 * Only for signed-in staff (checked here, not in the proxy); never cached, never indexed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; locale: string }> }) {
  const { id, locale } = await params;
  try {
    await requireActor('read:workspace');
  } catch (error) {
    if (error instanceof SecondFactorSetupRequiredError) {
      return new Response(null, { status: 303, headers: { location: '/admin/account?setup=2fa' } });
    }
    if (error instanceof UnauthenticatedError) {
      return new Response(null, {
        status: 303,
        headers: { location: `/admin/login?next=${encodeURIComponent(`/admin/preview/${id}/${locale}`)}` },
      });
    }
    throw error;
  }
  const article = isLocale(locale) ? await previewArticleData(id, locale) : null;
  if (!article || !isLocale(locale)) return new Response('Not found', { status: 404 });
  return new Response(articlePage(await contextFor(locale), article), {
    headers: { ...headers(locale, 'private, no-store'), 'x-robots-tag': 'noindex, nofollow' },
  });
}
