/**
 * Builds WordPress exports (WXR 1.2, as Tools → Export writes them) for the import tests and the bench: channel,
 * authors, terms (categories, tags, Polylang's `language` and `post_translations`), items with their terms and meta.
 */
export interface WxrPost {
  id: number;
  title: string;
  content?: string;
  excerpt?: string;
  name?: string;
  /** `post`, `page`, `attachment`, or any other post type. */
  type?: string;
  status?: string;
  /** `2019-05-12 08:30:00`, UTC. */
  dateGmt?: string;
  /** Local time (permalinks use it); defaults to dateGmt. */
  date?: string;
  creator?: string;
  categories?: { nicename: string; name: string }[];
  tags?: { nicename: string; name: string }[];
  /** Polylang: language term slug and translation group term slug. */
  language?: string;
  group?: string;
  meta?: Record<string, string>;
  attachmentUrl?: string;
  comments?: number;
  parent?: number;
  link?: string;
}

export interface WxrSite {
  url?: string;
  version?: string;
  authors?: { login: string; displayName: string }[];
  categories?: { id: number; nicename: string; name: string }[];
  /** Custom taxonomy terms (Polylang's): description is written as given. */
  terms?: { id: number; taxonomy: string; slug: string; name: string; description?: string }[];
  posts: WxrPost[];
}

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

export function polylangGroup(members: Record<string, number>): string {
  const entries = Object.entries(members);
  return `a:${entries.length}:{${entries.map(([code, id]) => `s:${Buffer.byteLength(code)}:"${code}";i:${id};`).join('')}}`;
}

export function buildWxr(site: WxrSite): string {
  const url = site.url ?? 'https://old.example.org';
  const head = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>Old site</title>
	<link>${url}</link>
	<description>An archive</description>
	<language>ru-RU</language>
	<wp:wxr_version>${site.version ?? '1.2'}</wp:wxr_version>
	<wp:base_site_url>${url}</wp:base_site_url>
	<wp:base_blog_url>${url}</wp:base_blog_url>
`;
  const authors = (site.authors ?? [{ login: 'admin', displayName: 'Admin' }])
    .map(
      (author, i) =>
        `\t<wp:author><wp:author_id>${i + 1}</wp:author_id><wp:author_login>${cdata(author.login)}</wp:author_login><wp:author_email>${cdata(`${author.login}@example.org`)}</wp:author_email><wp:author_display_name>${cdata(author.displayName)}</wp:author_display_name></wp:author>\n`,
    )
    .join('');
  const categories = (site.categories ?? [])
    .map(
      (c) =>
        `\t<wp:category><wp:term_id>${c.id}</wp:term_id><wp:category_nicename>${cdata(c.nicename)}</wp:category_nicename><wp:category_parent>${cdata('')}</wp:category_parent><wp:cat_name>${cdata(c.name)}</wp:cat_name></wp:category>\n`,
    )
    .join('');
  const terms = (site.terms ?? [])
    .map(
      (t) =>
        `\t<wp:term><wp:term_id>${t.id}</wp:term_id><wp:term_taxonomy>${cdata(t.taxonomy)}</wp:term_taxonomy><wp:term_slug>${cdata(t.slug)}</wp:term_slug><wp:term_parent>${cdata('')}</wp:term_parent><wp:term_name>${cdata(t.name)}</wp:term_name><wp:term_description>${cdata(t.description ?? '')}</wp:term_description></wp:term>\n`,
    )
    .join('');
  return `${head}${authors}${categories}${terms}${site.posts.map((post) => wxrItem(url, post)).join('')}</channel>\n</rss>\n`;
}

export function wxrItem(url: string, post: WxrPost): string {
  const type = post.type ?? 'post';
  const dateGmt = post.dateGmt ?? '2020-01-15 09:00:00';
  const date = post.date ?? dateGmt;
  const name = post.name ?? `post-${post.id}`;
  const link =
    post.link ??
    (type === 'page'
      ? `${url}/${name}/`
      : `${url}/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/${name}/`);
  const terms = [
    ...(post.categories ?? []).map((c) => ({ domain: 'category', ...c })),
    ...(post.tags ?? []).map((t) => ({ domain: 'post_tag', ...t })),
    ...(post.language ? [{ domain: 'language', nicename: post.language, name: post.language }] : []),
    ...(post.group ? [{ domain: 'post_translations', nicename: post.group, name: post.group }] : []),
  ]
    .map((t) => `\t\t<category domain="${t.domain}" nicename="${t.nicename}">${cdata(t.name)}</category>\n`)
    .join('');
  const meta = Object.entries(post.meta ?? {})
    .map(
      ([key, value]) =>
        `\t\t<wp:postmeta>\n\t\t\t<wp:meta_key>${cdata(key)}</wp:meta_key>\n\t\t\t<wp:meta_value>${cdata(value)}</wp:meta_value>\n\t\t</wp:postmeta>\n`,
    )
    .join('');
  const comments = Array.from(
    { length: post.comments ?? 0 },
    (_, i) =>
      `\t\t<wp:comment><wp:comment_id>${post.id * 100 + i}</wp:comment_id><wp:comment_author>${cdata('Reader')}</wp:comment_author><wp:comment_content>${cdata('A comment')}</wp:comment_content></wp:comment>\n`,
  ).join('');
  return `\t<item>
		<title>${cdata(post.title)}</title>
		<link>${link}</link>
		<pubDate>Wed, 15 Jan 2020 09:00:00 +0000</pubDate>
		<dc:creator>${cdata(post.creator ?? 'admin')}</dc:creator>
		<guid isPermaLink="false">${url}/?p=${post.id}</guid>
		<description></description>
		<content:encoded>${cdata(post.content ?? '')}</content:encoded>
		<excerpt:encoded>${cdata(post.excerpt ?? '')}</excerpt:encoded>
		<wp:post_id>${post.id}</wp:post_id>
		<wp:post_date>${cdata(date)}</wp:post_date>
		<wp:post_date_gmt>${cdata(dateGmt)}</wp:post_date_gmt>
		<wp:comment_status>${cdata('open')}</wp:comment_status>
		<wp:ping_status>${cdata('open')}</wp:ping_status>
		<wp:post_name>${cdata(name)}</wp:post_name>
		<wp:status>${cdata(post.status ?? 'publish')}</wp:status>
		<wp:post_parent>${post.parent ?? 0}</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type>${cdata(type)}</wp:post_type>
		<wp:post_password>${cdata('')}</wp:post_password>
		<wp:is_sticky>0</wp:is_sticky>
${post.attachmentUrl ? `\t\t<wp:attachment_url>${cdata(post.attachmentUrl)}</wp:attachment_url>\n` : ''}${terms}${meta}${comments}	</item>
`;
}
