import { describe, expect, it } from 'vitest';
import { diffFields, hasChanges } from '@/lib/diff/fields';
import { MAX_EDIT_DISTANCE, diffTokens, diffWords, tokenize, type DiffPart } from '@/lib/diff/words';

/** Deterministic PRNG (mulberry32) so a failing random case can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const join = (parts: DiffPart[], kind: 'added' | 'removed') =>
  parts
    .filter((part) => part.kind === 'same' || part.kind === kind)
    .map((part) => part.text)
    .join('');

const changes = (parts: DiffPart[]) => parts.filter((part) => part.kind !== 'same');

/** Structural invariants every result must hold besides reconstruction. */
function expectWellFormed(parts: DiffPart[]): void {
  for (const [i, part] of parts.entries()) {
    expect(part.text).not.toBe('');
    const next = parts[i + 1];
    if (next) expect(next.kind === part.kind || (part.kind === 'added' && next.kind === 'removed')).toBe(false);
  }
}

describe('tokenize', () => {
  it('keeps Cyrillic and Turkmen words whole and concatenates back to the text', () => {
    const text = 'Türkmenistanyň paýtagty — Aşgabat; «Ашхабад», ýaşlar 2024-nji ýylda. Don’t.';
    const tokens = tokenize(text);
    expect(tokens.join('')).toBe(text);
    for (const word of ['Türkmenistanyň', 'paýtagty', 'Aşgabat', 'Ашхабад', 'ýaşlar', 'ýylda', '2024', 'Don’t']) {
      expect(tokens).toContain(word);
    }
  });

  it('keeps decomposed letters (n + combining caron) inside the word', () => {
    expect(tokenize('Türkmenistany\u006e\u030c we')).toEqual(['Türkmenistany\u006e\u030c', ' ', 'we']);
  });
});

