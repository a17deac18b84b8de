import 'server-only';

/**
 * When each cache tag was last revalidated by this process. A page whose render began before a change and ended after
 * it was read from the database before the change; stored, it would look fresher than the change and be served stale
 * (a launcher warm-up, a previous publish's re-render or a reader's request in flight at the moment of a publish).
 * lib/public/cache-found.ts answers such a render to its own request but never stores it. Kept on globalThis: every
 * route bundle of the server must see the same clock.
 */
const store = globalThis as unknown as { habarTagClock?: Map<string, number> };
const clock = (store.habarTagClock ??= new Map<string, number>());

export function noteRevalidated(tags: readonly string[], at = Date.now()): void {
  for (const tag of tags) clock.set(tag, at);
}

/** Whether any of `tags` was revalidated at or after `since` (same millisecond counts: the order is unknown). */
export function revalidatedSince(tags: readonly string[], since: number): boolean {
  return tags.some((tag) => (clock.get(tag) ?? -1) >= since);
}
