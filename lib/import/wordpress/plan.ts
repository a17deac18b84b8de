/**
 * The first pass: an index of every item without its content (a few hundred bytes each, so 20,000 posts fit in a
 * few megabytes), and from it the plan: which posts form one article, in which language, and what is skipped and why.
 */
import type { Locale } from '@/i18n/routing';
import { habarLocale, parseTranslationGroup } from './languages';
import type { WxrAuthor, WxrChannel, WxrEvent, WxrItem } from './wxr-reader';

export interface ItemInfo {
  postId: string;
  postType: string;
  status: string;
  title: string;
  postName: string;
  postDate: string;
  postDateGmt: string;
  link: string;
  creator: string;
  parent: string;
  languageCode: string | null;
  pllGroup: string | null;
  wpmlGroup: string | null;
  wpmlSource: string | null;
  categories: { nicename: string; name: string }[];
  tags: { nicename: string; name: string }[];
  thumbnailId: string | null;
  attachedFile: string | null;
  imageAlt: string;
  attachmentUrl: string;
  commentCount: number;
  order: number;
}

export interface WxrIndex {
  channel: WxrChannel | null;
  authors: Map<string, WxrAuthor>;
  /** Polylang's `post_translations` terms: slug → description. */
  postGroups: Map<string, string>;
  /** Polylang's `term_translations` terms: slug → description (categories and tags in several languages). */
  termGroups: Map<string, string>;
  /** Every term by taxonomy and id: for `term_translations`, which name term ids. */
  termsById: Map<string, { taxonomy: string; slug: string; name: string }>;
  items: Map<string, ItemInfo>;
  /** Attachments by their file under the uploads folder (`2019/05/photo.jpg`). */
  attachmentsByFile: Map<string, string>;
}

export const emptyIndex = (): WxrIndex => ({
  channel: null,
  authors: new Map(),
  postGroups: new Map(),
  termGroups: new Map(),
  termsById: new Map(),
  items: new Map(),
  attachmentsByFile: new Map(),
});

export function itemInfo(item: WxrItem, order: number): ItemInfo {
  const term = (domain: string) => item.terms.find((entry) => entry.domain === domain)?.nicename || null;
  const terms = (domain: string) =>
    item.terms.filter((entry) => entry.domain === domain).map(({ nicename, name }) => ({ nicename, name }));
  const meta = (key: string) => item.meta.get(key)?.trim() || null;
  return {
    postId: item.postId,
    postType: item.postType,
    status: item.status,
    title: item.title.slice(0, 300),
    postName: item.postName,
    postDate: item.postDate,
    postDateGmt: item.postDateGmt,
    link: item.link,
    creator: item.creator,
    parent: item.postParent,
    languageCode: term('language') ?? meta('_wpml_import_language_code'),
    pllGroup: term('post_translations'),
    wpmlGroup: meta('_wpml_import_translation_group'),
    wpmlSource: meta('_wpml_import_source_language_code'),
    categories: terms('category'),
    tags: terms('post_tag'),
    thumbnailId: meta('_thumbnail_id'),
    attachedFile: meta('_wp_attached_file'),
    imageAlt: (meta('_wp_attachment_image_alt') ?? '').slice(0, 500),
    attachmentUrl: item.attachmentUrl,
    commentCount: item.commentCount,
    order,
  };
}

/** Adds one event of the first pass to the index. */
export function indexEvent(index: WxrIndex, event: WxrEvent): void {
  switch (event.type) {
    case 'channel':
      index.channel = event.channel;
      break;
    case 'author':
      index.authors.set(event.author.login, event.author);
      break;
    case 'term': {
      const { term } = event;
      index.termsById.set(term.termId, { taxonomy: term.taxonomy, slug: term.slug, name: term.name });
      if (term.taxonomy === 'post_translations') index.postGroups.set(term.slug, term.description);
      if (term.taxonomy === 'term_translations') index.termGroups.set(term.slug, term.description);
      break;
    }
    case 'item': {
      if (!/^\d{1,12}$/.test(event.item.postId)) break;
      const info = itemInfo(event.item, index.items.size);
      index.items.set(info.postId, info);
      if (info.postType === 'attachment' && info.attachedFile)
        index.attachmentsByFile.set(info.attachedFile, info.postId);
      break;
    }
  }
}

export type ImportedType = 'post' | 'page';

export interface PlannedGroup {
  key: string;
  type: ImportedType;
  sourceLocale: Locale;
  /** Source language first. */
  members: { postId: string; locale: Locale }[];
}

export interface Skip {
  /** A WordPress post ID, a group's name or a term. */
  subject: string;
  title?: string;
  reason: string;
}

export interface PlanOptions {
  defaultLocale?: Locale;
  categoryLocales?: Map<string, Locale>;
}

export interface Plan {
  groups: PlannedGroup[];
  /** Post ID → the group it is in. */
  groupOf: Map<string, PlannedGroup>;
  skipped: Skip[];
  /** Notes that lose nothing (a group naming a post that is not in the file, a split group). */
  notes: Skip[];
  comments: number;
}

const IMPORTED_STATUSES = new Set(['publish', 'draft', 'pending', 'future']);
const SILENT_TYPES = new Set(['revision', 'nav_menu_item', 'customize_changeset', 'oembed_cache', 'custom_css']);

