import { describe, expect, it } from 'vitest';
import { oldAddresses } from '@/lib/import/wordpress/permalinks';
import type { ItemInfo } from '@/lib/import/wordpress/plan';
import { isReservedPath, normalizeOldPath, normalizeTargetPath, uploadFallbacks } from '@/lib/public/redirect-paths';

describe('old addresses are spelled one way', () => {
  it.each([
    ['/2019/05/%D0%B4%D0%BE%D0%BA%D0%BB%D0%B0%D0%B4/', '/2019/05/доклад'],
    ['/2019/05/%d0%b4%d0%be%d0%ba%d0%bb%d0%b0%d0%b4', '/2019/05/доклад'],
    ['https://old.org/2019/05/Доклад/', '/2019/05/доклад'],
    ['/Hello-World/', '/hello-world'],
    ['//double//slashes/', '/double/slashes'],
    ['/?p=12', '/?p=12'],
    ['/index.php?p=12&lang=en', '/?p=12'],
    ['/?page_id=007', '/?page_id=7'],
    ['/blog/?attachment_id=9', '/blog?attachment_id=9'],
    ['/search?q=x', '/search'],
    ['/article/3F2504E0-4F89-11D3-9A0C-0305E82C3301', '/article/3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
    ['/en/article/abc', '/en/article/abc'],
    ['/bad%zzescape', '/bad%zzescape'],
    ['/a/%2e%2e/b', '/b'],
  ])('%s → %s', (raw, key) => {
    expect(normalizeOldPath(raw)).toBe(key);
  });

  it.each(['', 'relative/path', 'javascript:alert(1)', 'ftp://x/y', '/a/%0a', `/${'x'.repeat(1200)}`])(
    'refuses %j',
    (raw) => {
      expect(normalizeOldPath(raw)).toBeNull();
    },
  );

  it('knows which paths Habar serves itself', () => {
    for (const path of ['/', '/ru', '/en/articles/x', '/tk/categories/x', '/admin', '/media/x.jpg', '/api/x']) {
      expect(isReservedPath(path)).toBe(true);
    }
    for (const path of ['/?p=1', '/en/hello', '/article/x', '/en/article/x', '/2019/05/x', '/ru?p=3']) {
      expect(isReservedPath(path)).toBe(false);
    }
  });

  it('targets are paths on this site only', () => {
    expect(normalizeTargetPath('/en/articles/report')).toBe('/en/articles/report');
    expect(normalizeTargetPath('https://habar.example/en/articles/x', 'https://habar.example')).toBe('/en/articles/x');
    for (const bad of ['https://evil.org/x', '//evil.org', '/\\evil.org', 'javascript:alert(1)', 'en/x', '/a b']) {
      expect(normalizeTargetPath(bad)).toBeNull();
    }
  });

  it('resized uploads fall back to their original', () => {
    expect(uploadFallbacks('/wp-content/uploads/2019/05/photo-300x200.jpg')).toEqual([
      '/wp-content/uploads/2019/05/photo.jpg',
      '/wp-content/uploads/2019/05/photo-scaled.jpg',
    ]);
    expect(uploadFallbacks('/2019/05/photo-300x200.jpg')).toEqual([]);
  });
});

describe('a post’s old addresses', () => {
  const info = {
    postId: '10',
    postType: 'post',
    postName: '%d0%b4%d0%be%d0%ba%d0%bb%d0%b0%d0%b4',
    postDate: '2019-05-12 13:30:00',
    link: 'https://old.org/news/2019/05/12/%d0%b4%d0%be%d0%ba%d0%bb%d0%b0%d0%b4/',
  } as ItemInfo;
  it('covers ?p=, the exported permalink, the usual structures and the language prefix', () => {
    expect(oldAddresses(info, '', 'ru').sort()).toEqual(
      [
        '/?p=10',
        '/news/2019/05/12/доклад',
        '/доклад',
        '/ru/доклад',
        '/2019/05/12/доклад',
        '/ru/2019/05/12/доклад',
        '/2019/05/доклад',
        '/ru/2019/05/доклад',
        '/archives/10',
        '/ru/archives/10',
      ].sort(),
    );
  });
});
