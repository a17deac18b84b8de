import { describe, expect, it } from 'vitest';
import { sitemapDocuments } from '@/lib/render/public/feeds';

const absolute = (path: string) => `https://habar.example${path}`;

describe('sitemap', () => {
  const groups = [
    [
      { locale: 'ru' as const, path: '/ru/articles/a' },
      { locale: 'en' as const, path: '/en/articles/a-en' },
    ],
    [{ locale: 'tk' as const, path: '/tk/articles/b' }],
  ];

  it('lists each version with exactly its languages plus x-default (the default language where there is one)', () => {
    const { main, parts } = sitemapDocuments(absolute, groups);
    expect(parts).toEqual([]);
    const ru = /<url><loc>https:\/\/habar.example\/ru\/articles\/a<\/loc>(.*?)<\/url>/.exec(main)?.[1] ?? '';
    expect(ru.match(/hreflang="([^"]+)"/g)).toEqual(['hreflang="ru"', 'hreflang="en"', 'hreflang="x-default"']);
    expect(ru).toContain('hreflang="x-default" href="https://habar.example/ru/articles/a"');
    const tk = /<loc>https:\/\/habar.example\/tk\/articles\/b<\/loc>(.*?)<\/url>/.exec(main)?.[1] ?? '';
    expect(tk).toContain('hreflang="x-default" href="https://habar.example/tk/articles/b"');
    expect(tk).not.toContain('hreflang="ru"');
  });

  it('becomes an index of parts beyond the limit', () => {
    const { main, parts } = sitemapDocuments(absolute, groups, 2);
    expect(parts).toHaveLength(2);
    expect(main).toContain('<sitemapindex');
    expect(main).toContain('<loc>https://habar.example/sitemaps/1.xml</loc>');
    expect(main).toContain('<loc>https://habar.example/sitemaps/2.xml</loc>');
    expect(parts[1]).toContain('/tk/articles/b');
  });
});
