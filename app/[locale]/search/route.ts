import { serveSearch } from '@/lib/public/routes';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return serveSearch(request, 'full', (await params).locale);
}
