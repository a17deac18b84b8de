/**
 * Cleans HTML pasted from Word or Google Docs before the editor parses it. The schema's parse rules already drop
 * every style, class and unknown element; this removes what would otherwise turn into content: Word's conditional
 * comments and `<o:p>` paragraphs, embedded style sheets, and `lang` attributes equal to the text's own language
 * (Word tags nearly every run with one, which would become language marks everywhere).
 */
export function cleanPastedHtml(html: string, locale: string): string {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|xml|script|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?(o|w|m|v):[^>]*>/gi, '')
    .replace(/\slang\s*=\s*("|')?([A-Za-z]{2,3})(?:-[A-Za-z0-9]+)*\1?(?=[\s>/])/g, (attribute, _quote, base: string) =>
      base.toLowerCase() === locale.toLowerCase() ? '' : attribute,
    );
}
