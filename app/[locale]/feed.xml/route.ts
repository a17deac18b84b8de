import { serveFeed } from '@/lib/public/discovery-routes';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return serveFeed(request, (await params).locale);
}
