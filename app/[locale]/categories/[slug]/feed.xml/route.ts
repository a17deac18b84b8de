import { serveFeed } from '@/lib/public/discovery-routes';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return serveFeed(request, locale, slug);
}
