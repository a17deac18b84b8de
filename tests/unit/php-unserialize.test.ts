import { describe, expect, it } from 'vitest';
import { phpUnserialize, PhpUnserializeError, PHP_LIMITS } from '@/lib/import/php-unserialize';
import { parseTranslationGroup } from '@/lib/import/wordpress/languages';

describe('PHP unserialize, strictly', () => {
  it('reads the values WordPress writes', () => {
    expect(phpUnserialize('a:3:{s:2:"ru";i:5;s:2:"en";i:7;s:2:"tk";i:9;}')).toEqual({
      kind: 'array',
      entries: [
        ['ru', 5],
        ['en', 7],
        ['tk', 9],
      ],
    });
    expect(phpUnserialize('N;')).toBeNull();
    expect(phpUnserialize('b:1;')).toBe(true);
    expect(phpUnserialize('d:0.5;')).toBe(0.5);
    expect(phpUnserialize('i:-12;')).toBe(-12);
    // String lengths count UTF-8 bytes, as PHP writes them.
    expect(phpUnserialize('s:12:"Доклад";')).toBe('Доклад');
    expect(phpUnserialize('a:1:{i:0;a:1:{s:4:"file";s:5:"a.jpg";}}')).toEqual({
      kind: 'array',
      entries: [[0, { kind: 'array', entries: [['file', 'a.jpg']] }]],
    });
  });

  const hostile: [string, RegExp][] = [
    ['O:8:"stdClass":0:{}', /objects are refused/],
    ['a:1:{s:1:"x";O:8:"Exploit":1:{s:3:"cmd";s:2:"id";}}', /objects are refused/],
    ['C:11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}', /objects are refused/],
    ['E:7:"Foo:Bar";', /objects are refused/],
    ['a:2:{i:0;i:1;i:1;R:2;}', /references are refused/],
    ['a:1:{i:0;r:1;}', /references are refused/],
    ['s:100:"short";', /past the end/],
    ['s:-1:"";', /malformed integer|past the end/],
    ['s:5:"abc";', /past the end|expected/],
    ['a:99999999:{}', /malformed array size/],
    ['a:2:{i:0;i:1;}', /unknown type|expected/],
    ['a:1:{a:0:{}i:1;}', /array key/],
    ['i:99999999999999999999;', /out of range/],
    ['i:1', /expected/],
    ['i:1;junk', /trailing bytes/],
    ['b:2;', /malformed boolean/],
    ['d:1e;', /malformed float/],
    ['x:1;', /unknown type/],
    ['', /empty/],
    ['a:1:{i:0;'.repeat(PHP_LIMITS.maxDepth + 2), /nested too deeply/],
  ];
  it.each(hostile)('refuses %s', (input, message) => {
    expect(() => phpUnserialize(input)).toThrow(PhpUnserializeError);
    expect(() => phpUnserialize(input)).toThrow(message);
  });

  it('bounds size and element counts', () => {
    expect(() => phpUnserialize('s:1:"' + 'x'.repeat(PHP_LIMITS.maxBytes) + '";')).toThrow(/too large/);
    const many = `a:60000:{${Array.from({ length: 60000 }, (_, i) => `i:${i};i:${i};`).join('')}}`;
    expect(() => phpUnserialize(many)).toThrow(/too many elements/);
  });

  it('random bytes never throw anything but its own error', () => {
    for (let i = 0; i < 2000; i++) {
      const bytes = Buffer.from(Array.from({ length: 1 + (i % 40) }, () => Math.floor(Math.random() * 256)));
      try {
        phpUnserialize(Buffer.concat([Buffer.from(['a:', 's:', 'i:', 'O:'][i % 4]!), bytes]));
      } catch (error) {
        expect(error).toBeInstanceOf(PhpUnserializeError);
      }
    }
  });
});

describe('Polylang translation groups', () => {
  it('map language codes to post ids', () => {
    const group = parseTranslationGroup('a:2:{s:2:"ru";i:10;s:5:"en_GB";i:11;}');
    expect(group).toEqual({
      ok: true,
      members: new Map([
        ['ru', '10'],
        ['en_GB', '11'],
      ]),
    });
  });
  it.each([
    ['a:1:{s:2:"ru";s:3:"abc";}', /not a positive integer/],
    ['a:1:{s:2:"ru";i:-4;}', /not a positive integer/],
    ['a:1:{s:2:"ru";a:0:{}}', /not a positive integer/],
    ['a:1:{i:0;i:5;}', /not a language code/],
    ['a:1:{s:9:"<script>x";i:5;}', /not a language code/],
    ['s:3:"abc";', /not a serialized array/],
    ['a:1:{s:2:"ru";O:1:"X":0:{}}', /malformed serialization/],
  ])('refuses %s', (input, reason) => {
    const group = parseTranslationGroup(input);
    expect(group.ok).toBe(false);
    expect(group.ok ? '' : group.error).toMatch(reason);
  });
});
