import { describe, expect, it, vi } from 'vitest';
import { createMemoryHandler, pageCacheBytes, type CacheEntry } from '../../cache-handler/memory.mjs';

const page = (tags: string[], kilobytes = 10, lastModified = Date.now()): CacheEntry => ({
  lastModified,
  tags,
  lifespan: null,
  value: { kind: 'FETCH', data: { body: 'x'.repeat(kilobytes * 512), status: 200, headers: {} } },
});
const none = { implicitTags: [] as string[] };

describe('the page cache of a single instance (cache-handler/memory.mjs)', () => {
  it('never holds more than its bound: a thousand pages into room for about a hundred', async () => {
    const { handler, stats } = createMemoryHandler({ maxBytes: 1024 * 1024 });
    for (let i = 0; i < 1_000; i++) await handler.set(`page-${i}`, page([`article-path:en:a${i}`]));
    const { entries, bytes, maxBytes } = stats();
    expect(bytes).toBeLessThanOrEqual(maxBytes);
    expect(entries).toBeGreaterThan(50);
    expect(entries).toBeLessThan(150);
    // The least recently used went first; the newest are there.
    expect(await handler.get('page-0', none)).toBeNull();
    expect(await handler.get('page-999', none)).not.toBeNull();
  });

  it('keeps the pages read often when new ones push others out', async () => {
    const { handler } = createMemoryHandler({ maxBytes: 256 * 1024 });
    await handler.set('home', page(['lists:en']));
    for (let i = 0; i < 200; i++) {
      await handler.get('home', none);
      await handler.set(`page-${i}`, page([]));
    }
    expect(await handler.get('home', none)).not.toBeNull();
  });

  it('does not keep one entry larger than a quarter of the bound (it would empty the cache of everything else)', async () => {
    const { handler, stats } = createMemoryHandler({ maxBytes: 256 * 1024 });
    await handler.set('small', page([]));
    await handler.set('huge', page([], 100));
    expect(await handler.get('huge', none)).toBeNull();
    expect(await handler.get('small', none)).not.toBeNull();
    expect(stats().entries).toBe(1);
  });

  it('drops every entry with a revalidated tag at once, and no other', async () => {
    const { handler } = createMemoryHandler({ maxBytes: 1024 * 1024 });
    await handler.set('article', page(['article-path:en:x', 'lists:en']));
    await handler.set('home', page(['lists:en']));
    await handler.set('other', page(['lists:ru']));
    await handler.revalidateTag('lists:en');
    expect(await handler.get('article', none)).toBeNull();
    expect(await handler.get('home', none)).toBeNull();
    expect(await handler.get('other', none)).not.toBeNull();
  });

  it('expires on its own wall clock only: a clock stepped after start cannot turn an expiry into a stale page', async () => {
    // Next's own file-system cache compares an expiry taken from Date.now() with performance.timeOrigin +
    // performance.now(); when the wall clock is stepped forward after start, the two disagree and "expire now"
    // silently became "serve stale" (the CI failure of session 4). This handler reads one clock.
    const { handler } = createMemoryHandler({ maxBytes: 1024 * 1024 });
    const spy = vi.spyOn(performance, 'now').mockReturnValue(0);
    try {
      await handler.set('page', page(['_N_T_/en']));
      await handler.revalidateTag('_N_T_/en');
      expect(await handler.get('page', { implicitTags: ['_N_T_/en'] })).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });

  it('answers a path revalidated after it was stored as a miss (implicit tags by time)', async () => {
    const { handler } = createMemoryHandler({ maxBytes: 1024 * 1024 });
    await handler.set('old', page([], 1, Date.now() - 10_000));
    await handler.revalidateTag('_N_T_/en/articles/x');
    expect(await handler.get('old', { implicitTags: ['_N_T_/en/articles/x'] })).toBeNull();
    await handler.set('new', page([], 1, Date.now() + 1));
    expect(await handler.get('new', { implicitTags: ['_N_T_/en/articles/x'] })).not.toBeNull();
  });

  it('lets an entry go when its lifespan ends', async () => {
    const { handler, stats } = createMemoryHandler({ maxBytes: 1024 * 1024 });
    await handler.set('lasting', { ...page([]), lifespan: { expireAt: Math.floor(Date.now() / 1000) + 60 } });
    await handler.set('ended', { ...page([]), lifespan: { expireAt: Math.floor(Date.now() / 1000) - 1 } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await handler.get('lasting', none)).not.toBeNull();
    expect(await handler.get('ended', none)).toBeNull();
    expect(stats().entries).toBe(1);
  });

  it('reads its bound from PAGE_CACHE_MB (64 MB unless set)', () => {
    expect(pageCacheBytes({})).toBe(64 * 1024 * 1024);
    expect(pageCacheBytes({ PAGE_CACHE_MB: '16' })).toBe(16 * 1024 * 1024);
  });
});
