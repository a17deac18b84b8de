import 'server-only';
import { revalidatePublicPages } from '@/lib/public/revalidation';
import type { PublicRefresh } from './public-pages';

/** Called by actions after a committed write: the public pages it touched are rebuilt (tag revalidation). */
export function refreshPublicPages(refresh: PublicRefresh): void {
  if (refresh.tags.length) revalidatePublicPages(refresh.tags, { immediate: refresh.immediate });
}
