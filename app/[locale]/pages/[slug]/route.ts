import { serveArticle } from '@/lib/public/routes';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return serveArticle(request, 'full', locale, slug, 'page');
}
