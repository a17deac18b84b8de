/**
 * A text block's inline content as runs: text with the marks it carries (bold, italic, strike, link, language), and
 * line breaks. XLIFF inline codes and machine-translation markup are written from runs and read back into runs, then
 * into the editor's nodes, so formatting survives the trip through another tool. Pure.
 */
import type { TiptapNode } from '@/lib/content/schema';

export interface MarkDef {
  type: string;
  attrs?: Record<string, unknown>;
}

export type Run = { text: string; marks: MarkDef[] } | { break: true };

const cleanAttrs = (attrs: Record<string, unknown> | undefined) => {
  const kept = Object.entries(attrs ?? {}).filter(([, value]) => value !== null && value !== undefined);
  return kept.length ? Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b))) : undefined;
};

export function markDef(mark: { type: string; attrs?: Record<string, unknown> }): MarkDef {
  const attrs = cleanAttrs(mark.attrs);
  return attrs ? { type: mark.type, attrs } : { type: mark.type };
}

export const markKey = (mark: MarkDef): string => JSON.stringify([mark.type, mark.attrs ?? {}]);
const marksKey = (marks: MarkDef[]) => marks.map(markKey).join('|');

/** Adjacent runs with the same marks as one, empty text dropped. */
export function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    if ('text' in run && !run.text) continue;
    const last = merged[merged.length - 1];
    if (last && 'text' in last && 'text' in run && marksKey(last.marks) === marksKey(run.marks)) {
      merged[merged.length - 1] = { text: last.text + run.text, marks: last.marks };
    } else merged.push(run);
  }
  return merged;
}

export function runsFromInline(inline: readonly TiptapNode[]): Run[] {
  return mergeRuns(
    inline.map((node): Run =>
      node.type === 'text' ? { text: node.text ?? '', marks: (node.marks ?? []).map(markDef) } : { break: true },
    ),
  );
}

export function inlineFromRuns(runs: readonly Run[]): TiptapNode[] {
  return mergeRuns([...runs]).map((run): TiptapNode => {
    if (!('text' in run)) return { type: 'hardBreak' };
    return run.marks.length
      ? { type: 'text', text: run.text, marks: run.marks.map((mark) => ({ ...mark })) }
      : { type: 'text', text: run.text };
  });
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => ('text' in run ? run.text : '\n')).join('');
}

/** One comparable string for a run list (what "the source still matches" compares). */
export function runsSignature(runs: readonly Run[]): string {
  return JSON.stringify(mergeRuns([...runs]).map((run) => ('text' in run ? [run.text, marksKey(run.marks)] : 0)));
}

/**
 * Runs as properly nested elements: marks shared with the previous run stay open (marks keep the schema's order on
 * every text node, so a common prefix is a common ancestor). `open` and `close` write one element's tags, `text`
 * escapes text, `lineBreak` writes a break.
 */
export function nestRuns(
  runs: readonly Run[],
  writer: {
    open: (mark: MarkDef) => string;
    close: (mark: MarkDef) => string;
    text: (text: string) => string;
    lineBreak: () => string;
  },
): string {
  let out = '';
  let open: MarkDef[] = [];
  const closeTo = (depth: number) => {
    while (open.length > depth) out += writer.close(open.pop() as MarkDef);
  };
  for (const run of runs) {
    if (!('text' in run)) {
      closeTo(0);
      out += writer.lineBreak();
      continue;
    }
    let common = 0;
    while (
      common < open.length &&
      common < run.marks.length &&
      markKey(open[common] as MarkDef) === markKey(run.marks[common] as MarkDef)
    )
      common++;
    closeTo(common);
    for (const mark of run.marks.slice(common)) {
      out += writer.open(mark);
      open.push(mark);
    }
    out += writer.text(run.text);
  }
  closeTo(0);
  open = [];
  return out;
}
