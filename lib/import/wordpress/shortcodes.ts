/**
 * WordPress content before it is HTML: shortcodes and the paragraphs `wpautop` makes of classic-editor text. Habar
 * has no shortcodes, so each is removed and its inner text kept; the few that carry a URL or media become markup the
 * converter understands (a link, images by attachment id).
 */

/** Shortcodes that enclose content, as WordPress and common plugins write them. */
const SHORTCODE = /\[(\[?)(\/?)([A-Za-z][A-Za-z0-9_-]{0,40})((?:\s[^\]]{0,2000})?)(\/?)\](\]?)/g;

function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"']+))`, 'i').exec(attrs);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Removes shortcodes, keeping what they enclose: `[caption …]<img …> Text[/caption]` keeps the image and the text,
 * `[embed]URL[/embed]` becomes a link, `[gallery ids="1,2"]` becomes the attachments' images, and `[[tag]]` (an
 * escaped shortcode) is printed as `[tag]`. Only names that look like shortcodes are touched, and a lone `[word]`
 * is kept unless it is a known shortcode or closed later in the text, so "[sic]" or "[1]" survive.
 */
export function stripShortcodes(content: string): string {
  const closed = new Set<string>();
  for (const match of content.matchAll(/\[\/([A-Za-z][A-Za-z0-9_-]{0,40})\]/g)) closed.add(match[1]!.toLowerCase());
  const known = new Set(['gallery', 'audio', 'video', 'playlist', 'embed', 'caption', 'wp_caption', 'contact-form-7']);

  const withEmbeds = content.replace(
    /\[embed[^\]]*\]\s*(https?:\/\/[^\s[<]+)\s*\[\/embed\]/gi,
    (_all, url: string) => `<p><a href="${escapeAttr(url)}">${escapeAttr(url)}</a></p>`,
  );

  return withEmbeds.replace(
    SHORTCODE,
    (all, open: string, slash: string, rawName: string, attrs: string, _self: string, close: string) => {
      const name = rawName.toLowerCase();
      if (open === '[' && close === ']') return all.slice(1, -1);
      if (!known.has(name) && !closed.has(name)) return all;
      if (name === 'gallery' && !slash) {
        const ids = (attribute(attrs, 'ids') ?? '').split(',').filter((id) => /^\s*\d{1,12}\s*$/.test(id));
        return ids.map((id) => `<img data-attachment-id="${id.trim()}">`).join('');
      }
      if ((name === 'audio' || name === 'video') && !slash) {
        const src = attribute(attrs, 'src') ?? attribute(attrs, 'mp3') ?? attribute(attrs, 'mp4');
        return src ? `<p><a href="${escapeAttr(src)}">${escapeAttr(src)}</a></p>` : '';
      }
      return '';
    },
  );
}

const BLOCK_TAGS =
  'table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|' +
  'math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|' +
  'menu|summary|script|iframe|object|video|audio';
const BLOCK_START = new RegExp(`^\\s*<(?:${BLOCK_TAGS})[\\s/>]`, 'i');

/**
 * WordPress's `wpautop`, simplified: classic-editor posts are stored without paragraphs, a blank line between them
 * and a line break inside them. Chunks that already start with a block element are left alone.
 */
export function autoParagraphs(content: string): string {
  const normalized = content.replace(/\r\n?/g, '\n');
  return normalized
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk) => {
      if (BLOCK_START.test(chunk)) return chunk;
      return `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`;
    })
    .join('\n');
}
