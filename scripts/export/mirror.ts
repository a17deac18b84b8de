/**
 * The static mirror: crawls the public site from a running Habar server (the same renderer that serves readers,
 * lite pages and feeds), and writes it as plain files with relative links, so the folder works from any static
 * host, from a zip, or opened from disk. Incremental: a file is rewritten only when its content changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { isLocale, routing } from '@/i18n/routing';
import { escapeHtml } from '@/lib/render/html';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import tk from '@/messages/tk.json';

const messages = { en, ru, tk };
const MANIFEST = '.habar-mirror.json';
const fileExtensions = /\.(xml|txt|png|jpe?g|webp|avif|pdf|svg|ico)$/i;

/** Where a site path lives in the mirror: pages become folders with an index.html. */
export function fileFor(sitePath: string): string {
  const clean = decodeURIComponent(sitePath.split('?')[0] as string).replace(/^\/+|\/+$/g, '');
  if (fileExtensions.test(clean)) return clean;
  return clean ? `${clean}/index.html` : 'index.html';
}

/** Paths that only a live server can answer (search, the API); they link to the original site instead. */
function isDynamic(sitePath: string): boolean {
  return (
    /^\/[a-z]{2}(\/lite)?\/search(\/|\?|$)/.test(sitePath) || sitePath.startsWith('/api/') || sitePath.includes('?')
  );
}

function relativeLink(fromFile: string, sitePath: string): string {
  const [pathname, hash] = sitePath.split('#');
  const target = fileFor(pathname as string);
  const relative = path.posix.relative(path.posix.dirname(fromFile), target) || path.posix.basename(target);
  return hash === undefined ? relative : `${relative}#${hash}`;
}

/** Root-relative links become relative files; links to dynamic pages go to the original site. */
export function rewriteHtml(html: string, file: string, originalBase: string): string {
  return html
    .replace(/\b(href|src|action)="(\/[^"]*)"/g, (_match, attribute: string, sitePath: string) =>
      sitePath.startsWith('//')
        ? `${attribute}="${sitePath}"`
        : isDynamic(sitePath)
          ? `${attribute}="${originalBase}${sitePath}"`
          : `${attribute}="${relativeLink(file, sitePath)}"`,
    )
    .replace(/\bsrcset="([^"]*)"/g, (_match, value: string) => {
      const candidates = value.split(',').map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        const local = url.startsWith('/') && !url.startsWith('//');
        return [local ? relativeLink(file, url) : url, ...descriptor].join(' ');
      });
      return `srcset="${candidates.join(', ')}"`;
    });
}

/** The site paths a page's responsive images name (`srcset="/media/a-480w.webp 480w, …"`): each is copied too. */
export function srcsetPaths(html: string): string[] {
  return [...html.matchAll(/\bsrcset="([^"]*)"/g)].flatMap((match) =>
    (match[1] ?? '')
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
      .filter((url) => url.startsWith('/') && !url.startsWith('//')),
  );
}

function banner(html: string, originalUrl: string, copiedAt: Date): string {
  const lang = /<html lang="([a-z]{2})"/.exec(html)?.[1];
  const locale = isLocale(lang) ? lang : routing.defaultLocale;
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Mirror' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(
    copiedAt,
  );
  // The organisation's name as the page itself gives it (its identity is set by admins, lib/site/identity.ts).
  const site = (/<meta property="og:site_name" content="([^"]*)">/.exec(html)?.[1] ?? '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const note = `<p role="note" style="margin:0;padding:.4em 1em;background:#fff4ce;color:#111;font:.9em/1.4 sans-serif">${escapeHtml(
    t('note', { site, url: '\u0000', date: `${date} UTC` }),
  ).replace('\u0000', `<a href="${escapeHtml(originalUrl)}">${escapeHtml(originalUrl)}</a>`)}</p>`;
  return html.replace(/<body>/, `<body>\n${note}`);
}

export interface CrawledFile {
  file: string;
  sitePath: string;
  body: Buffer;
  html: boolean;
}

/** Breadth-first over every public page, lite page, feed, sitemap and image reachable from the home pages. */
export async function crawl(origin: string): Promise<{ files: CrawledFile[]; broken: string[] }> {
  const queue = [
    '/sitemap.xml',
    '/robots.txt',
    // Browsers ask for it by habit; pages name it too.
    '/favicon.ico',
    ...routing.locales.flatMap((locale) => [`/${locale}`, `/${locale}/lite`]),
  ];
  const seen = new Set(queue);
  const files: CrawledFile[] = [];
  const broken: string[] = [];
  while (queue.length > 0) {
    const sitePath = queue.shift() as string;
    const response = await fetch(`${origin}${sitePath}`, { redirect: 'manual' });
    if (response.status !== 200) {
      broken.push(`${sitePath} (${response.status})`);
      continue;
    }
    const body = Buffer.from(await response.arrayBuffer());
    const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
    files.push({ file: fileFor(sitePath), sitePath, body, html });
    if (!html) continue;
    const text = body.toString('utf8');
    const links = [...text.matchAll(/\b(?:href|src)="(\/[^"#]*)/g)].map((match) => match[1] as string);
    links.push(...srcsetPaths(text));
    if (/^\/[a-z]{2}\/categories\/[^/]+$/.test(sitePath)) links.push(`${sitePath}/feed.xml`);
    for (const link of links) {
      if (link.startsWith('//') || isDynamic(link) || seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return { files, broken };
}

interface Manifest {
  files: Record<string, { hash: string; copiedAt: string }>;
}

export interface MirrorReport {
  written: number;
  unchanged: number;
  removed: number;
  total: number;
  broken: string[];
}

export function writeMirror(
  outDir: string,
  files: CrawledFile[],
  originalBase: string,
  now = new Date(),
): MirrorReport {
  mkdirSync(outDir, { recursive: true });
  const manifestPath = path.join(outDir, MANIFEST);
  const previous: Manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest)
    : { files: {} };
  const next: Manifest = { files: {} };
  let written = 0;
  let unchanged = 0;
  for (const entry of files) {
    const content = entry.html
      ? Buffer.from(rewriteHtml(entry.body.toString('utf8'), entry.file, originalBase))
      : entry.body;
    const hash = createHash('sha256').update(content).digest('hex');
    const target = path.join(outDir, entry.file);
    const before = previous.files[entry.file];
    if (before?.hash === hash && existsSync(target)) {
      next.files[entry.file] = before;
      unchanged++;
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    const final = entry.html
      ? Buffer.from(banner(content.toString('utf8'), `${originalBase}${entry.sitePath}`, now))
      : content;
    writeFileSync(target, final);
    next.files[entry.file] = { hash, copiedAt: now.toISOString() };
    written++;
  }
  let removed = 0;
  for (const file of Object.keys(previous.files)) {
    if (!next.files[file]) {
      rmSync(path.join(outDir, file), { force: true });
      removed++;
    }
  }
  writeFileSync(manifestPath, JSON.stringify(next, null, 1));
  return { written, unchanged, removed, total: files.length, broken: [] };
}
