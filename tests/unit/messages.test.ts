import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import tk from '@/messages/tk.json';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceClientNamespaces } from '@/i18n/messages';
import { kinds } from '@/lib/workspace/taxonomy/kinds';

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

/** Every module under `dir` (recursively) that runs in the browser. */
function clientModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, 'utf8').startsWith("'use client'"));
}

describe('messages sent to the workspace browser', () => {
  it('include every namespace a client component reads, and no public-site namespace', () => {
    const used = new Set<string>(Object.values(kinds).map((kind) => kind.formMessages));
    for (const file of [...clientModules('components'), ...clientModules('app')]) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/useTranslations\('([A-Za-z]+)'\)|errorNamespaces=\{\['([A-Za-z]+)'/g)) {
        used.add((match[1] ?? match[2]) as string);
      }
    }
    const allowed = new Set<string>(workspaceClientNamespaces);
    expect([...used].filter((namespace) => !allowed.has(namespace))).toEqual([]);
    for (const publicOnly of ['SiteHeader', 'ArticlePage', 'LiteEdition', 'Mirror', 'SetPasswordMail']) {
      expect(allowed.has(publicOnly), publicOnly).toBe(false);
    }
  });
});
