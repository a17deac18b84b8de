/**
 * `npm run bench`: starts the production build on the demo data (a throw-away embedded database), then measures with
 * autocannon (in this process; the server runs in its own) requests per second and p50/p99 latency for the home, an
 * article and a category page at concurrency 1, 10 and 50, each page's transferred bytes, and the same article's
 * HTML served from memory by a minimal Node server in the same run, and the WordPress import of 10,000 generated posts
 * (scripts/bench/import.ts: wall time, peak memory). Prints one table and writes docs/benchmarks.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '../db/embedded-postgres';
import { planSlugs } from '../db/seed';
import { buildIfStale } from '../lib/build-stamp';
import { importReport, measureImport } from './import';
import { describeRun, DURATION_SECONDS, measure, type Run } from './load';
import { projectRoot } from '../lib/settings';
import { coverOnPhone, firstVisit, withBrowser, type FirstVisit } from './budgets';
import { runLighthouse, type LighthouseScores } from './lighthouse';
import { edgeReport, measureEdge } from './edge';
import { memoryOf, memoryReport } from './memory';
import { measurePublish } from './publish';
import { fetchCompressed, pageWeight, type PageWeight } from './weight';
import { launcherArgs } from '../lib/launcher-bundle.mjs';

const CONCURRENCY = [1, 10, 50];
const log = (line: string) => console.log(`[bench] ${line}`);

function spawnNode(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'inherit'] });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error('the server exited during start-up');
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  if (!(await buildIfStale(log))) throw new Error('next build failed');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'habar-bench-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, HABAR_DATA_DIR: dataDir, PORT: String(port), PUBLIC_BASE_URL: base };
  delete env.DATABASE_URL;
  const server = spawnNode(launcherArgs, env);
  // The launcher names the embedded database's port; the publish timing below reads the demo data through it.
  let databasePort = 0;
  createInterface({ input: server.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    const port = /embedded PostgreSQL on 127\.0\.0\.1:(\d+)/.exec(line)?.[1];
    if (port) databasePort = Number(port);
  });
  let staticServer: ChildProcess | undefined;
  try {
    await waitFor(`${base}/en`, server);
    const slugs = planSlugs();
    const pages = {
      home: '/en',
      article: `/en/articles/${slugs.get('b-long-report-freedom-of-movement:en')}`,
      category: '/en/categories/reports',
      'lite home': '/en/lite',
      'lite article': `/en/lite/articles/${slugs.get('b-long-report-freedom-of-movement:en')}`,
      'lite category': '/en/lite/categories/reports',
    };
    const weights: Record<string, PageWeight & { words?: number }> = {};
    let articleHtml = '';
    for (const [name, pagePath] of Object.entries(pages)) {
      await fetchCompressed(`${base}${pagePath}`); // first request renders and caches
      const transfer = await fetchCompressed(`${base}${pagePath}`);
      if (transfer.status !== 200) throw new Error(`${pagePath} answered ${transfer.status}`);
      const { gunzipSync } = await import('node:zlib');
      const html = (transfer.encoding === 'gzip' ? gunzipSync(transfer.body) : transfer.body).toString('utf8');
      weights[name] = await pageWeight(base, pagePath, html, transfer.wireBytes);
      if (name === 'article' || name === 'lite article') {
        if (name === 'article') articleHtml = html;
        // Words of the body only: the full page wraps it in div.body; the lite page has it inside <article>.
        const body = name === 'article' ? /<div class="body">([\s\S]*?)<\/div>/ : /<article>([\s\S]*?)<\/article>/;
        const text = body.exec(html)?.[1]?.replace(/<[^>]+>/g, ' ') ?? '';
        weights[name].words = text.split(/\s+/).filter(Boolean).length;
      }
    }
    // The public edition's budgets (issue 15), in a real browser, on the demo content.
    const articleSlug = (locale: string) => slugs.get(`b-long-report-freedom-of-movement:${locale}`) as string;
    const visitUrls = ['en', 'ru', 'tk'].flatMap((locale) => [
      `${base}/${locale}`,
      `${base}/${locale}/articles/${articleSlug(locale)}`,
      `${base}/${locale}/categories/${locale === 'en' ? 'reports' : locale === 'ru' ? 'doklady' : 'hasabatlar'}`,
      `${base}/${locale}/lite/articles/${articleSlug(locale)}`,
    ]);
    const { visits, cover } = await withBrowser(async (browser) => {
      const list: FirstVisit[] = [];
      for (const url of visitUrls) list.push(await firstVisit(browser, url));
      return { visits: list, cover: await coverOnPhone(browser, `${base}${pages.article}`) };
    });
    const lighthouseScores: LighthouseScores[] =
      process.env.BENCH_LIGHTHOUSE === '0' ? [] : await runLighthouse(visitUrls, log);
    const htmlFile = path.join(dataDir, 'article.html');
    writeFileSync(htmlFile, articleHtml);
    staticServer = spawnNode(['--import', 'tsx', 'scripts/bench/static-server.ts', htmlFile], process.env);
    const { port: staticPort } = JSON.parse(
      await new Promise<string>((resolve) =>
        createInterface({ input: staticServer?.stdout as NodeJS.ReadableStream }).once('line', resolve),
      ),
    ) as { port: number };

    const publishTimings = await measurePublish(base, dataDir, server, databasePort);
    for (const timing of publishTimings) {
      log(
        `${timing.move}: next request fresh ${timing.nextRequestFresh}, ${timing.pages} pages rendered again ${timing.ms} ms after the answer`,
      );
    }

    const runs: Run[] = [];
    const targets: [string, string][] = [
      ...Object.entries(pages).map(([name, pagePath]): [string, string] => [name, `${base}${pagePath}`]),
      // Search is rendered per request with a database query (not cached): its own row, for the p50 bar.
      ['search "passport" (per request, database)', `${base}/en/search?q=passport`],
      ['in-memory static (same article HTML)', `http://127.0.0.1:${staticPort}/`],
    ];
    for (const [name, url] of targets) {
      for (const connections of CONCURRENCY) {
        const run = await measure(name, url, connections);
        runs.push(run);
        log(describeRun(run));
      }
    }
    const at50 = (prefix: string) => runs.find((run) => run.target.startsWith(prefix) && run.connections === 50) as Run;
    const staticAt50 = at50('in-memory').rps;
    // Issue 16: the shipped edge against a static file, the app alone against the in-memory server, then memory.
    const edge = edgeReport(
      await measureEdge(dataDir, port, pages.article, articleHtml, log),
      at50('article'),
      at50('in-memory'),
    );
    edge.lines.forEach((line) => log(line));
    const memory = memoryReport(memoryOf(server.pid as number));
    memory.goals.forEach((line) => log(line));
    const rows = runs.map(
      (run) =>
        `| ${run.target} | ${run.connections} | ${run.rps} | ${run.p50} | ${run.p99} | ${run.errors} | ${
          run.connections === 50 ? `${((100 * run.rps) / staticAt50).toFixed(1)}%` : ''
        } |`,
    );
    const weightRows = Object.entries(weights).map(
      ([name, weight]) =>
        `| ${name}${weight.words ? ` (${weight.words} words)` : ''} | ${weight.requests} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.images)} | ${kb(weight.total)} |`,
    );
    const article = weights.article as PageWeight;
    const articleVisits = visits.filter((visit) => /\/[a-z]{2}\/articles\//.test(visit.url));
    const worstArticleHtml = Math.max(...articleVisits.map((visit) => visit.document));
    const worstFirstVisit = Math.max(...visits.map((visit) => visit.document + visit.other));
    const budget = (ok: boolean) => (ok ? 'holds' : '**FAILS**');
    const visitRows = visits.map(
      (visit) =>
        `| ${visit.url.replace(base, '')} | ${visit.requests} | ${kb(visit.document)} | ${kb(visit.other)} | ${kb(visit.images)} | ${visit.scripts} | ${visit.thirdParty} |`,
    );
    const lighthouseRows = lighthouseScores.map(
      (score) =>
        `| ${score.url.replace(base, '')} | ${score.performance} | ${score.accessibility} | ${score.bestPractices} | ${score.seo} | ${score.failing.join(', ') || '—'} |`,
    );
    const searchP50 = runs.find((run) => run.target.startsWith('search') && run.connections === 1)?.p50 ?? NaN;
    const runImport = process.env.BENCH_IMPORT !== '0';
    if (runImport) log('WordPress import: 10,000 generated posts (the server idles meanwhile)');
    const importFigures = runImport ? await measureImport(10_000, log) : null;
    const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    const report = `# Benchmarks

Latest \`npm run bench\`, ${new Date().toISOString().slice(0, 10)}, on ${machine}. Load generator: autocannon (in the
bench process, on the same 2 cores as the server; autocannon itself tops out near a few thousand requests per second
here, so the in-memory row is a floor of the machine's limit, not its ceiling). Each run: ${DURATION_SECONDS} s,
loopback only, \`accept-encoding: gzip\`, pages warmed first (they are served from the cache, not rendered per request).

## Throughput and latency

| page | connections | req/s | p50 ms | p99 ms | errors | share of in-memory at 50 |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

## The edge and the app alone (issue 16)

The article through the shipped edge (Debian's nginx with \`deploy/nginx/\`, TLS, its cache warm) against nginx serving
the same HTML as a static file (\`gzip_static\`, the same TLS settings), and the app alone; \`accept-encoding: gzip\`,
50 connections, the same load generator (which is the limit of both nginx rows on this machine).

| page | connections | req/s | p50 ms | p99 ms | errors |
| --- | --- | --- | --- | --- | --- |
${[edge.edge, edge.staticFile].map((run) => `| ${run.target} | ${run.connections} | ${run.rps} | ${run.p50} | ${run.p99} | ${run.errors} |`).join('\n')}

${edge.lines.map((line) => `- ${line}`).join('\n')}

## Memory of npm start after the load runs (issue 16)

${memory.table}

${memory.goals.map((line) => `- ${line}`).join('\n')}

## First visit: what a reader downloads (compressed, on the wire)

The stylesheet is inline in the HTML (one request per page), so its bytes are in the HTML column.

| page | requests | HTML | CSS | JS | images | total |
| --- | --- | --- | --- | --- | --- | --- |
${weightRows.join('\n')}

Budget (reading-site issue): article HTML + CSS at most 40 KB compressed — measured ${kb(article.html + article.css)};
goal: first visit under WordPress's 34 KB in all — measured ${kb(article.total)} in ${article.requests} request(s).

Lite edition (mirror issue): a 1,000-word article at most 14 KB compressed — measured ${kb((weights['lite article'] as PageWeight).total)}.

Search (discovery issue): p50 under 50 ms on the demo data — measured ${searchP50} ms at 1 connection.

## The public edition's budgets (issue 15)

A first visit with an empty cache in Debian's Chromium (Playwright) at 390 × 844 px, 1× pixels: every response's
compressed body and headers, by type; the favicon counts as an image.

| page | requests | HTML (with inline CSS) | other (CSS, JS, fonts) | images | scripts | third-party requests |
| --- | --- | --- | --- | --- | --- | --- |
${visitRows.join('\n')}

- An article's HTML + CSS at most 14 KB compressed: largest measured ${kb(worstArticleHtml)} — ${budget(worstArticleHtml <= 14 * 1024)}.
- Everything but images at most 20 KB on a first visit: largest measured ${kb(worstFirstVisit)} — ${budget(worstFirstVisit <= 20 * 1024)}.
- On a 390 px viewport the cover is the 480 px variant: the browser chose \`${cover.replace(base, '')}\` — ${budget(/-480w\.webp$/.test(cover))}.
- No JavaScript, no web font, no third-party request: ${budget(visits.every((visit) => visit.scripts === 0 && visit.thirdParty === 0 && visit.other === 0))}.

## Lighthouse (mobile)

${
  lighthouseScores.length
    ? `Lighthouse ${'12.2.3'} from npm (\`scripts/bench/lighthouse.ts\`), Debian's Chromium (\`/usr/bin/chromium\`, headless, the browser tests' flags), default mobile configuration (emulated Moto G Power, simulated throttling), one run per page, pages warmed in the cache first. Budget: at least 98 Performance, 100 Accessibility, 100 Best Practices, 95 SEO.

| page | Performance | Accessibility | Best Practices | SEO | audits not passed |
| --- | --- | --- | --- | --- | --- |
${lighthouseRows.join('\n')}`
    : 'Not run (BENCH_LIGHTHOUSE=0).'
}

## Publishing is seen at once (decision 013)

An admin unpublishes and publishes a demo article through the real server action. "Next request fresh": the very
next request to the article and to the home page answered the new state. "Rendered again": the time from the action's
answer until every affected page (the article in every language, full and lite, the home, category and tag pages, the
feeds and the sitemap) was in the cache again.

| move | next request fresh | pages rendered again | ms after the answer |
| --- | --- | --- | --- |
${publishTimings.map((timing) => `| ${timing.move} | ${timing.nextRequestFresh ? 'yes' : 'NO'} | ${timing.pages} | ${timing.ms} |`).join('\n')}

${importFigures ? importReport(importFigures) : '## WordPress import\n\nNot run (BENCH_IMPORT=0).'}`;
    writeFileSync(path.join(projectRoot, 'docs', 'benchmarks.md'), report);
    console.log(`\n${report}`);
  } finally {
    staticServer?.kill('SIGTERM');
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
