import { serveFavicon } from '@/lib/public/brand';

// The icon is a runtime fact (admins upload it), not a build-time one.
export const dynamic = 'force-dynamic';

export function GET() {
  return serveFavicon('svg');
}
