import { type StyleParseRule, type TagParseRule } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { LANG_MARK, safeHref } from '@/lib/content/schema';
import { bodySchema, validateBody, BODY_LIMITS } from '@/lib/content/validate';
import { demoArticles } from '@/prisma/demo';
import { blocksToDoc } from '@/scripts/db/seed';
import { storableText } from '@/lib/text';

const text = (value: string, marks?: object[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const para = (...content: object[]) => ({ type: 'paragraph', content });
const doc = (...content: object[]) => ({ type: 'doc', content });
const node = (type: string, content: object[], attrs?: object) => ({ type, content, ...(attrs ? { attrs } : {}) });
const mark = (type: string, attrs?: object) => ({ type, ...(attrs ? { attrs } : {}) });
const NODES = 'blockquote bulletList doc hardBreak heading horizontalRule image listItem orderedList paragraph table';

describe('the body schema', () => {
  it('has the blocks and marks of an article, and no code, underline or styling attributes', () => {
    expect(Object.keys(bodySchema.nodes).sort()).toEqual(`${NODES} tableCell tableHeader tableRow text`.split(' '));
    expect(Object.keys(bodySchema.marks).sort()).toEqual(['bold', 'italic', LANG_MARK, 'link', 'strike']);
    for (const type of [...Object.values(bodySchema.nodes), ...Object.values(bodySchema.marks)]) {
      for (const name of Object.keys(type.spec.attrs ?? {})) {
        expect(name, type.name).not.toMatch(/^(style|class|id|on.*|target|rel|width|height|colwidth|align|title)$/i);
      }
    }
  });
});

describe('validateBody on legitimate documents', () => {
  it('renders headings, lists, a table, an image, a lang mark and links', () => {
    const cell = (type: string, value: string, attrs?: object) => node(type, [para(text(value))], attrs);
    const body = doc(
      node('heading', [text('Hasabat')], { level: 2 }),
      para(
        text('Bold', [mark('bold')]),
        text(' and '),
        text('italic', [mark('italic')]),
        { type: 'hardBreak' },
        text('line'),
      ),
      para(
        text('site', [mark('link', { href: ' HTTPS://example.org/a?b=1&c=2 ', target: '_blank', class: 'x' })]),
        text(' · '),
        text('mail', [mark('link', { href: 'mailto:info@example.org' })]),
        text(' · '),
        text('page', [mark('link', { href: '/en/articles/x#part' })]),
      ),
      para(text('Türkmençe söz', [mark('lang', { lang: 'tk' })])),
      node('bulletList', [node('listItem', [para(text('one'))])]),
      node('orderedList', [node('listItem', [para(text('three'))])], { start: 3 }),
      node('blockquote', [para(text('quote'))]),
      { type: 'horizontalRule' },
      node('table', [
        node('tableRow', [cell('tableHeader', 'Year', { colspan: 2 })]),
        node('tableRow', [cell('tableCell', '2021'), cell('tableCell', '2022')]),
      ]),
      { type: 'image', attrs: { src: '/media/2026/01/photo.webp', alt: 'Aşgabat', mediaId: 'cm1abc', title: 'x' } },
    );
    const result = validateBody(body);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.html).toBe(
      [
        '<h2>Hasabat</h2>',
        '<p><strong>Bold</strong> and <em>italic</em><br/>line</p>',
        '<p><a rel="noopener noreferrer nofollow" href="https://example.org/a?b=1&amp;c=2">site</a> · <a rel="noopener noreferrer nofollow" href="mailto:info@example.org">mail</a> · <a rel="noopener noreferrer nofollow" href="/en/articles/x#part">page</a></p>',
        '<p><span lang="tk">Türkmençe söz</span></p>',
        '<ul><li><p>one</p></li></ul>',
        '<ol start="3"><li><p>three</p></li></ol>',
        '<blockquote><p>quote</p></blockquote>',
        '<hr/>',
        '<table><tbody><tr><th colspan="2"><p>Year</p></th></tr><tr><td><p>2021</p></td><td><p>2022</p></td></tr></tbody></table>',
        '<img src="/media/2026/01/photo.webp" alt="Aşgabat" loading="lazy" data-media-id="cm1abc"/>',
      ].join(''),
    );
    expect(result.text).toBe(
      'Hasabat\nBold and italic\nline\nsite · mail · page\nTürkmençe söz\none\nthree\nquote\nYear\n2021\n2022\nAşgabat',
    );
    // Attributes outside the schema are gone from the stored document; the link keeps only its normalized href.
    expect(JSON.stringify(result.doc)).not.toMatch(/target|class|title/);
    expect(JSON.stringify(result.doc)).toContain('"href":"https://example.org/a?b=1&c=2"');
  });

  it('accepts every demo body the seed renders', () => {
    for (const article of demoArticles) {
      for (const [locale, translation] of Object.entries(article.translations)) {
        const result = validateBody(blocksToDoc(translation.body));
        expect(result.ok ? 'ok' : result, `${article.key}:${locale}`).toBe('ok');
      }
    }
  });

  it('drops unknown attributes and keeps the document a fixed point', () => {
    const result = validateBody(doc({ ...para(text('x')), attrs: { style: 'color:red', class: 'MsoNormal' } }));
    expect(result.ok && result.doc).toEqual(doc(para(text('x'))));
    expect(result.ok && result.html).toBe('<p>x</p>');
  });
});

describe('control characters (the outside probe: they surfaced as <mark> in search snippets)', () => {
  const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');

  it('are dropped from stored text, except tab and newline', () => {
    expect(storableText(`a${controls}b`)).toBe('a\t\nb');
    expect(storableText('x\u0002y\u0003z\r\n')).toBe('xyz\n');
    expect(storableText('\ud800ok')).toBe('\ufffdok');
  });

  it('are dropped from a body; a text node of nothing else is left out, not refused', () => {
    const result = validateBody(doc(para(text('before\u0002'), text('\u0003\u0000', [mark('bold')]), text('after'))));
    expect(result.ok && result.doc).toEqual(doc(para(text('beforeafter'))));
    expect(result.ok && result.text).toBe('beforeafter');
    const image = { type: 'image', attrs: { src: '/media/2026/01/photo.webp', alt: 'x\u0002\u0003y', mediaId: 'cm1' } };
    const alt = validateBody(doc(image));
    expect(alt.ok && alt.doc).toEqual(doc({ ...image, attrs: { ...image.attrs, alt: 'xy' } }));
  });
});

describe('validateBody refusals', () => {
  it.each([
    ['a string', 'x', 'not-a-document'],
    ['a paragraph', para(text('x')), 'not-a-document'],
    ['an unknown node', doc({ type: 'codeBlock', content: [text('x')] }), 'unknown-node'],
    ['an unknown mark', doc(para(text('x', [{ type: 'underline' }]))), 'unknown-mark'],
    ['an h1', doc({ type: 'heading', attrs: { level: 1 }, content: [text('x')] }), 'bad-attribute'],
    ['a lang that is not a tag', doc(para(text('x', [{ type: 'lang', attrs: { lang: 'ru" x="' } }]))), 'bad-attribute'],
    [
      'a huge colspan',
      doc({
        type: 'table',
        content: [
          { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1e6 }, content: [para(text('x'))] }] },
        ],
      }),
      'bad-attribute',
    ],
    [
      'a javascript: link',
      doc(para(text('x', [{ type: 'link', attrs: { href: 'java\tscript:alert(1)' } }]))),
      'bad-link',
    ],
    [
      'a foreign image',
      doc({ type: 'image', attrs: { src: 'https://evil.example/a.png', alt: '', mediaId: 'm1' } }),
      'bad-image',
    ],
    ['text in doc', doc(text('x')), 'invalid-structure'],
    ['an empty doc', doc(), 'invalid-structure'],
  ])('refuses %s', (_, input, error) => {
    expect(validateBody(input)).toMatchObject({ ok: false, error });
  });

  it('names the path of the offending value', () => {
    const input = doc(para(text('ok')), para(text('x', [{ type: 'link', attrs: { href: 'javascript:x' } }])));
    expect(validateBody(input)).toEqual({
      ok: false,
      error: 'bad-link',
      path: 'content.1.content.0.marks.0.attrs.href',
    });
  });

  it('enforces the text, size and depth limits at their boundaries', () => {
    expect(validateBody(doc(para(text('a'.repeat(BODY_LIMITS.maxTextChars))))).ok).toBe(true);
    expect(validateBody(doc(para(text('a'.repeat(BODY_LIMITS.maxTextChars + 1)))))).toMatchObject({
      error: 'too-large',
    });
    const quotes = (depth: number): object =>
      depth === 0 ? para(text('x')) : { type: 'blockquote', content: [quotes(depth - 1)] };
    // doc (1) + quotes + paragraph (1) + text (1)
    expect(validateBody(doc(quotes(BODY_LIMITS.maxDepth - 3))).ok).toBe(true);
    expect(validateBody(doc(quotes(BODY_LIMITS.maxDepth - 2)))).toMatchObject({ error: 'too-deep' });
  });
});

