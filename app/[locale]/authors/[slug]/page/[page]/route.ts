import { serveAuthor } from '@/lib/public/routes';

export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; slug: string; page: string }> },
) {
  const { locale, slug, page } = await params;
  return serveAuthor(request, 'full', locale, slug, page);
}
