/**
 * Deterministic hostile rich text: Tiptap JSON documents for the server's validator and HTML strings for the editor's
 * paste path. A seeded PRNG (mulberry32) picks the details, so a failing case is reproduced by its seed and index.
 * Every kind of attack appears in turn (index modulo the number of kinds), so any n ≥ a few dozen covers them all.
 */

export interface HostileDocument {
  label: string;
  doc: unknown;
  /** The validator's answer when it is certain: an error code, or 'ok' when the document must pass (escaped). */
  expect?: string;
}

export interface HostileHtml {
  label: string;
  html: string;
}

type Rand = () => number;

export function seededRandom(seed: number): Rand {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const int = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const randomCase = (rand: Rand, text: string) =>
  [...text].map((c) => (rand() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');

/** One payload per line: data reads better than a formatted array, and the file stays short. */
const lines = (block: string) => block.trim().split('\n');

const SCRIPTISH = lines(`
<script>alert(1)</script>
<img src=x onerror=alert(1)>
<svg onload=alert(1)>
<iframe srcdoc="<script>alert(1)</script>">
"><script>alert(1)</script>
' onmouseover='alert(1)
" onerror="alert(1)
javascript:alert(1)
</p><script>alert(1)</script><p>
<style>*{background:url(javascript:alert(1))}</style>
<p style="width: expression(alert(1))">
&lt;script&gt;alert(1)&lt;/script&gt;
<!--<script>-->
\u0000<script>alert(1)</script>`);
const EVENTS = ['onerror', 'onload', 'onmouseover', 'onclick', 'onfocus', 'ontoggle', 'onanimationstart'];
const BAD_SCHEMES = ['javascript:alert(1)', 'vbscript:msgbox(1)', 'livescript:x', 'javascript://%0aalert(1)'];
const DATA_URLS = [
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
];
const SPLITTERS = ['\t', '\n', '\r', '\u0000', '&#x09;', '&Tab;', '&#10;', '%09', '\u200b', ' '];
const PREFIXES = ['', ' ', '  \n', '\u0001', '\u00a0', '\ufeff', '\t'];

/** A URL that must never become a link or image source: scripting and data schemes in disguise, foreign hosts. */
export function hostileUrl(rand: Rand): string {
  const base = pick(rand, [...BAD_SCHEMES, ...DATA_URLS, '//evil.example/x', '/\\evil.example', '\\\\evil.example']);
  let url =
    rand() < 0.7 ? randomCase(rand, base.slice(0, base.indexOf(':') + 1)) + base.slice(base.indexOf(':') + 1) : base;
  const colon = url.indexOf(':');
  if (colon > 1 && rand() < 0.5) {
    const at = int(rand, 1, colon - 1);
    url = url.slice(0, at) + pick(rand, SPLITTERS) + url.slice(at);
  }
  if (rand() < 0.2) url = `&#${url.charCodeAt(0)};${url.slice(1)}`;
  return pick(rand, PREFIXES) + url;
}

const BAD_SRC = lines(`
/media/x.svg
/media/../../etc/passwd
/media/a.png" onerror="alert(1)
https://evil.example/a.png
//evil.example/a.png
/media/a.png?x=<svg>
/MEDIA/a.png
 /media/a.png
/media/a%2e%2e/b.png
/media/a.png\u0000
x" onerror=alert(1) y="`);
const BAD_LANG = ['en" onmouseover="alert(1)', 'x-none', 'EN-US', '<script>', 'en us', '', 'ru\u0000', 'a'.repeat(50)];
const UNKNOWN_NODES = 'script iframe svg rawHtml codeBlock embed __proto__ constructor toString'.split(' ');
const UNKNOWN_MARKS = 'code underline textStyle highlight style __proto__ constructor hasOwnProperty'.split(' ');
const JUNK_ATTRS: Record<string, unknown> = {
  style: 'background:url(javascript:alert(1)); width: expression(alert(1))',
  class: 'x" onclick="alert(1)',
  onclick: 'alert(1)',
  onerror: 'alert(1)',
  srcdoc: '<script>alert(1)</script>',
  'x" onload="alert(1)': 'y',
  href: 'javascript:alert(1)',
  src: 'data:text/html,<script>alert(1)</script>',
};

type J = Record<string, unknown>;
const text = (value: unknown, marks?: J[]): J => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const para = (...content: J[]): J => ({ type: 'paragraph', content });
const node = (type: string, content: J[], attrs?: J): J => ({ type, content, ...(attrs ? { attrs } : {}) });
const item = (...content: J[]) => node('listItem', [para(text('item')), ...content]);
const cell = (block: J, attrs?: J) => node('table', [node('tableRow', [node('tableCell', [block], attrs)])]);
const image = (attrs: J): J => ({
  type: 'image',
  attrs: { src: '/media/ok/a.jpg', alt: 'ok', mediaId: 'm1', ...attrs },
});
const doc = (...content: J[]): J => ({ type: 'doc', content });

/** Puts a block somewhere a real body could have it: top level, in a quote, a list item or a table cell. */
function placed(rand: Rand, block: J): J {
  const inner = pick(rand, [block, node('blockquote', [block]), node('bulletList', [item(block)]), cell(block)]);
  return doc(para(text('Intro')), inner);
}
const inline = (rand: Rand, leaf: J) =>
  placed(rand, rand() < 0.8 ? para(leaf) : node('heading', [leaf], { level: pick(rand, [2, 3, 4]) }));
const link = (href: string) => ({ type: 'link', attrs: { href } });
const lang = (value: string) => ({ type: 'lang', attrs: { lang: value } });
const nested = (depth: number, wrap: (inner: J) => J): J =>
  Array.from({ length: depth }).reduce<J>((inner) => wrap(inner), para(text('deep')));
const refused = (label: string, doc: unknown, expect: string) => ({ label, doc, expect });

const documentKinds: ((rand: Rand) => HostileDocument)[] = [
  (r) => ({ label: 'script text', doc: inline(r, text(pick(r, SCRIPTISH))), expect: 'ok' }),
  (r) => refused('link', inline(r, text('x', [link(hostileUrl(r))])), 'bad-link'),
  (r) => refused('image src', placed(r, image({ src: r() < 0.5 ? pick(r, BAD_SRC) : hostileUrl(r) })), 'bad-image'),
  (r) =>
    refused('image id', placed(r, image({ mediaId: pick(r, ['x" onerror="alert(1)', '', null, 7]) })), 'bad-image'),
  (r) => {
    const attrs = { ...JUNK_ATTRS, src: '/media/ok/a.jpg', alt: pick(r, SCRIPTISH), title: pick(r, SCRIPTISH) };
    return { label: 'image alt', doc: placed(r, image(attrs)), expect: 'ok' };
  },
  (r) => refused('lang', inline(r, text('söz', [lang(pick(r, BAD_LANG))])), 'bad-attribute'),
  (r) =>
    refused('node', placed(r, node(pick(r, UNKNOWN_NODES), [text(pick(r, SCRIPTISH))], JUNK_ATTRS)), 'unknown-node'),
  (r) => refused('mark', inline(r, text('x', [{ type: pick(r, UNKNOWN_MARKS), attrs: JUNK_ATTRS }])), 'unknown-mark'),
  (r) => {
    const blocks = [para(text('p')), node('heading', [text('h')], { level: 2 }), node('blockquote', [para(text('q'))])];
    const block = pick(r, [...blocks, node('orderedList', [item()]), { type: 'horizontalRule' }]);
    return {
      label: 'junk attrs',
      doc: placed(r, { ...block, attrs: { ...(block.attrs as J), ...JUNK_ATTRS } }),
      expect: 'ok',
    };
  },
  (r) => {
    const block = pick(r, [
      node('heading', [text('h')], { level: pick(r, ['2" onclick="alert(1)', 1, 7, 2.5, -1, null]) }),
      node('orderedList', [item()], { start: pick(r, ['1" onclick="x', 1e308, null, 1.5]) }),
      node('orderedList', [item()], { type: pick(r, ['a" onclick="alert(1)', 'disc', 7]) }),
      cell(para(text('c')), { [pick(r, ['colspan', 'rowspan'])]: pick(r, [1e9, 0, -1, '2 onclick=x']) }),
    ]);
    return refused('attr value', placed(r, block), 'bad-attribute');
  },
  (r) => {
    const marks = Array.from({ length: int(r, 2, 8) }, () =>
      pick<J>(r, [
        { type: 'bold' },
        { type: 'italic' },
        { type: 'strike' },
        link(r() < 0.85 ? 'https://ok.example/?q="><script>' : hostileUrl(r)),
        lang(r() < 0.85 ? pick(r, ['ru', 'tk', 'en-GB']) : pick(r, BAD_LANG)),
      ]),
    );
    return { label: 'nested marks', doc: inline(r, text(pick(r, SCRIPTISH), marks)) };
  },
  (r) => {
    const depth = pick(r, [70, 500, 5000]);
    const wrap = pick(r, [(n: J) => node('blockquote', [n]), (n: J) => node('bulletList', [item(n)])]);
    return refused(`depth ${depth}`, doc(nested(depth, wrap)), 'too-deep');
  },
  (r) => {
    const garbage = pick<unknown>(r, [null, 42, 'doc', [], [doc()], { type: 'DOC' }, para(), { content: [] }]);
    if (r() < 0.4) return refused('not a document', garbage, 'not-a-document');
    const malformed = pick<unknown>(r, [
      { type: 'doc', content: 'x' },
      doc(text('text directly in doc')),
      doc(para(text(''))),
      doc(para(text(42))),
      doc(para(text('x', [{ type: 'bold' }, { type: 'bold' }]))),
      doc(para(image({}))),
      doc(node('paragraph', [para(text('x'))])),
      { ...doc(para(text('x'))), marks: { type: 'bold' } },
      doc(doc(para(text('x')))),
      doc(node('table', [node('tableRow', [node('tableCell', [])])])),
    ]);
    return refused('malformed', malformed, 'invalid-structure');
  },
  (r) =>
    r() < 0.8
      ? refused('too much text', doc(para(text('а'.repeat(200_001)))), 'too-large')
      : refused('too much JSON', doc({ ...para(text('x')), attrs: { pad: 'x'.repeat(2_200_000) } }), 'too-large'),
  (r) => {
    // JSON.parse makes `__proto__` an own key, as a request body would.
    const json = pick(r, [
      '{"type":"doc","__proto__":{"polluted":1},"content":[{"type":"paragraph","content":[{"type":"text","text":"x"}]}]}',
      '{"type":"doc","content":[{"type":"paragraph","attrs":{"__proto__":{"polluted":1}},"content":[{"type":"text","text":"x","marks":[{"type":"bold","attrs":{"constructor":{"prototype":{"polluted":1}}}}]}]}]}',
    ]);
    return { label: 'prototype keys', doc: JSON.parse(json) as unknown, expect: 'ok' };
  },
];

export function hostileDocuments(n: number, seed: number): HostileDocument[] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const payload = (documentKinds[i % documentKinds.length] as (rand: Rand) => HostileDocument)(rand);
    return { ...payload, label: `#${i} ${payload.label}` };
  });
}

