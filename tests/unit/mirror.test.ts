import { describe, expect, it } from 'vitest';
import { rewriteHtml, srcsetPaths } from '@/scripts/export/mirror';

const page = `<img src="/media/demo/a-960w.webp" srcset="/media/demo/a-480w.webp 480w, /media/demo/a-960w.webp 960w, https://cdn.example/x.webp 2x" sizes="100vw" alt="">`;

describe('the mirror export and responsive images', () => {
  it('copies every variant a srcset names, not only the src', () => {
    expect(srcsetPaths(page)).toEqual(['/media/demo/a-480w.webp', '/media/demo/a-960w.webp']);
  });

  it('rewrites each local candidate of a srcset to a relative file and keeps its descriptor', () => {
    const html = rewriteHtml(page, 'en/articles/x/index.html', 'https://example.org');
    expect(html).toContain('src="../../../media/demo/a-960w.webp"');
    expect(html).toContain(
      'srcset="../../../media/demo/a-480w.webp 480w, ../../../media/demo/a-960w.webp 960w, https://cdn.example/x.webp 2x"',
    );
  });
});
