import { describe, expect, it } from 'vitest';
import { instantToZonedWallTime, zonedWallTimeToInstant } from '@/lib/workspace/zoned-time';

describe('schedule times in the user’s own zone', () => {
  it('reads a wall time in the named zone, whatever the machine’s zone', () => {
    expect(zonedWallTimeToInstant('2026-12-03T12:12', 'Asia/Ashgabat')?.toISOString()).toBe('2026-12-03T07:12:00.000Z');
    expect(zonedWallTimeToInstant('2026-12-03T08:12', 'Europe/Berlin')?.toISOString()).toBe('2026-12-03T07:12:00.000Z');
    expect(zonedWallTimeToInstant('2026-07-03T09:12', 'Europe/Berlin')?.toISOString()).toBe('2026-07-03T07:12:00.000Z');
    expect(zonedWallTimeToInstant('2026-12-03T07:12', 'UTC')?.toISOString()).toBe('2026-12-03T07:12:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // Berlin goes from 02:00 to 03:00 on 29 March 2026, and back from 03:00 to 02:00 on 25 October 2026.
    expect(zonedWallTimeToInstant('2026-03-29T12:00', 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(zonedWallTimeToInstant('2026-10-25T12:00', 'Europe/Berlin')?.toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('writes an instant back as the zone’s wall time, and refuses malformed values', () => {
    const instant = new Date('2026-12-03T07:12:00Z');
    expect(instantToZonedWallTime(instant, 'Asia/Ashgabat')).toBe('2026-12-03T12:12');
    expect(instantToZonedWallTime(instant, 'Europe/Berlin')).toBe('2026-12-03T08:12');
    expect(zonedWallTimeToInstant('2026-12-03T12:12:30', 'Asia/Ashgabat')?.toISOString()).toBe(
      '2026-12-03T07:12:30.000Z',
    );
    for (const bad of ['', '2026-12-03', '12:00', '2026-12-03T12:00:00.5', 'x']) {
      expect(zonedWallTimeToInstant(bad, 'UTC')).toBeNull();
    }
  });
});