/**
 * HTML for the paste path, one vector per line. Placeholders get a fresh random value each time: {on} an event
 * handler attribute in random case, {url} a hostile URL, {lang} a language attribute, {alt} script-like text.
 */
const HTML_VECTORS = lines(`
<script>alert(1)</script><SCRIPT>alert(1)</SCRIPT><ScRiPt src="//evil.example/x.js"></sCrIpT>
<img src=x {on}=alert(1)><img/src=x/{on}=alert(1)>
<a href="{url}">link</a><a href='{url}' {on}="alert(1)">link</a>
<a href=" javascript:alert(1)">x</a><a href="jav&#x09;ascript:alert(1)">x</a><a href="&#106;avascript:alert(1)">x</a>
<svg {on}=alert(1)><circle r=5 /></svg><svg><script>alert(1)</script></svg>
<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>
<img src="{url}"><img src="/media/x.svg" data-media-id="m1">
<iframe src="javascript:alert(1)"></iframe><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>
<img src="/media/ok/a.jpg" data-media-id="m1" alt="{alt}"><img src="/media/ok/a.jpg" data-media-id='x" {on}="alert(1)'>
<span lang="{lang}" style="color:red" {on}="alert(1)">söz</span>
<p style="width: expression(alert(1))">a</p><p style="background:url('javascript:alert(1)')">b</p>
<p style="behavior:url(x.htc)">c</p>
<object data="javascript:alert(1)"></object><embed src="data:text/html,<script>alert(1)</script>">
<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>
<input {on}=alert(1) autofocus><details open {on}=alert(1)>x</details>
<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:alert(1)//">
<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>
<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>
<table background="javascript:alert(1)" style="width:100%"><tr><td colspan="100000" {on}=alert(1)>c</td></tr></table>
<ol type='a" onclick="alert(1)' start="1 onclick=alert(1)"><li class="x" style="color:red">i</li></ol>
<h1 {on}=alert(1)>h</h1><b><i><s><u><code><span lang="ru"><a href="https://ok.example/">ok</a></span></code></u></s></i></b>`);

