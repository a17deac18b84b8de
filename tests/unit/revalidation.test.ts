import { describe, expect, it } from 'vitest';
import {
  edgePaths,
  pathsForArticleChange,
  tagsForArticleChange,
  tagsForTaxonomyChange,
} from '@/lib/public/revalidation';
import { fullTwin, liteTwin } from '@/lib/render/public/paths';

describe('which cached pages a change touches', () => {
  it('a translation change reaches its URL, the old URLs, the other languages of the article and the lists', () => {
    const tags = tagsForArticleChange({
      translations: [
        { locale: 'ru', slug: 'novaia-statia' },
        { locale: 'en', slug: 'new-article' },
      ],
      oldSlugs: [{ locale: 'ru', slug: 'staraia-statia' }],
      listLocales: ['ru'],
    });
    expect(tags.sort()).toEqual(
      [
        'article-path:en:new-article',
        'article-path:ru:novaia-statia',
        'article-path:ru:staraia-statia',
        'lists:ru',
      ].sort(),
    );
  });

  it('an article renders again its pages, its authors pages and the lists of the languages that changed', () => {
    const paths = pathsForArticleChange({
      published: [{ locale: 'en', slug: 'report' }],
      listLocales: ['en'],
      categorySlugs: [{ locale: 'en', slug: 'reports' }],
      tagSlugs: [],
      authorSlugs: [
        { locale: 'en', slug: 'ayna' },
        { locale: 'ru', slug: 'aina' },
      ],
    });
    expect(paths).toEqual(
      expect.arrayContaining([
        '/en/articles/report',
        '/en/lite/articles/report',
        '/en',
        '/en/categories/reports',
        '/en/authors/ayna',
        '/en/lite/authors/ayna',
        '/sitemap.xml',
      ]),
    );
    expect(paths).not.toContain('/ru/authors/aina');
  });

  it('a page of the site renders again at its own address, /pages/', () => {
    const paths = pathsForArticleChange({
      kind: 'page',
      published: [{ locale: 'tk', slug: 'barada' }],
      listLocales: ['tk'],
      categorySlugs: [],
      tagSlugs: [],
    });
    expect(paths).toEqual(expect.arrayContaining(['/tk/pages/barada', '/tk/lite/pages/barada', '/tk']));
    expect(paths.some((path) => path.includes('/articles/'))).toBe(false);
  });

  it('a renamed category or tag reaches every list and article page of its languages', () => {
    expect(tagsForTaxonomyChange(['tk'])).toEqual(['lists:tk', 'articles:tk']);
  });
});

describe('lite twins', () => {
  it.each([
    ['/en', '/en/lite'],
    ['/en/articles/x', '/en/lite/articles/x'],
    ['/tk/categories/hasabatlar/page/2', '/tk/lite/categories/hasabatlar/page/2'],
    ['/ru/search?q=a', '/ru/lite/search?q=a'],
  ])('%s ↔ %s', (full, lite) => {
    expect(liteTwin(full)).toBe(lite);
    expect(fullTwin(lite)).toBe(full);
  });
});

describe('what the edge is told to drop', () => {
  it('the paths rendered again and every article URL whose tag expired, also when it is no longer published', () => {
    const paths = edgePaths({
      tags: ['lists:en', 'article-path:en:withdrawn-report', 'public', 'article-path:xx:not-ours'],
      paths: ['/en', '/en/lite'],
      immediate: true,
    });
    expect(paths).toEqual(
      expect.arrayContaining([
        '/en',
        '/en/lite',
        '/en/articles/withdrawn-report',
        '/en/lite/articles/withdrawn-report',
        '/en/pages/withdrawn-report',
      ]),
    );
    expect(paths.some((path) => path.includes('not-ours'))).toBe(false);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