describe('diffWords', () => {
  it('gives one unchanged part for identical texts and nothing for two empty ones', () => {
    expect(diffWords('Habar — täzelikler', 'Habar — täzelikler')).toEqual([
      { kind: 'same', text: 'Habar — täzelikler' },
    ]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('handles an empty side', () => {
    expect(diffWords('', 'Täze makala')).toEqual([{ kind: 'added', text: 'Täze makala' }]);
    expect(diffWords('Старая статья', '')).toEqual([{ kind: 'removed', text: 'Старая статья' }]);
  });

  it('shows an insertion in the middle', () => {
    expect(diffWords('Мама мыла раму', 'Мама мыла красную раму')).toEqual([
      { kind: 'same', text: 'Мама мыла ' },
      { kind: 'added', text: 'красную ' },
      { kind: 'same', text: 'раму' },
    ]);
  });

  it('shows a deletion in the middle', () => {
    expect(diffWords('Aşgabat gözel ak şäher', 'Aşgabat ak şäher')).toEqual([
      { kind: 'same', text: 'Aşgabat ' },
      { kind: 'removed', text: 'gözel ' },
      { kind: 'same', text: 'ak şäher' },
    ]);
  });

  it('shows a replacement as removed then added', () => {
    expect(diffWords('The council met on Monday.', 'The council met on Tuesday.')).toEqual([
      { kind: 'same', text: 'The council met on ' },
      { kind: 'removed', text: 'Monday' },
      { kind: 'added', text: 'Tuesday' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('replaces whole Cyrillic and Turkmen words, never parts of them', () => {
    expect(diffWords('Türkmenistanyň paýtagty', 'Türkmenistanyn paýtagty')).toEqual([
      { kind: 'removed', text: 'Türkmenistanyň' },
      { kind: 'added', text: 'Türkmenistanyn' },
      { kind: 'same', text: ' paýtagty' },
    ]);
    expect(diffWords('в Ашхабад', 'в Ашхабаде')).toEqual([
      { kind: 'same', text: 'в ' },
      { kind: 'removed', text: 'Ашхабад' },
      { kind: 'added', text: 'Ашхабаде' },
    ]);
  });

  it('folds a separator between two changed words into one change, but not a line break', () => {
    expect(diffWords('Начало один два, три конец', 'Начало four five six конец')).toEqual([
      { kind: 'same', text: 'Начало ' },
      { kind: 'removed', text: 'один два, три' },
      { kind: 'added', text: 'four five six' },
      { kind: 'same', text: ' конец' },
    ]);
    expect(diffWords('один\nдва', 'one\ntwo')).toEqual([
      { kind: 'removed', text: 'один' },
      { kind: 'added', text: 'one' },
      { kind: 'same', text: '\n' },
      { kind: 'removed', text: 'два' },
      { kind: 'added', text: 'two' },
    ]);
  });

  it('reconstructs both texts for 300 random pairs', () => {
    const random = prng(20240611);
    const words = ['Aşgabat', 'Türkmenistanyň', 'şäher', 'ýaşlar', 'Ашхабад', 'и', 'в', 'news', 'the', '2024', 'ä'];
    const separators = [' ', ' ', ' ', ', ', '. ', '\n', '\n\n', ' — ', '«', '»', '', '\t'];
    const piece = () => (random() < 0.6 ? pick(random, words) : pick(random, separators));
    const text = (length: number) => Array.from({ length }, piece);

    for (let round = 0; round < 300; round++) {
      const before = text(Math.floor(random() * 60));
      let after: string[];
      if (random() < 0.15) {
        after = text(Math.floor(random() * 60));
      } else {
        after = [...before];
        for (let edits = Math.floor(random() * 6); edits > 0; edits--) {
          const at = Math.floor(random() * (after.length + 1));
          const op = random();
          if (op < 0.33) after.splice(at, 1);
          else if (op < 0.66) after.splice(at, 0, piece());
          else after.splice(at, 1, piece());
        }
      }
      const [a, b] = [before.join(''), after.join('')];
      const parts = diffWords(a, b);
      expect(join(parts, 'removed'), `round ${round}`).toBe(a);
      expect(join(parts, 'added'), `round ${round}`).toBe(b);
      expectWellFormed(parts);
    }
  });

  it('finds exactly the three edits in a 20,000-word text', () => {
    const random = prng(7);
    const vocabulary = ['habar', 'täzelik', 'şäher', 'ýurt', 'новости', 'город', 'страна', 'и', 'в', 'news', 'city'];
    const words = Array.from({ length: 20_000 }, () => pick(random, vocabulary));
    words[15_000] = 'уникальное';
    const before = words.join(' ');
    const edited = [...words];
    edited.splice(15_000, 1); // delete
    edited.splice(10_000, 0, 'goşulan'); // insert
    edited[5_000] = 'çalşyrylan'; // replace
    const after = edited.join(' ');

    const parts = diffWords(before, after);
    expect(join(parts, 'removed')).toBe(before);
    expect(join(parts, 'added')).toBe(after);
    expect(parts.filter((part) => part.kind === 'same')).toHaveLength(4);
    expect(changes(parts).map(({ kind, text }) => ({ kind, text: text.trim() }))).toEqual([
      { kind: 'removed', text: words[5_000] },
      { kind: 'added', text: 'çalşyrylan' },
      { kind: 'added', text: 'goşulan' },
      { kind: 'removed', text: 'уникальное' },
    ]);
  });

  it('falls back to removed-all/added-all past MAX_EDIT_DISTANCE, keeping the common ends', () => {
    // Every line differs and the line breaks match (and are never folded), so the distance is twice the line count.
    const lines = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => `${prefix}${i}`).join('\n');
    const diffLines = (count: number) =>
      diffWords(`Başy ${lines('köne', count)} soňy`, `Başy ${lines('täze', count)} soňy`);

    const within = diffLines(MAX_EDIT_DISTANCE / 2);
    expect(within.filter((part) => part.kind === 'same')).toHaveLength(MAX_EDIT_DISTANCE / 2 + 1);

    const count = MAX_EDIT_DISTANCE / 2 + 1;
    expect(diffLines(count)).toEqual([
      { kind: 'same', text: 'Başy ' },
      { kind: 'removed', text: lines('köne', count) },
      { kind: 'added', text: lines('täze', count) },
      { kind: 'same', text: ' soňy' },
    ]);
  });
});

describe('diffTokens', () => {
  /** Length of the longest common subsequence, by the textbook dynamic programme. */
  function lcs(a: string[], b: string[]): number {
    let row = new Array<number>(b.length + 1).fill(0);
    for (const x of a) {
      const next = [0];
      for (let j = 0; j < b.length; j++) next.push(x === b[j] ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!));
      row = next;
    }
    return row[b.length]!;
  }

  it('is minimal: as many tokens change as the longest common subsequence leaves over', () => {
    const random = prng(42);
    for (let round = 0; round < 300; round++) {
      // Single-letter tokens over a small alphabet give many competing alignments.
      const a = Array.from({ length: Math.floor(random() * 40) }, () => pick(random, ['a', 'b', 'c', 'd']));
      const b = Array.from({ length: Math.floor(random() * 40) }, () => pick(random, ['a', 'b', 'c', 'd']));
      const parts = diffTokens(a, b);
      expect(join(parts, 'removed')).toBe(a.join(''));
      expect(join(parts, 'added')).toBe(b.join(''));
      expectWellFormed(parts);
      const changed = changes(parts).reduce((sum, part) => sum + part.text.length, 0);
      expect(changed, `${a.join('')} → ${b.join('')}`).toBe(a.length + b.length - 2 * lcs(a, b));
    }
  });
});

describe('diffFields', () => {
  const fields = ['title', 'summary', 'body', 'seoDescription', 'coverAlt'] as const;

  it('marks only the fields that differ and treats missing ones as empty', () => {
    const result = diffFields(
      { title: 'Aşgabat', summary: 'Gysgaça', body: 'Tekst', coverAlt: 'Surat' },
      { title: 'Aşgabat', summary: 'Gysgaça mazmun', body: 'Tekst', seoDescription: 'SEO' },
      fields,
    );
    expect(result.map(({ field, changed }) => [field, changed])).toEqual([
      ['title', false],
      ['summary', true],
      ['body', false],
      ['seoDescription', true],
      ['coverAlt', true],
    ]);
    expect(result[1]?.parts).toEqual([
      { kind: 'same', text: 'Gysgaça' },
      { kind: 'added', text: ' mazmun' },
    ]);
    expect(result[3]?.parts).toEqual([{ kind: 'added', text: 'SEO' }]);
    expect(result[4]?.parts).toEqual([{ kind: 'removed', text: 'Surat' }]);
    expect(hasChanges(result)).toBe(true);
  });

  it('reports no changes for equal records and ignores inherited properties', () => {
    const record = { title: 'Заголовок', body: 'Текст' };
    const result = diffFields(record, { ...record }, ['title', 'body', 'constructor']);
    expect(hasChanges(result)).toBe(false);
    expect(result[2]).toEqual({ field: 'constructor', changed: false, parts: [] });
  });
});
