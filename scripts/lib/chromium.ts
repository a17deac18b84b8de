/**
 * Debian's Chromium, started the way the browser tests start it (playwright.config.ts): for the screenshots and the
 * bench's browser measurements. No browser is downloaded.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
