import { serveHome } from '@/lib/public/routes';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return serveHome(request, 'full', (await params).locale);
}
