import { serveListing } from '@/lib/public/routes';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string; page: string }> },
) {
  const { locale, slug, page } = await params;
  return serveListing('tag', locale, slug, page);
}
