import { isLocale, routing } from '@/i18n/routing';
import { previewArticleData } from '@/lib/public/queries';
import { contextFor, headers, notFoundResponse } from '@/lib/public/serve';
import { articlePage } from '@/lib/render/public/pages';
import { withPreviewBanner } from '@/lib/render/public/preview';
import {
  enrolmentPath,
  requireActor,
  SecondFactorSetupRequiredError,
  UnauthenticatedError,
} from '@/lib/workspace/guard';

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
      return new Response(null, { status: 303, headers: { location: enrolmentPath(error) } });
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
  // The public site's own 404 page, in the asked language (or the default one).
  if (!article || !isLocale(locale)) return notFoundResponse(isLocale(locale) ? locale : routing.defaultLocale);
  const ctx = await contextFor(locale);
  const page = withPreviewBanner(ctx, articlePage(ctx, article.data), article.changes ? 'changes' : 'draft');
  return new Response(page, {
    headers: { ...headers(locale, 'private, no-store'), 'x-robots-tag': 'noindex, nofollow' },
  });
}
