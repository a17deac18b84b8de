/**
 * Streams a WordPress export (WXR) with saxes, a maintained streaming XML parser: the file is read in 64 KiB chunks
 * and only one item at a time is held in memory. Comments are counted, not kept. The reader refuses what it cannot
 * read with one clear line (WxrError): not XML, a truncated file, no or an unknown WXR version, an empty file, or a
 * single text longer than `maxTextBytes` (a 1 GB file is read in constant memory; a 1 GB CDATA section is refused).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export const KNOWN_WXR_VERSIONS = ['1.0', '1.1', '1.2'] as const;

export interface WxrChannel {
  version: string;
  title: string;
  link: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  language: string;
}

export interface WxrAuthor {
  login: string;
  displayName: string;
}

/** A term from the channel header: categories, tags and custom taxonomies (Polylang's among them). */
export interface WxrTerm {
  taxonomy: string;
  termId: string;
  slug: string;
  name: string;
  description: string;
  parent: string;
}

export interface WxrItemTerm {
  domain: string;
  nicename: string;
  name: string;
}

export interface WxrItem {
  title: string;
  link: string;
  creator: string;
  /** The post's HTML; empty unless the reader was asked for content. */
  content: string;
  excerpt: string;
  /** Characters of the content (known even when the content itself is not kept). */
  contentLength: number;
  postId: string;
  postDate: string;
  postDateGmt: string;
  postName: string;
  status: string;
  postParent: string;
  menuOrder: string;
  postType: string;
  attachmentUrl: string;
  terms: WxrItemTerm[];
  meta: Map<string, string>;
  commentCount: number;
}

export type WxrEvent =
  | { type: 'channel'; channel: WxrChannel }
  | { type: 'author'; author: WxrAuthor }
  | { type: 'term'; term: WxrTerm }
  | { type: 'item'; item: WxrItem };

export class WxrError extends Error {}

export interface ReadOptions {
  /** Keep the items' content and excerpt (the second pass); the first pass only needs their length. */
  withContent: boolean;
  /** Longest single text (an element's content) accepted, in bytes of input. */
  maxTextBytes?: number;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export const DEFAULT_MAX_TEXT_BYTES = 16 * 1024 * 1024;
/** Short fields (titles, slugs, dates, meta values) are cut here; only content and excerpt may be long. */
const MAX_SHORT_FIELD = 1024 * 1024;

const emptyItem = (): WxrItem => ({
  title: '',
  link: '',
  creator: '',
  content: '',
  excerpt: '',
  contentLength: 0,
  postId: '',
  postDate: '',
  postDateGmt: '',
  postName: '',
  status: '',
  postParent: '',
  menuOrder: '',
  postType: '',
  attachmentUrl: '',
  terms: [],
  meta: new Map(),
  commentCount: 0,
});

const itemFields: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  'dc:creator': 'creator',
  'wp:post_id': 'postId',
  'wp:post_date': 'postDate',
  'wp:post_date_gmt': 'postDateGmt',
  'wp:post_name': 'postName',
  'wp:status': 'status',
  'wp:post_parent': 'postParent',
  'wp:menu_order': 'menuOrder',
  'wp:post_type': 'postType',
  'wp:attachment_url': 'attachmentUrl',
};

/** The channel's term elements: WordPress writes categories and tags with their own child names. */
const termElements: Record<string, { taxonomy?: string; fields: Record<string, keyof WxrTerm> }> = {
  'wp:category': {
    taxonomy: 'category',
    fields: {
      'wp:term_id': 'termId',
      'wp:category_nicename': 'slug',
      'wp:cat_name': 'name',
      'wp:category_description': 'description',
      'wp:category_parent': 'parent',
    },
  },
  'wp:tag': {
    taxonomy: 'post_tag',
    fields: {
      'wp:term_id': 'termId',
      'wp:tag_slug': 'slug',
      'wp:tag_name': 'name',
      'wp:tag_description': 'description',
    },
  },
  'wp:term': {
    fields: {
      'wp:term_id': 'termId',
      'wp:term_taxonomy': 'taxonomy',
      'wp:term_slug': 'slug',
      'wp:term_name': 'name',
      'wp:term_description': 'description',
      'wp:term_parent': 'parent',
    },
  },
};