function localeOf(info: ItemInfo, options: PlanOptions): { locale: Locale } | { reason: string } {
  if (info.languageCode) {
    const locale = habarLocale(info.languageCode);
    return locale ? { locale } : { reason: `the language "${info.languageCode.slice(0, 20)}" is not ru, tk or en` };
  }
  for (const category of info.categories) {
    const mapped =
      options.categoryLocales?.get(category.name.toLowerCase()) ??
      options.categoryLocales?.get(category.nicename.toLowerCase());
    if (mapped) return { locale: mapped };
  }
  if (options.defaultLocale) return { locale: options.defaultLocale };
  return { reason: 'no language (pass --default-language or --category-language)' };
}

function skipReason(info: ItemInfo): string | null {
  if (info.postType !== 'post' && info.postType !== 'page') {
    return SILENT_TYPES.has(info.postType)
      ? `${info.postType} (not content)`
      : `post type "${info.postType}" is not imported`;
  }
  if (info.status === 'private') return 'private';
  if (info.status === 'trash') return 'in the trash';
  if (!IMPORTED_STATUSES.has(info.status)) return `status "${info.status}"`;
  return null;
}

/** The date to order posts by: GMT when WordPress set it (drafts have `0000-00-00 00:00:00`), else local. */
const sortDate = (info: ItemInfo) =>
  info.postDateGmt && !info.postDateGmt.startsWith('0000') ? info.postDateGmt : info.postDate;

/** Groups the indexed posts into articles, one language each, and lists what is skipped. */
export function planImport(index: WxrIndex, options: PlanOptions): Plan {
  const skipped: Skip[] = [];
  const notes: Skip[] = [];
  const byKey = new Map<string, { type: ImportedType; posts: { info: ItemInfo; locale: Locale }[] }>();
  const parsedGroups = new Map<string, ReturnType<typeof parseTranslationGroup>>();
  let comments = 0;

  for (const info of index.items.values()) {
    comments += info.commentCount;
    if (info.postType === 'attachment') continue;
    const reason = skipReason(info);
    if (reason) {
      skipped.push({ subject: info.postId, title: info.title, reason });
      continue;
    }
    const language = localeOf(info, options);
    if ('reason' in language) {
      skipped.push({ subject: info.postId, title: info.title, reason: language.reason });
      continue;
    }
    const { locale } = language;
    let key = `post:${info.postId}`;
    if (info.pllGroup) {
      let parsed = parsedGroups.get(info.pllGroup);
      if (!parsed) {
        const description = index.postGroups.get(info.pllGroup);
        parsed =
          description === undefined
            ? { ok: false, error: 'its term is not in the file' }
            : parseTranslationGroup(description);
        parsedGroups.set(info.pllGroup, parsed);
        if (!parsed.ok) {
          notes.push({
            subject: info.pllGroup,
            reason: `translation group not used: ${parsed.error}; its posts were imported as separate articles`,
          });
        }
      }
      if (parsed.ok) key = `pll:${info.pllGroup}`;
    } else if (info.wpmlGroup) {
      key = `wpml:${info.wpmlGroup}`;
    }
    const type = info.postType as ImportedType;
    const group = byKey.get(key) ?? { type, posts: [] };
    byKey.set(key, group);
    if (group.type !== type || group.posts.some((post) => post.locale === locale)) {
      notes.push({
        subject: info.postId,
        title: info.title,
        reason:
          group.type !== type
            ? `in a translation group of ${group.type}s but is a ${type}: imported on its own`
            : `a second ${locale} post in translation group ${key}: imported on its own`,
      });
      byKey.set(`post:${info.postId}`, { type, posts: [{ info, locale }] });
      continue;
    }
    group.posts.push({ info, locale });
  }

  // What the Polylang descriptions name that the file does not have (or has as something else).
  for (const [slug, parsed] of parsedGroups) {
    if (!parsed.ok) continue;
    const group = byKey.get(`pll:${slug}`);
    for (const [code, postId] of parsed.members) {
      const named = index.items.get(postId);
      if (!named) notes.push({ subject: slug, reason: `names post ${postId} (${code}), which is not in the file` });
      else if (group && named.postType !== group.type) {
        notes.push({ subject: slug, reason: `names post ${postId} (${code}), which is a ${named.postType}: left out` });
      }
    }
  }

  const groups: PlannedGroup[] = [];
  const groupOf = new Map<string, PlannedGroup>();
  for (const [key, { type, posts }] of byKey) {
    if (posts.length === 0) continue;
    const source =
      posts.find((post) => post.info.wpmlGroup && !post.info.wpmlSource) ??
      [...posts].sort(
        (a, b) => sortDate(a.info).localeCompare(sortDate(b.info)) || Number(a.info.postId) - Number(b.info.postId),
      )[0]!;
    const members = [source, ...posts.filter((post) => post !== source)].map((post) => ({
      postId: post.info.postId,
      locale: post.locale,
    }));
    const group: PlannedGroup = { key, type, sourceLocale: source.locale, members };
    groups.push(group);
    for (const member of members) groupOf.set(member.postId, group);
  }
  return { groups, groupOf, skipped, notes, comments };
}