describe('safeHref: what a link may point to', () => {
  it.each([
    ['https://example.org/x', 'https://example.org/x'],
    ['  HTTP://example.org  ', 'http://example.org'],
    ['mailto:a@example.org', 'mailto:a@example.org'],
    ['/ru/articles/x', '/ru/articles/x'],
    ['#notes', '#notes'],
    ['https://example.org/a file.pdf', 'https://example.org/a%20file.pdf'],
  ])('keeps %j as %j', (input, output) => {
    expect(safeHref(input)).toBe(output);
  });

  it.each([
    ...['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', '\u0001javascript:alert(1)'],
    ...['java\tscript:alert(1)', 'java\nscript:alert(1)', 'javascript&colon;alert(1)', '&#106;avascript:alert(1)'],
    ...['vbscript:msgbox(1)', 'data:text/html,x', '//evil.example', '/\\evil.example', '\\\\evil.example'],
    ...['https:evil.example', 'http://', 'mailto:', 'ftp://example.org', 'example.org', '', 'x'.repeat(3000)],
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeNull();
  });
});

/**
 * The editor parses pasted HTML with the schema's parse rules. No DOM is installed for unit tests (no @tiptap/html,
 * jsdom or happy-dom), so each rule runs against a minimal element: enough for the rules' own attribute readers.
 * The full paste path is exercised in the browser by the Playwright test with `hostileHtml`.
 */
