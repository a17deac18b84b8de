import type { Formats } from 'next-intl';

/**
 * Named date and time formats of the workspace. Every time carries its zone (`GMT+5`, `CET`…): staff work from
 * Ashgabat and from Europe, and a bare "12:12" is read in the wrong zone (decision 012). The zone itself is the
 * user's own setting, else the site's (SITE_TIME_ZONE).
 */
export const formats = {
  dateTime: {
    withZone: {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    },
    withZoneSeconds: {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'short',
    },
    timeWithZone: { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' },
  },
} satisfies Formats;