/**
 * A copy of a short text that holds nothing else alive. The parser's texts are slices of the 64 KiB chunk they were
 * read from, and V8 keeps a slice's whole parent string: kept in the first pass's index, a 30-byte title held its
 * chunk, and the index of 10,000 posts held the whole file (about 90 MB). Copied, it is a few megabytes.
 */
function own(text: string): string {
  return text.length === 0 ? '' : Buffer.from(text, 'utf16le').toString('utf16le');
}

/**
 * Reads the whole file, calling `onEvent` for the channel (once, before anything else), each author, term and item.
 * `onEvent` may be async: the next chunk is read only after the events of the previous one were handled.
 */
export async function readWxr(
  file: string,
  options: ReadOptions,
  onEvent: (event: WxrEvent) => void | Promise<void>,
): Promise<{ items: number; bytes: number }> {
  let totalBytes: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new WxrError(`${file} is not a file`);
    totalBytes = info.size;
  } catch (error) {
    if (error instanceof WxrError) throw error;
    throw new WxrError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (totalBytes === 0) throw new WxrError('the file is empty');

  const maxText = options.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
  const parser = new SaxesParser({ xmlns: false, position: true });
  const pending: WxrEvent[] = [];
  const path: string[] = [];
  let text = '';
  let textTooLong = false;
  let bytesSinceEvent = 0;
  let channel: Partial<WxrChannel> | null = null;
  let channelSent = false;
  let sawRss = false;
  let item: WxrItem | null = null;
  let itemTerm: WxrItemTerm | null = null;
  let metaKey = '';
  let metaValue = '';
  let term: { spec: (typeof termElements)[string]; value: WxrTerm } | null = null;
  let author: WxrAuthor | null = null;
  let inComment = 0;
  let items = 0;

  const keepsLongText = () => {
    const name = path[path.length - 1];
    return name === 'content:encoded' || name === 'excerpt:encoded';
  };
  const append = (chunk: string) => {
    bytesSinceEvent = 0;
    if (inComment) return;
    if (item && keepsLongText()) {
      if (path[path.length - 1] === 'content:encoded') item.contentLength += chunk.length;
      if (!options.withContent) return;
    } else if (text.length + chunk.length > MAX_SHORT_FIELD) {
      textTooLong = true;
      return;
    }
    text += chunk;
  };
  const sendChannel = () => {
    if (channelSent) return;
    channelSent = true;
    const version = channel?.version ?? '';
    if (!version) throw new WxrError('not a WordPress export: no wp:wxr_version in the channel');
    if (!(KNOWN_WXR_VERSIONS as readonly string[]).includes(version)) {
      throw new WxrError(`WXR version ${version.slice(0, 20)} is not one this importer knows (1.0, 1.1, 1.2)`);
    }
    pending.push({
      type: 'channel',
      channel: {
        version,
        title: channel?.title ?? '',
        link: channel?.link ?? '',
        baseSiteUrl: channel?.baseSiteUrl ?? '',
        baseBlogUrl: channel?.baseBlogUrl ?? '',
        language: channel?.language ?? '',
      },
    });
  };

  parser.on('text', append);
  parser.on('cdata', append);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    bytesSinceEvent = 0;
    const name = tag.name;
    const parent = path[path.length - 1];
    path.push(name);
    text = '';
    textTooLong = false;
    if (path.length === 1) {
      if (name !== 'rss')
        throw new WxrError(`not a WordPress export: the document is <${name.slice(0, 40)}>, not <rss>`);
      sawRss = true;
    } else if (name === 'channel' && parent === 'rss') {
      channel = {};
    } else if (name === 'item' && parent === 'channel') {
      sendChannel();
      item = emptyItem();
    } else if (item && name === 'wp:comment') {
      if (!inComment) item.commentCount++;
      inComment++;
    } else if (item && name === 'category' && parent === 'item') {
      const attr = (key: string) => (typeof tag.attributes[key] === 'string' ? own(tag.attributes[key]) : '');
      itemTerm = { domain: attr('domain'), nicename: attr('nicename'), name: '' };
    } else if (parent === 'channel' && termElements[name]) {
      const spec = termElements[name];
      term = {
        spec,
        value: { taxonomy: spec.taxonomy ?? '', termId: '', slug: '', name: '', description: '', parent: '' },
      };
    } else if (parent === 'channel' && name === 'wp:author') {
      author = { login: '', displayName: '' };
    }
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    bytesSinceEvent = 0;
    const name = tag.name;
    path.pop();
    const parent = path[path.length - 1];
    const value = textTooLong ? '' : text;
    if (item) {
      if (name === 'wp:comment') inComment--;
      else if (inComment) {
        // Comment fields are not kept.
      } else if (name === 'item') {
        items++;
        pending.push({ type: 'item', item });
        item = null;
      } else if (parent === 'item' && itemFields[name]) {
        (item as unknown as Record<string, string>)[itemFields[name]] = own(value.trim());
      } else if (name === 'content:encoded') {
        item.content = value;
      } else if (name === 'excerpt:encoded') {
        item.excerpt = value;
      } else if (name === 'category' && itemTerm) {
        itemTerm.name = own(value.trim());
        item.terms.push(itemTerm);
        itemTerm = null;
      } else if (name === 'wp:meta_key') {
        metaKey = own(value.trim());
      } else if (name === 'wp:meta_value') {
        metaValue = own(value);
      } else if (name === 'wp:postmeta') {
        if (metaKey && !item.meta.has(metaKey)) item.meta.set(metaKey, metaValue);
        metaKey = metaValue = '';
      }
    } else if (term) {
      if (termElements[name] === term.spec && parent === 'channel') {
        sendChannel();
        pending.push({ type: 'term', term: term.value });
        term = null;
      } else if (term.spec.fields[name]) {
        term.value[term.spec.fields[name]] = own(value.trim());
      }
    } else if (author) {
      if (name === 'wp:author') {
        sendChannel();
        pending.push({ type: 'author', author });
        author = null;
      } else if (name === 'wp:author_login') author.login = own(value.trim());
      else if (name === 'wp:author_display_name') author.displayName = own(value.trim());
    } else if (channel && parent === 'channel') {
      if (name === 'wp:wxr_version') channel.version = own(value.trim());
      else if (name === 'title') channel.title = own(value.trim());
      else if (name === 'link') channel.link = own(value.trim());
      else if (name === 'wp:base_site_url') channel.baseSiteUrl = own(value.trim());
      else if (name === 'wp:base_blog_url') channel.baseBlogUrl = own(value.trim());
      else if (name === 'language') channel.language = own(value.trim());
    }
    text = '';
    textTooLong = false;
  });

  const stream = createReadStream(file, { highWaterMark: 64 * 1024, encoding: 'utf8' });
  let bytesRead = 0;
  let first = true;
  const where = () => `line ${parser.line}`;
  try {
    for await (const raw of stream as AsyncIterable<string>) {
      let chunk = raw;
      if (first) {
        chunk = chunk.replace(/^\ufeff/, '');
        if (/^\s*$/.test(chunk) && bytesRead + Buffer.byteLength(raw) >= totalBytes)
          throw new WxrError('the file is empty');
        first = false;
      }
      bytesRead += Buffer.byteLength(raw);
      bytesSinceEvent += raw.length;
      try {
        parser.write(chunk);
      } catch (error) {
        if (error instanceof WxrError) throw error;
        throw new WxrError(`not well-formed XML (${where()}): ${firstLine(error)}`);
      }
      if (bytesSinceEvent > maxText) {
        throw new WxrError(`a single text in the file is larger than ${Math.round(maxText / 1048576)} MB (${where()})`);
      }
      options.onProgress?.(bytesRead, totalBytes);
      for (let event = pending.shift(); event; event = pending.shift()) await onEvent(event);
    }
    try {
      parser.close();
    } catch (error) {
      throw new WxrError(`the file ends early (truncated after ${items} items, ${where()}): ${firstLine(error)}`);
    }
  } finally {
    stream.destroy();
  }
  if (!sawRss) throw new WxrError('not XML: no document element');
  if (!channelSent) sendChannel();
  for (let event = pending.shift(); event; event = pending.shift()) await onEvent(event);
  return { items, bytes: bytesRead };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // saxes prefixes its messages with the position; ours already says where.
  return (message.split('\n')[0] ?? '').replace(/^(?:undefined:)?\d+:\d+: /, '').slice(0, 200);
}
