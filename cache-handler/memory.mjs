/**
 * The page and data cache of a single instance (no REDIS_URL): in this process's memory, bounded in bytes, least
 * recently used out first (issue 13, decision 023). It cannot grow a disk, two instances started from one checkout
 * cannot fill or empty each other's cache, and a cache filled from one database is never served for another. A restart
 * starts it empty; the launcher renders the most read pages again at once (scripts/lib/warm-cache.ts).
 *
 * It follows @fortedigital/nextjs-cache-handler's local-lru handler, on lru-cache directly so that its size can be
 * read (`pageCacheStats`, for /api/internal/page-cache and the tests).
 */
import { LRUCache } from 'lru-cache';

/** Next's implicit tags (a path's own tag) are checked by time, as Next's own handlers do. */
const IMPLICIT_TAG_PREFIX = '_N_T_';

/** Bytes an entry holds, roughly: text and binary bodies by length, the rest by its JSON (done once per store). */
export function sizeOf(value) {
  if (value === null || value === undefined) return 8;
  if (typeof value === 'string') return 2 * value.length;
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((sum, item) => sum + sizeOf(item), 16);
  if (value instanceof Map) return sizeOf([...value.entries()]);
  if (typeof value === 'object') {
    return Object.entries(value).reduce((sum, [key, item]) => sum + 2 * key.length + sizeOf(item), 16);
  }
  return 8;
}

/**
 * A cache handler for @fortedigital/nextjs-cache-handler holding at most `maxBytes` (an entry larger than a quarter
 * of that is not kept: one huge response must not empty the cache of everything else).
 */
export function createMemoryHandler({ maxBytes }) {
  const store = new LRUCache({
    maxSize: maxBytes,
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
    sizeCalculation: (value, key) => Math.max(1, sizeOf(value) + 2 * key.length),
  });
  /** When each implicit tag was last revalidated (explicit tags remove their entries at once). */
  const revalidatedAt = new Map();

  const handler = {
    name: 'memory-lru',
    async get(key, { implicitTags }) {
      const entry = store.get(key);
      if (!entry) return null;
      for (const tag of implicitTags) {
        const at = revalidatedAt.get(tag);
        if (at !== undefined && at > entry.lastModified) {
          store.delete(key);
          return null;
        }
      }
      return entry;
    },
    async set(key, entry, context) {
      if (context?.setOnlyIfNotExists && store.has(key)) return;
      const expireAt = entry.lifespan?.expireAt;
      const ttl = typeof expireAt === 'number' ? Math.max(1, expireAt * 1000 - Date.now()) : undefined;
      store.set(key, entry, ttl === undefined ? undefined : { ttl });
    },
    async revalidateTag(tag) {
      if (tag.startsWith(IMPLICIT_TAG_PREFIX)) revalidatedAt.set(tag, Date.now());
      for (const [key, entry] of store.entries()) {
        if (entry.tags?.includes(tag)) store.delete(key);
      }
    },
    async delete(key) {
      store.delete(key);
    },
  };
  const stats = () => ({ entries: store.size, bytes: store.calculatedSize, maxBytes });
  return { handler, stats };
}

/** PAGE_CACHE_MB (validated by the launcher, lib/config/env-schema.ts), in bytes. */
export function pageCacheBytes(env = process.env) {
  const megabytes = Number(env.PAGE_CACHE_MB ?? 64);
  return Math.round((Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 64) * 1024 * 1024);
}
