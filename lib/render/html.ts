/**
 * A tiny HTML templating for the public pages, feeds and the static export: every interpolated value is escaped
 * unless it is already SafeHtml. Only `trustedHtml` marks a string as safe, and it is used for exactly one thing:
 * article bodies, which the server rendered from validated Tiptap JSON at save time.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] as string);
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return (value as readonly Interpolation[]).map(render).join('');
  return escapeHtml(String(value));
}

/** Indentation of the template source (the formatter lays templates out like HTML); a newline still separates. */
const stripIndent = (part: string) => part.replace(/\n\s+/g, '\n');

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = stripIndent(strings[0] ?? '');
  values.forEach((value, index) => {
    out += render(value) + stripIndent(strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Marks server-rendered, sanitized HTML as safe. Never pass anything a client sent. */
export function trustedHtml(serverRendered: string): SafeHtml {
  return new SafeHtml(serverRendered);
}
