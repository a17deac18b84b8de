/**
 * Lighthouse (npm `lighthouse`, pinned) against Debian's Chromium, started headless with the same flags as the
 * browser tests: the default mobile configuration (Moto G Power emulation, simulated slow 4G), categories
 * performance, accessibility, best practices and SEO. Scores vary from run to run with the machine's load (a page
 * measured once scored 93, then 100 and 100); as Lighthouse's own guidance on variability advises, each page runs
 * BENCH_LIGHTHOUSE_RUNS times (3) and the median run (Lighthouse's computeMedianRun) is reported.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumFlags, chromiumPath } from '../lib/chromium';

export interface LighthouseScores {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Audits below a full score, for the report. */
  failing: string[];
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** How many times each page is measured (the median run is reported). */
export const lighthouseRuns = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));

export async function runLighthouse(urls: string[], log: (line: string) => void): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  const results: LighthouseScores[] = [];
  try {
    for (const url of urls) {
      const runs: Report[] = [];
      for (let i = 0; i < lighthouseRuns; i++) {
        const run = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (!run?.lhr) throw new Error(`Lighthouse gave no result for ${url}`);
        runs.push(run.lhr);
      }
      const lhr = computeMedianRun(runs) as Report;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      const entry = {
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        failing,
      };
      log(
        `lighthouse ${url}: ${entry.performance}/${entry.accessibility}/${entry.bestPractices}/${entry.seo}${failing.length ? ` (${failing.join(', ')})` : ''}`,
      );
      results.push(entry);
    }
  } finally {
    chrome.kill();
  }
  return results;
}
