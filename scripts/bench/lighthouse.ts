/**
 * Lighthouse (npm `lighthouse`, pinned) against Debian's Chromium, started headless with the same flags as the
 * browser tests: the default mobile configuration (Moto G Power emulation, simulated slow 4G), categories
 * performance, accessibility, best practices and SEO. One run per page.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
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

export async function runLighthouse(urls: string[], log: (line: string) => void): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  const results: LighthouseScores[] = [];
  try {
    for (const url of urls) {
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = run?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
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
