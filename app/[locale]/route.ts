import { serveHome } from '@/lib/public/routes';

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return serveHome((await params).locale);
}
