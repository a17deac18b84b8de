import 'server-only';
import { unstable_cache } from 'next/cache';
import { clockNow, revalidatedSince } from './tag-clock';

/** Carries a "not found" answer out of the cached function, so that it is answered without being stored. */
class NotStored<T> extends Error {
  constructor(readonly value: T) {
    super('not stored');
  }
}

/**
 * `unstable_cache` for answers that may be "not found". A found answer is stored as usual. A not-found answer is
 * stored only when it replaces an entry that was there (a background refresh of a stale page, e.g. the old URL of a
 * renamed category, which must turn into a 404 rather than keep its stale copy), never for a URL that had no entry:
 * a visitor inventing URLs must not add one cache entry per URL.
 *
 * Which of the two is running: on a miss, Next awaits the function before it answers; on a stale entry, it answers
 * with the stale copy first and refreshes afterwards (the function needs a database round trip, so it always ends
 * after the answer).
 */
export function cachedUnlessMissing<T>(
  compute: () => Promise<T>,
  missing: (value: T) => boolean,
  keyParts: string[],
  options: { tags: string[] },
): () => Promise<T> {
  let answered = false;
  const cached = unstable_cache(
    async () => {
      const started = clockNow();
      const value = await compute();
      if (missing(value) && !answered) throw new NotStored(value);
      // Rendered from data read before a change that has since expired these tags: answered, never stored.
      if (revalidatedSince(options.tags, started)) throw new NotStored(value);
      return value;
    },
    keyParts,
    options,
  );
  return async () => {
    try {
      return await cached();
    } catch (error) {
      if (error instanceof NotStored) return error.value as T;
      throw error;
    } finally {
      answered = true;
    }
  };
}

/** `unstable_cache` that never stores a value computed across a change of its tags (lib/public/tag-clock.ts). */
export function cachedFresh<T>(compute: () => Promise<T>, keyParts: string[], options: { tags: string[] }) {
  return cachedUnlessMissing(compute, () => false, keyParts, options);
}
