/** Types of cache-handler/memory.mjs for the tests (the handler itself is plain JavaScript that Next loads). */
export interface CacheEntry {
  lastModified: number;
  tags: string[];
  lifespan?: { expireAt: number } | null;
  value: unknown;
}
export interface MemoryHandler {
  name: string;
  get(key: string, meta: { implicitTags: string[] }): Promise<CacheEntry | null>;
  set(key: string, entry: CacheEntry, context?: { setOnlyIfNotExists?: boolean }): Promise<void>;
  revalidateTag(tag: string): Promise<void>;
  delete(key: string): Promise<void>;
}
export interface PageCacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
}
export function sizeOf(value: unknown): number;
export function createMemoryHandler(options: { maxBytes: number }): {
  handler: MemoryHandler;
  stats: () => PageCacheStats;
};
export function pageCacheBytes(env?: Record<string, string | undefined>): number;
