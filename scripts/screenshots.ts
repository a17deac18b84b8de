/**
 * `npm run screenshots [-- --from <url>]`: the main public pages at 390 and 1280 pixels wide in Russian, Turkmen and
 * English, as PNGs in docs/screenshots/, so a reviewer sees the design without running anything. Without --from it
 * starts the demo on a throw-away database. Each picture is the first screen (what a reader sees before scrolling),
 * quantised to a palette so the files stay small enough to commit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { planSlugs } from './db/seed';
import { chromiumFlags, chromiumPath } from './lib/chromium';
import { startDemoServer } from './lib/demo-server';
import { projectRoot } from './lib/settings';

const log = (line: string) => console.log(`[screenshots] ${line}`);
const option = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

const locales = ['ru', 'tk', 'en'] as const;
const widths = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

async function pagesOf(base: string, locale: (typeof locales)[number]): Promise<Record<string, string>> {
  const slugs = planSlugs();
  const home = await (await fetch(`${base}/${locale}`)).text();
  // The About page and the first category, as the masthead links them.
  const about = /href="(\/[a-z]{2}\/pages\/[^"]+)"/.exec(home)?.[1] ?? `/${locale}`;
  const category = /href="(\/[a-z]{2}\/categories\/[^"]+)"/.exec(home)?.[1] ?? `/${locale}`;
  const article = `/${locale}/articles/${slugs.get(`b-long-report-freedom-of-movement:${locale}`) ?? ''}`;
  const articleHtml = await (await fetch(`${base}${article}`)).text();
  const author = /href="(\/[a-z]{2}\/authors\/[^"]+)"/.exec(articleHtml)?.[1] ?? `/${locale}`;
  return {
    home: `/${locale}`,
    article,
    category,
    author,
    about,
    lite: `/${locale}/lite/articles/${slugs.get(`b-long-report-freedom-of-movement:${locale}`) ?? ''}`,
  };
}

async function main(): Promise<void> {
  const from = option('from')?.replace(/\/+$/, '');
  const server = from ? null : await startDemoServer(log);
  const base = from ?? server?.base ?? '';
  const out = path.join(projectRoot, 'docs', 'screenshots');
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    for (const locale of locales) {
      const pages = await pagesOf(base, locale);
      for (const viewport of widths) {
        const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
        const page = await context.newPage();
        for (const [name, url] of Object.entries(pages)) {
          await page.goto(`${base}${url}`, { waitUntil: 'networkidle' });
          // Pictures are decoded asynchronously: wait until every one in view is drawn (lazy ones below the first
          // screen never load, so they are not waited for).
          await page.waitForFunction(() =>
            [...document.images].every(
              (image) => image.complete || image.getBoundingClientRect().top > window.innerHeight,
            ),
          );
          const png = await page.screenshot({ fullPage: false });
          const small = await sharp(png)
            .png({ palette: true, quality: 80, compressionLevel: 9, effort: 10 })
            .toBuffer();
          const file = path.join(out, `${name}-${locale}-${viewport.width}.png`);
          writeFileSync(file, small);
          log(`${path.relative(projectRoot, file)} ${(small.length / 1024).toFixed(0)} KB`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[screenshots] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
