import { serveMedia } from '@/lib/public/media';

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return serveMedia((await params).path);
}