function fillHtml(rand: Rand, template: string): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return template.replace(/\{(on|url|lang|alt)\}/g, (_, name: string) => {
    if (name === 'on') return randomCase(rand, pick(rand, EVENTS));
    if (name === 'url') return escape(rand() < 0.3 ? pick(rand, [...DATA_URLS, ...BAD_SRC]) : hostileUrl(rand));
    return escape(name === 'lang' ? pick(rand, ['ru', ...BAD_LANG]) : pick(rand, SCRIPTISH));
  });
}

function deepHtml(rand: Rand): string {
  const [open, close] = pick(rand, [
    ['<div>', '</div>'],
    ['<blockquote>', '</blockquote>'],
    ['<b>', '</b>'],
    ['<ul><li>', '</li></ul>'],
  ] as const);
  const depth = pick(rand, [50, 500, 3000]);
  return open.repeat(depth) + 'deep' + close.repeat(depth);
}

const wrappers: ((inner: string, rand: Rand) => string)[] = [
  (inner) => inner,
  // Word: conditional comments, Mso classes, mso- styles and a span with lang on every run.
  (inner) =>
    `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment--><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--><p class=MsoNormal style='mso-margin-top-alt:auto;margin-left:.5in'><span lang=EN-US style='font-size:12.0pt;font-family:"Times New Roman"'>${inner}</span></p><!--EndFragment--></body></html>`,
  // Google Docs: a non-bold <b> with a guid id around inline-styled spans.
  (inner, r) =>
    `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-${Math.floor(r() * 1e9).toString(16)}"><p dir="ltr" style="line-height:1.38;margin-top:0pt;"><span style="font-size:11pt;font-family:Arial;color:#000000;font-weight:700;white-space:pre-wrap;">${inner}</span></p></b>`,
  (inner) => `<table><tbody><tr><td>${inner}</td></tr></tbody></table>`,
];

export function hostileHtml(n: number, seed: number): HostileHtml[] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const count = int(rand, 1, 3);
    const parts = Array.from({ length: count }, (_, j) =>
      // One in twenty is deep nesting; the rest walk the vectors in turn so every one is used.
      i % 20 === 19 && j === 0 ? deepHtml(rand) : fillHtml(rand, HTML_VECTORS[(i + j * 7) % HTML_VECTORS.length] ?? ''),
    );
    const wrap = pick(rand, wrappers);
    return { label: `#${i} html`, html: wrap(parts.join('<p>between</p>'), rand) };
  });
}
