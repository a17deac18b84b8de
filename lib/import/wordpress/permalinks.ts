/**
 * Every address a WordPress post or page answered at, for its redirects: `/?p=ID` (and a page's `/?page_id=ID`), its
 * permalink as exported, and the common permalink structures (post name, day and name, month and name, numeric; a
 * page's path under its parent pages, `/<parent>/<child>/`), each also behind the language prefix Polylang and WPML
 * put in front (`/en/…`). All normalized (percent-encoded Cyrillic slugs included) and without paths Habar serves
 * itself.
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

/** How far up a page's parents are followed (WordPress allows any depth; real sites stay shallow). */
const MAX_PAGE_DEPTH = 10;

/**
 * The post names of a page's parent pages, the top one first (`about` for `/about/team/`); cycles and missing
 * parents end the chain.
 */
export function pageAncestors(info: ItemInfo, items: ReadonlyMap<string, ItemInfo>): string[] {
  const names: string[] = [];
  const seen = new Set([info.postId]);
  for (
    let parent = items.get(info.parent);
    parent && names.length < MAX_PAGE_DEPTH;
    parent = items.get(parent.parent)
  ) {
    if (parent.postType !== 'page' || seen.has(parent.postId) || !parent.postName) break;
    seen.add(parent.postId);
    names.unshift(parent.postName);
  }
  return names;
}

export function oldAddresses(
  info: ItemInfo,
  basePath: string,
  languagePrefix: string | null,
  ancestors: string[] = [],
): string[] {
  const name = encodeURIComponent(decodedSlug(info.postName));
  const [date = ''] = info.postDate.split(' ');
  const [year, month, day] = date.split('-');
  // WordPress answers `?p=` for a page too (it redirects to the page).
  const paths: string[] = [`${basePath}/?p=${info.postId}`];
  if (info.postType === 'page') paths.push(`${basePath}/?page_id=${info.postId}`);
  try {
    const link = new URL(info.link);
    paths.push(`${link.pathname}${link.search}`);
  } catch {
    // No usable link in the export.
  }
  const structures: string[] = [];
  if (name) {
    structures.push(`/${name}`);
    if (ancestors.length > 0) {
      structures.push(`/${[...ancestors.map((parent) => encodeURIComponent(decodedSlug(parent))), name].join('/')}`);
    }
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
