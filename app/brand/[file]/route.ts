import { serveBrandFile } from '@/lib/public/brand';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serveBrandFile((await params).file);
}
