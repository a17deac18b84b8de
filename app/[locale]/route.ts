import { isLocale } from '@/i18n/routing';
import { serveUnclaimed } from '@/lib/public/old-addresses';
import { serveHome } from '@/lib/public/routes';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  // `/<something>` that is not a language: an old address (`/hello-world/`, `/index.php?p=12`) or a 404.
  if (!isLocale(locale)) return serveUnclaimed(request, locale);
  return serveHome(request, 'full', locale);
}
