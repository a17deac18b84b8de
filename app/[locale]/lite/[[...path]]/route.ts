import { serveLite } from '@/lib/public/routes';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; path?: string[] }> }) {
  const { locale, path } = await params;
  return serveLite(request, locale, path ?? []);
}
