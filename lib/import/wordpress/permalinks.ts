/**
 * Every address a WordPress post answered at, for its redirects: `/?p=ID`, its permalink as exported, and the common
 * permalink structures (post name, day and name, month and name, numeric), each also behind the language prefix
 * Polylang and WPML put in front (`/en/…`). All normalized (percent-encoded Cyrillic slugs included) and without
 * paths Habar serves itself.
 */
import { isReservedPath, normalizeOldPath } from '@/lib/public/redirect-paths';
import type { ItemInfo } from './plan';

/** The site's folder: `https://old.org/blog` → `/blog` (empty for a site at the root). */
export function basePathOf(siteUrl: string): string {
  try {
    return new URL(siteUrl).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

export function decodedSlug(postName: string): string {
  try {
    return decodeURIComponent(postName);
  } catch {
    return postName;
  }
}

export function oldAddresses(info: ItemInfo, basePath: string, languagePrefix: string | null): string[] {
  const name = encodeURIComponent(decodedSlug(info.postName));
  const [date = ''] = info.postDate.split(' ');
  const [year, month, day] = date.split('-');
  const paths: string[] = [`${basePath}/?${info.postType === 'page' ? 'page_id' : 'p'}=${info.postId}`];
  try {
    const link = new URL(info.link);
    paths.push(`${link.pathname}${link.search}`);
  } catch {
    // No usable link in the export.
  }
  const structures: string[] = [];
  if (name) {
    structures.push(`/${name}`);
    if (info.postType === 'post' && year && month && /^\d{4}$/.test(year) && year !== '0000') {
      structures.push(`/${year}/${month}/${day}/${name}`, `/${year}/${month}/${name}`);
    }
  }
  if (info.postType === 'post') structures.push(`/archives/${info.postId}`);
  for (const structure of structures) {
    paths.push(`${basePath}${structure}`);
    if (languagePrefix) paths.push(`${basePath}/${languagePrefix}${structure}`);
  }
  const normalized = new Set<string>();
  for (const path of paths) {
    const key = normalizeOldPath(path);
    if (key && !isReservedPath(key)) normalized.add(key);
  }
  return [...normalized];
}
