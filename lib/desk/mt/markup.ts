/**
 * What is sent to a machine-translation provider for one piece of a segment, and how its answer is read back. The
 * text goes as HTML (both providers keep tags in place): each mark as `<span data-m="N">`, each glossary term already
 * replaced by its approved rendering inside `<span translate="no" class="notranslate" data-g="N">`, which both
 * providers leave untranslated; on the way back the rendering is put in again whatever came back, so the glossary
 * holds even if a provider ignored the hint. Answers are parsed as XML (saxes); one that is not well-formed is
 * reported as null and the piece is translated again as plain text.
 */
import { markKey, mergeRuns, nestRuns, type MarkDef, type Run } from '../inline';
import { escapeXml, parseXml, type XmlNode } from '../xml';

export interface Markup {
  html: string;
  marks: MarkDef[];
  renderings: string[];
}

const GLOSSARY = '__glossary';

/** Runs without breaks, with `[start, end)` ranges (in the runs' text) replaced by renderings. */
export function writeMarkup(runs: Run[], terms: { start: number; end: number; rendering: string }[]): Markup {
  const marks: MarkDef[] = [];
  const renderings: string[] = [];
  const pieces: Run[] = [];
  let offset = 0;
  const sorted = [...terms].sort((a, b) => a.start - b.start);
  for (const run of runs) {
    if (!('text' in run)) continue;
    let position = 0;
    for (const term of sorted) {
      const start = term.start - offset;
      const end = term.end - offset;
      if (end <= position || start >= run.text.length || start < position) continue;
      pieces.push({ text: run.text.slice(position, Math.max(start, position)), marks: run.marks });
      renderings.push(term.rendering);
      pieces.push({
        text: term.rendering,
        marks: [...run.marks, { type: GLOSSARY, attrs: { n: renderings.length - 1 } }],
      });
      position = Math.min(end, run.text.length);
    }
    pieces.push({ text: run.text.slice(position), marks: run.marks });
    offset += run.text.length;
  }
  const indexOf = (mark: MarkDef) => {
    const key = markKey(mark);
    let index = marks.findIndex((known) => markKey(known) === key);
    if (index < 0) index = marks.push(mark) - 1;
    return index;
  };
  const html = nestRuns(mergeRuns(pieces), {
    open: (mark) =>
      mark.type === GLOSSARY
        ? `<span translate="no" class="notranslate" data-g="${String(mark.attrs?.n)}">`
        : `<span data-m="${indexOf(mark)}">`,
    close: () => '</span>',
    text: escapeXml,
    lineBreak: () => '',
  });
  return { html, marks, renderings };
}

/** A provider's HTML answer as runs, or null when it cannot be read. */
export function readMarkup(html: string, markup: Markup): Run[] | null {
  const parsed = parseXml(`<r>${html}</r>`, { maxBytes: 1024 * 1024, maxDepth: 64, maxElements: 10_000 });
  if (!parsed.ok) return null;
  const runs: Run[] = [];
  const walk = (node: XmlNode, marks: MarkDef[]) => {
    if (typeof node === 'string') {
      runs.push({ text: node, marks });
      return;
    }
    const glossary = node.attrs['data-g'];
    if (glossary !== undefined) {
      runs.push({ text: markup.renderings[Number(glossary)] ?? '', marks });
      return;
    }
    const mark = markup.marks[Number(node.attrs['data-m'])];
    node.children.forEach((child) => walk(child, mark ? [...marks, mark] : marks));
  };
  parsed.root.children.forEach((child) => walk(child, []));
  return mergeRuns(runs);
}

/** A run list cut at its line breaks (each piece is translated on its own; breaks are put back between them). */
export function splitAtBreaks(runs: Run[]): Run[][] {
  const pieces: Run[][] = [[]];
  for (const run of runs) {
    if ('text' in run) pieces[pieces.length - 1]?.push(run);
    else pieces.push([]);
  }
  return pieces;
}
