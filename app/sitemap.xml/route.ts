import { serveSitemap } from '@/lib/public/discovery-routes';

export async function GET() {
  return serveSitemap();
}
