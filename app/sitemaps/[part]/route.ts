import { serveSitemap } from '@/lib/public/discovery-routes';

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).part);
  return serveSitemap(match ? Number(match[1]) : -1);
}
