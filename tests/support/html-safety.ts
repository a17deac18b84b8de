/** Shared by the content fuzz tests (unit) and the save-path fuzz test (integration). */
/**
 * What a stored body's HTML may contain, checked structurally: the HTML is tokenized into tags and attributes, so a
 * payload that was correctly escaped into text (`&lt;script&gt;`, `alt="&quot; onerror=…"`) is not mistaken for
 * markup, and markup that slipped through is not mistaken for text. Anything the tokenizer cannot read is a finding.
 */
const ALLOWED: Record<string, string[]> = {
  p: [],
  h2: [],
  h3: [],
  h4: [],
  blockquote: [],
  ul: [],
  ol: ['start', 'type'],
  li: [],
  hr: [],
  br: [],
  strong: [],
  em: [],
  s: [],
  a: ['href', 'rel'],
  span: ['lang'],
  img: ['src', 'alt', 'loading', 'data-media-id'],
  table: [],
  tbody: [],
  tr: [],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
};
const DENIED_TAGS =
  /^(script|svg|iframe|object|embed|style|link|meta|base|form|math|frame|frameset|noscript|template)$/;
const URL_ATTRIBUTES = /^(href|src|action|formaction|xlink:href|data|background|poster)$/;
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'<>/=]+(?:="[^"]*")?)*)\s*(\/?)>/y;
const ATTRIBUTE = /\s+([^\s"'<>/=]+)(?:="([^"]*)")?/g;

function decodeEntities(value: string): string {
  const named: Record<string, string> = {
    amp: '&',
    quot: '"',
    lt: '<',
    gt: '>',
    apos: "'",
    tab: '\t',
    newline: '\n',
    colon: ':',
  };
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const hex = /^#x/i.test(body);
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return named[body.toLowerCase()] ?? entity;
  });
}

/** How a browser reads a URL attribute's scheme: entities decoded, whitespace and controls dropped, case folded. */
function urlProblem(tag: string, name: string, raw: string): string | null {
  const url = decodeEntities(raw)
    .replace(/[\u0000-\u0020\u007f-\u009f\u200b\ufeff]/g, '')
    .toLowerCase();
  if (/^(javascript|vbscript|data|livescript):/.test(url)) return `${name}=${url.split(':')[0]}: URL`;
  if (/^(\/\/|\/\\|\\)/.test(url)) return `${name} is protocol-relative`;
  if (tag === 'img' && name === 'src' && !url.startsWith('/media/')) return 'img src outside /media/';
  if (name === 'href' && !/^(https?:\/\/|mailto:|\/|#)/.test(url)) return `href with an unexpected scheme: ${url}`;
  return null;
}

export function unsafeHtmlFindings(html: string): string[] {
  const findings: string[] = [];
  // Text is always escaped, so any of these raw is markup, wherever the tokenizer would have resumed.
  for (const raw of ['<script', '<svg', '<iframe']) if (html.toLowerCase().includes(raw)) findings.push(`raw ${raw}`);
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) break;
    TAG.lastIndex = lt;
    const match = TAG.exec(html);
    if (!match) {
      findings.push(`unreadable markup at ${lt}: ${html.slice(lt, lt + 40)}`);
      break;
    }
    at = TAG.lastIndex;
    const tag = (match[2] ?? '').toLowerCase();
    if (DENIED_TAGS.test(tag)) findings.push(`<${tag}>`);
    else if (!ALLOWED[tag]) findings.push(`unexpected <${tag}>`);
    for (const [, rawName = '', value = ''] of (match[3] ?? '').matchAll(ATTRIBUTE)) {
      const name = rawName.toLowerCase();
      if (name.startsWith('on')) findings.push(`event handler ${name}`);
      else if (name === 'style' || name === 'srcdoc') findings.push(`${name} attribute`);
      else if (!ALLOWED[tag]?.includes(name)) findings.push(`unexpected ${name} on <${tag}>`);
      if (URL_ATTRIBUTES.test(name)) {
        const problem = urlProblem(tag, name, value);
        if (problem) findings.push(problem);
      }
      if (/[<>]/.test(value)) findings.push(`raw < or > in ${name}`);
    }
  }
  return findings;
}