function element(startTag: string): HTMLElement {
  const [, tag = '', rest = ''] = /^<([a-z0-9]+)(.*)>$/s.exec(startTag) ?? [];
  const attributes: Record<string, string> = {};
  for (const [, name = '', ...values] of rest.matchAll(/([^\s=]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g)) {
    attributes[name.toLowerCase()] = values.find((value) => value !== undefined) ?? '';
  }
  const style: Record<string, string> = {};
  for (const declaration of (attributes.style ?? '').split(';')) {
    const [name = '', value = ''] = declaration.split(':').map((part) => part.trim());
    if (name) style[name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  }
  const get = (name: string) => attributes[name.toLowerCase()] ?? null;
  const has = (name: string) => get(name) !== null;
  const fields = {
    getAttribute: get,
    hasAttribute: has,
    querySelector: () => null,
    children: [],
    textContent: 'x',
    style,
  };
  return { nodeName: tag.toUpperCase(), ...fields } as unknown as HTMLElement;
}

/** The first tag rule (in schema order) that matches the element and does not refuse it, as ProseMirror would pick. */
function parse(dom: HTMLElement): { type: string; attrs: Record<string, unknown> } | null {
  for (const type of [...Object.values(bodySchema.nodes), ...Object.values(bodySchema.marks)]) {
    for (const rule of (type.spec.parseDOM ?? []).filter((rule): rule is TagParseRule => 'tag' in rule)) {
      const [, name, required = ''] = /^([a-z0-9]+)((?:\[[a-z-]+\])*)$/.exec(rule.tag ?? '') ?? [];
      if (name?.toUpperCase() !== dom.nodeName) continue;
      if ([...required.matchAll(/\[([a-z-]+)\]/g)].some(([, attr = '']) => !dom.hasAttribute(attr))) continue;
      const attrs = rule.getAttrs ? rule.getAttrs(dom) : (rule.attrs ?? null);
      if (attrs !== false) return { type: type.name, attrs: attrs ?? {} };
    }
  }
  return null;
}

describe('pasting from Word and Google Docs', () => {
  const paragraph = { type: 'paragraph', attrs: {} };
  it.each([
    ['<p class=MsoNormal style="margin-bottom:0cm;mso-line-height-alt:12pt" align=center>', paragraph],
    ['<h2 style="mso-outline-level:2" class=x id=_Toc1>', { type: 'heading', attrs: { level: 2 } }],
    [
      '<span lang=EN-US style="font-size:12pt;mso-ansi-language:EN-US" class=x>',
      { type: 'lang', attrs: { lang: 'en-US' } },
    ],
    [
      '<a href="https://example.org/r" class=MsoHyperlink target=_blank rel=opener style="color:blue" onclick=x title=t>',
      { type: 'link', attrs: { href: 'https://example.org/r' } },
    ],
    [
      '<td colspan=2 width=160 valign=top style="width:120pt;text-align:right;border:solid" class=x>',
      { type: 'tableCell', attrs: { colspan: 2, rowspan: 1 } },
    ],
    ['<ol start=3 type=a style="margin-top:0cm" class=x>', { type: 'orderedList', attrs: { start: 3, type: 'a' } }],
    [
      '<img src="/media/a/b.jpg" data-media-id=m1 alt=Alt style="width:300px" width=300 class=c onerror=x>',
      { type: 'image', attrs: { src: '/media/a/b.jpg', mediaId: 'm1', alt: 'Alt' } },
    ],
    // Google Docs: the document wrapper is a <b> that is not bold, and formatting is inline style on bare spans.
    ['<p dir=ltr style="line-height:1.38;margin-top:0pt;">', paragraph],
    ['<b style="font-weight:normal;" id=docs-internal-guid-1>', null],
    ['<span style="font-size:11pt;font-weight:700;color:#000000">', null],
    // Dropped: the element goes, its text stays.
    ['<span lang=X-NONE>', null],
    ['<img src="file:///C:/Users/x/clip_image001.png" width=300>', null],
    ['<img src="data:image/png;base64,AAAA" data-media-id=m1>', null],
    ['<a href=" JAVASCRIPT:alert(1)">', null],
    ['<a href="//evil.example">', null],
  ])('%s', (html, expected) => {
    expect(parse(element(html))).toEqual(expected);
  });

  it('reads bold from font-weight styles without storing the style', () => {
    const rules = bodySchema.marks.bold?.spec.parseDOM ?? [];
    const weight = rules.find((rule): rule is StyleParseRule => 'style' in rule && rule.style === 'font-weight');
    expect(weight?.getAttrs?.('700')).toBeNull();
    expect(weight?.getAttrs?.('400')).toBe(false);
    expect(bodySchema.marks.bold?.spec.attrs ?? {}).toEqual({});
  });
});
