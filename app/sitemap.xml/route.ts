import { serveSitemap } from '@/lib/public/discovery-routes';

// Answered per request from the cache: the base URL and the content are runtime facts, not build-time ones.
export const dynamic = 'force-dynamic';

export async function GET() {
  return serveSitemap();
}
