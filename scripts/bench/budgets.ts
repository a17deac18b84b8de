/**
 * The public edition's budgets (issue 15), measured in Debian's Chromium as a first visit would be: every response
 * counted with its compressed body and headers, by type; and which cover variant a 390 px phone downloads.
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../lib/chromium';

export interface FirstVisit {
  url: string;
  requests: number;
  /** Bytes on the wire (compressed bodies and headers), images apart. */
  document: number;
  other: number;
  images: number;
  /** Requests to any other host (must be none). */
  thirdParty: number;
  scripts: number;
}

export async function withBrowser<T>(run: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

/** A first visit (empty cache) on a 390 px phone, everything the page loads, favicon included. */
export async function firstVisit(browser: Browser, url: string): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const responses: { type: string; bytes: number; host: string }[] = [];
  page.on('requestfinished', (request) => {
    void request.sizes().then((sizes) =>
      responses.push({
        type: request.resourceType(),
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        host: new URL(request.url()).host,
      }),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Browsers ask for the icon on their own after the page (headless Chromium does not): counted like they would.
  const icon = await page.request.get(new URL('/favicon.ico', url).toString());
  const iconBytes = (await icon.body()).length;
  await page.waitForTimeout(200);
  const host = new URL(url).host;
  const sum = (filter: (entry: (typeof responses)[number]) => boolean) =>
    responses.filter(filter).reduce((total, entry) => total + entry.bytes, 0);
  const result = {
    url,
    requests: responses.length + 1,
    document: sum((entry) => entry.type === 'document'),
    other: sum((entry) => entry.type !== 'document' && entry.type !== 'image'),
    images: sum((entry) => entry.type === 'image') + iconBytes,
    thirdParty: responses.filter((entry) => entry.host !== host).length,
    scripts: await page.locator('script:not([type="application/ld+json"])').count(),
  };
  await context.close();
  return result;
}

/** The cover picture a 390 px phone (1× pixels) chose from the srcset. */
export async function coverOnPhone(browser: Browser, url: string): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const src = await page.locator('article figure img').evaluate((image: HTMLImageElement) => image.currentSrc);
  await context.close();
  return src;
}
