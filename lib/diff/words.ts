/**
 * Word-level diff for the editorial workspace: revision history, "what changed in the source since you translated
 * it" and the 409 conflict view. Dependency-free so it runs the same on the server and in the browser.
 *
 * Texts are split into words, whitespace runs and single other characters, and compared with Myers' O(ND) algorithm
 * in its linear-space form (forward and reverse search meet in the middle, then recurse), so memory stays O(N + M)
 * and time is O((N + M) · D) for D token edits: a 20,000-word body with a few edits costs next to nothing.
 */

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/**
 * Past this many token edits (each word, whitespace run or punctuation mark added or removed counts one) the texts
 * have little in common and a token-by-token diff would be both slow (time grows with N · D) and unreadable, so the
 * part between the common prefix and suffix is shown as removed wholesale and added wholesale instead.
 */
export const MAX_EDIT_DISTANCE = 4000;

// Letters, combining marks (decomposed "ň" is n + U+030C) and digits make words, so "Türkmenistanyň" and "Ашхабад"
// stay whole; an apostrophe between letters stays inside ("don't"). Anything else is one code point per token.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|\s+|[^]/gu;

/** Splits text into tokens that concatenate back to it exactly. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Minimal diff of two token lists; adjacent parts of one kind merged, removals before additions in each change. */
export function diffTokens(before: readonly string[], after: readonly string[]): DiffPart[] {
  // Integer ids make the hot loop compare numbers, not strings.
  const ids = new Map<string, number>();
  const intern = (tokens: readonly string[]) =>
    Int32Array.from(tokens, (token) => {
      let id = ids.get(token);
      if (id === undefined) ids.set(token, (id = ids.size));
      return id;
    });
  const a = intern(before);
  const b = intern(after);
  const parts: DiffPart[] = [];
  const emit = (kind: DiffPart['kind'], tokens: readonly string[], from: number, to: number) => {
    if (from < to) parts.push({ kind, text: tokens.slice(from, to).join('') });
  };

  const run = (aLo: number, aHi: number, bLo: number, bHi: number, maxSteps: number): void => {
    let prefix = 0;
    while (aLo + prefix < aHi && bLo + prefix < bHi && a[aLo + prefix] === b[bLo + prefix]) prefix++;
    emit('same', before, aLo, aLo + prefix);
    aLo += prefix;
    bLo += prefix;
    let suffix = 0;
    while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - suffix - 1] === b[bHi - suffix - 1]) suffix++;
    aHi -= suffix;
    bHi -= suffix;

    const split = aLo < aHi && bLo < bHi ? middle(a, aLo, aHi, b, bLo, bHi, maxSteps) : undefined;
    if (split) {
      // Each half of an optimal path needs at most `split.steps` edits, which bounds the searches below.
      run(aLo, split.x, bLo, split.y, split.steps);
      run(split.x, aHi, split.y, bHi, split.steps);
    } else {
      emit('removed', before, aLo, aHi);
      emit('added', after, bLo, bHi);
    }
    emit('same', before, aHi, aHi + suffix);
  };
  run(0, a.length, 0, b.length, Math.ceil(MAX_EDIT_DISTANCE / 2));
  return tidy(parts);
}

/**
 * Finds a point on a shortest edit path between a[aLo, aHi) and b[bLo, bHi), both non-empty and differing in their
 * first and last tokens, by running Myers' search forward from the start and backward from the end until the two
 * meet. Gives up (undefined) after `maxSteps` steps each way, i.e. when the edit distance exceeds 2 · maxSteps.
 */
function middle(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number, maxSteps: number) {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const steps = Math.min(maxSteps, Math.ceil((n + m) / 2));
  // forward[offset + k] is the furthest x reached on diagonal k = x - y, backward[] the same counted from the ends;
  // k ± 1 never leaves [-steps - 1, steps + 1], so those reads stay inside the arrays.
  const offset = steps + 1;
  const forward = new Int32Array(2 * steps + 3).fill(-1);
  const backward = new Int32Array(2 * steps + 3).fill(-1);
  forward[offset + 1] = 0;
  backward[offset + 1] = 0;
  const delta = n - m;
  // With an odd delta the paths can first meet after a forward step, with an even one after a backward step.
  const odd = (delta & 1) === 1;
  // Diagonals that ran off the grid are skipped from then on.
  let fStart = 0;
  let fEnd = 0;
  let bStart = 0;
  let bEnd = 0;
  // Looking up the other search's diagonal can fall outside the arrays: -1 means not reached.
  const at = (v: Int32Array, k: number) => v[offset + k] ?? -1;

  for (let d = 0; d <= steps; d++) {
    for (let k = -d + fStart; k <= d - fEnd; k += 2) {
      let x =
        k === -d || (k !== d && forward[offset + k - 1]! < forward[offset + k + 1]!)
          ? forward[offset + k + 1]!
          : forward[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      forward[offset + k] = x;
      if (x > n) fEnd += 2;
      else if (y > m) fStart += 2;
      else if (odd) {
        const other = at(backward, delta - k);
        if (other !== -1 && x >= n - other) return { x: aLo + x, y: bLo + y, steps: d };
      }
    }
    for (let k = -d + bStart; k <= d - bEnd; k += 2) {
      let x =
        k === -d || (k !== d && backward[offset + k - 1]! < backward[offset + k + 1]!)
          ? backward[offset + k + 1]!
          : backward[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[aHi - x - 1] === b[bHi - y - 1]) {
        x++;
        y++;
      }
      backward[offset + k] = x;
      if (x > n) bEnd += 2;
      else if (y > m) bStart += 2;
      else if (!odd) {
        const fx = at(forward, delta - k);
        if (fx !== -1 && fx >= n - x) return { x: aLo + fx, y: bLo + fx - (delta - k), steps: d };
      }
    }
  }
  return undefined;
}

/** Drops empty parts, merges neighbours of one kind and puts removals before additions within each change. */
function tidy(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  for (const part of parts) {
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else if (part.text) {
      flush();
      const last = out.at(-1);
      if (last?.kind === 'same') last.text += part.text;
      else out.push({ kind: 'same', text: part.text });
    }
  }
  flush();
  return out;
}

// A space or comma left "unchanged" between two changed words splits one rewritten phrase into a zigzag of tiny
// removals and additions; line breaks are kept so paragraphs still read as separate changes.
const SEPARATOR = /^[^\p{L}\p{M}\p{N}\r\n\u2028\u2029]+$/u;

/**
 * Word diff of two texts. Joining the 'same' and 'removed' parts gives `before`, joining 'same' and 'added' gives
 * `after`. The diff is minimal in tokens, except that a separator without line breaks between two changes is folded
 * into them.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const parts = diffTokens(tokenize(before), tokenize(after));
  const folded = parts.flatMap((part, i): DiffPart[] => {
    const between = i > 0 && i < parts.length - 1; // neighbours of a 'same' part are always changes after tidy()
    if (part.kind !== 'same' || !between || !SEPARATOR.test(part.text)) return [part];
    return [
      { kind: 'removed', text: part.text },
      { kind: 'added', text: part.text },
    ];
  });
  return tidy(folded);
}
