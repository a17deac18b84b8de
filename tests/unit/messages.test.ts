import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import tk from '@/messages/tk.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) out.set(leaf, text);
  }
  return out;
}

const catalogues = { en: leaves(en), ru: leaves(ru), tk: leaves(tk) };

describe('interface messages', () => {
  it.each(['ru', 'tk'] as const)('%s has exactly the keys of en', (locale) => {
    const missing = [...catalogues.en.keys()].filter((key) => !catalogues[locale].has(key));
    const extra = [...catalogues[locale].keys()].filter((key) => !catalogues.en.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('namespaces are PascalCase and keys camelCase', () => {
    for (const key of catalogues.en.keys()) {
      const [namespace, ...rest] = key.split('.');
      expect(namespace).toMatch(/^[A-Z][A-Za-z]+$/);
      for (const part of rest) expect(part).toMatch(/^[a-z][A-Za-z0-9]*$/);
    }
  });

  it.each(Object.entries(catalogues))('%s: every message is valid ICU and non-empty', (locale, catalogue) => {
    for (const [key, text] of catalogue) {
      expect(text.trim(), key).not.toBe('');
      expect(() => new IntlMessageFormat(text, locale), key).not.toThrow();
    }
  });

  it('Russian plurals name the one, few and many forms', () => {
    for (const [key, text] of catalogues.ru) {
      if (!text.includes(', plural,')) continue;
      for (const form of ['one {', 'few {', 'many {', 'other {']) expect(text, key).toContain(form);
    }
  });

  it('Russian count reads correctly for 1, 3 and 5', () => {
    const format = (count: number) =>
      new IntlMessageFormat(catalogues.ru.get('HomePage.articleCount') as string, 'ru').format({ count });
    expect(format(1)).toContain('1 материал ');
    expect(format(3)).toContain('3 материала ');
    expect(format(5)).toContain('5 материалов ');
    expect(format(21)).toContain('21 материал ');
  });
});
