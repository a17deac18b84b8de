import 'server-only';
import { unstable_cache } from 'next/cache';

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
      const value = await compute();
      if (missing(value) && !answered) throw new NotStored(value);
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
