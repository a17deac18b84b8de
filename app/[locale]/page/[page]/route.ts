import { serveHome } from '@/lib/public/routes';

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; page: string }> }) {
  const { locale, page } = await params;
  return serveHome(locale, page);
}
