import { serveHome } from '@/lib/public/routes';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; page: string }> }) {
  const { locale, page } = await params;
  return serveHome(request, 'full', locale, page);
}
