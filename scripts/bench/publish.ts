/**
 * How soon a publish is seen (decision 013), on the demo data of a running bench server: an admin unpublishes and
 * publishes a demo article through the real server action; the very next request to the article and to the home page
 * must answer the new state, and the time from the action's answer to the server's "pages rendered again" line is
 * the time until every affected page is in the cache again.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { request } from '@playwright/test';
import pg from 'pg';
import { callAction, serverAction } from '../../e2e/server-actions';

export interface PublishTiming {
  move: 'unpublish' | 'publish';
  pages: number;
  /** From the action's answer to the last affected page rendered again. */
  ms: number;
  /** Whether the very next request (article, home) already answered the new state. */
  nextRequestFresh: boolean;
}

/** The server's "[publish] N pages rendered again in X ms" lines, as they come. */
function renderedLines(server: ChildProcess): () => Promise<{ pages: number; at: number }> {
  const waiting: ((value: { pages: number; at: number }) => void)[] = [];
  createInterface({ input: server.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    const match = /\[publish\] (\d+) pages rendered again/.exec(line);
    if (match) waiting.shift()?.({ pages: Number(match[1]), at: Date.now() });
  });
  return () => new Promise((resolve) => waiting.push(resolve));
}

export async function measurePublish(base: string, dataDir: string, server: ChildProcess, databasePort: number) {
  const next = renderedLines(server);
  const secrets = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { POSTGRES_PASSWORD: string };
  const client = new pg.Client({
    connectionString: `postgresql://postgres:${encodeURIComponent(secrets.POSTGRES_PASSWORD)}@127.0.0.1:${databasePort}/habar`,
  });
  await client.connect();
  const api = await request.newContext({ baseURL: base });
  try {
    const { rows } = await client.query<{ articleId: string; slug: string; title: string; version: number }>(
      `SELECT "articleId", slug, title, version FROM "ArticleTranslation"
        WHERE locale = 'en' AND status = 'published' ORDER BY "publishedAt" DESC LIMIT 1`,
    );
    const article = rows[0];
    if (!article) throw new Error('no published English article in the demo');
    const signIn = await api.post('/api/workspace/sign-in', {
      headers: { origin: base },
      data: { email: 'admin@example.org', password: process.env.DEMO_PASSWORD ?? 'habar-demo-2026' },
    });
    if (!signIn.ok()) throw new Error(`sign-in answered ${signIn.status()}`);
    const action = serverAction('changeStatusAction');
    const timings: PublishTiming[] = [];
    for (const move of ['unpublish', 'publish'] as const) {
      const rendered = next();
      const reply = await callAction(
        api,
        action,
        { json: [{ articleId: article.articleId, locale: 'en', transition: move, version: article.version }] },
        { origin: base },
      );
      const answered = Date.now();
      if (!reply.result?.ok) throw new Error(`${move} answered ${JSON.stringify(reply.result ?? reply.status)}`);
      const articleStatus = (await api.get(`/en/articles/${article.slug}`, { maxRedirects: 0 })).status();
      const home = await (await api.get('/en')).text();
      const nextRequestFresh =
        move === 'unpublish'
          ? articleStatus === 404 && !home.includes(article.title)
          : articleStatus === 200 && home.includes(article.title);
      const done = await rendered;
      timings.push({ move, pages: done.pages, ms: done.at - answered, nextRequestFresh });
    }
    return timings;
  } finally {
    await api.dispose();
    await client.end();
  }
}
