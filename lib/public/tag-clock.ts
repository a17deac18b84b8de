/**
 * When each cache tag was last revalidated by this process. A page whose render began before a change and ended after
 * it was read from the database before the change; stored, it would look fresher than the change and be served stale
 * (a launcher warm-up, a previous publish's re-render or a reader's request in flight at the moment of a publish).
 * lib/public/cache-found.ts answers such a render to its own request but never stores it, and the production server's
 * response memo (lib/public/response-memo.ts) never keeps or serves a page rendered before its tags last changed.
 * Kept on globalThis: every route bundle of the server, and the server itself, must see the same clock. (No
 * server-only marker: scripts/server.ts reads it.)
 */
const store = globalThis as unknown as { habarTagClock?: Map<string, number>; habarTagClockLast?: number };
const clock = (store.habarTagClock ??= new Map<string, number>());

/**
 * This clock's time: the wall clock, never going backwards within the process. A wall clock stepped back after a
 * render (NTP on a virtual machine) would otherwise date a later change before that render, and the render would
 * pass for fresh (decision 023's lesson).
 */
export function clockNow(): number {
  store.habarTagClockLast = Math.max(Date.now(), store.habarTagClockLast ?? 0);
  return store.habarTagClockLast;
}

export function noteRevalidated(tags: readonly string[], at = clockNow()): void {
  for (const tag of tags) clock.set(tag, at);
}

/** Whether any of `tags` was revalidated at or after `since` (same millisecond counts: the order is unknown). */
export function revalidatedSince(tags: readonly string[], since: number): boolean {
  return tags.some((tag) => (clock.get(tag) ?? -1) >= since);
}
