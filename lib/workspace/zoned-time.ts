/**
 * Wall-clock times in a named time zone, for the schedule fields: the user types "15:00" meaning 15:00 in their own
 * zone (their setting, not the browser's), and the server gets the instant. No server imports: the browser uses it.
 */

/** The zone's offset from UTC at `instant`, in minutes (positive east of Greenwich). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    value('year'),
    value('month') - 1,
    value('day'),
    value('hour'),
    value('minute'),
    value('second'),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant of a `datetime-local` value ("2026-12-03T15:00", seconds optional) read in `timeZone`, or null for an empty or malformed
 * value. Around a clock change the offset is looked up again at the candidate instant, so the answer is the wall time
 * the user typed wherever that time exists.
 */
export function zonedWallTimeToInstant(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return Number.isNaN(instant) ? null : new Date(instant);
}

/** The `datetime-local` value showing `instant` in `timeZone` (to fill the field with a time already chosen). */
export function instantToZonedWallTime(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant.getTime(), timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
