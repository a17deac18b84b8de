/**
 * What `deploy/local-cluster.sh test` proves, with bounded loops against 127.0.0.1 only, printing its figures:
 * 1. a publish through instance A is served by instance B and by the edge on the very next request;
 * 2. with the database stopped, published pages answer 200 from the edge and from both instances;
 * 3. killing instance A in the middle of a load run through the edge fails no reader's request (the edge retries B).
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { request as playwrightRequest } from '@playwright/test';
import pg from 'pg';
import { callAction, serverAction } from '../../e2e/server-actions';
import type { Cluster } from './run';
import { killTree, resumePostgres, stopPostgres } from './services';

const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 64, rejectUnauthorized: false });
const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 64 });

interface Reply {
  status: number;
  body: string;
  cache: string;
}

/** One GET (the edge's certificate is self-signed), whole body read; a network failure is status 0. */
export function get(url: string): Promise<Reply> {
  const secure = url.startsWith('https:');
  return new Promise((resolve) => {
    const request = (secure ? httpsRequest : httpRequest)(
      url,
      { agent: secure ? httpsAgent : httpAgent, timeout: 10_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            cache: String(response.headers['x-cache-status'] ?? '-'),
          }),
        );
        response.on('error', () => resolve({ status: 0, body: '', cache: 'error' }));
      },
    );
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve({ status: 0, body: '', cache: 'error' }));
    request.end();
  });
}

async function publishThroughA(cluster: Cluster, say: (line: string) => void): Promise<boolean> {
  const [a, b] = cluster.instances as [Cluster['instances'][0], Cluster['instances'][0]];
  const baseA = `http://127.0.0.1:${a.port}`;
  const client = new pg.Client({ connectionString: cluster.postgres.url });
  await client.connect();
  const api = await playwrightRequest.newContext({ baseURL: baseA });
  let ok = true;
  try {
    const { rows } = await client.query<{ articleId: string; slug: string; title: string; version: number }>(
      `SELECT "articleId", slug, title, version FROM "ArticleTranslation"
        WHERE locale = 'en' AND status = 'published' ORDER BY "publishedAt" DESC LIMIT 1`,
    );
    const article = rows[0];
    if (!article) throw new Error('no published English article in the demo');
    const path = `/en/articles/${article.slug}`;
    // Both the edge and instance B hold the page before the change.
    for (const url of [
      `${cluster.edge.url}${path}`,
      `${cluster.edge.url}${path}`,
      `http://127.0.0.1:${b.port}${path}`,
    ]) {
      if ((await get(url)).status !== 200) throw new Error(`${url} did not answer 200 before the change`);
    }
    const signIn = await api.post('/api/workspace/sign-in', {
      headers: { origin: baseA },
      data: { email: 'admin@example.org', password: process.env.DEMO_PASSWORD ?? 'habar-demo-2026' },
    });
    if (!signIn.ok()) throw new Error(`sign-in on instance A answered ${signIn.status()}`);
    for (const move of ['unpublish', 'publish'] as const) {
      const started = Date.now();
      const reply = await callAction(
        api,
        serverAction('changeStatusAction'),
        { json: [{ articleId: article.articleId, locale: 'en', transition: move, version: article.version }] },
        { origin: baseA },
      );
      if (!reply.result?.ok)
        throw new Error(`${move} through A answered ${JSON.stringify(reply.result ?? reply.status)}`);
      const answeredMs = Date.now() - started;
      const fromB = await get(`http://127.0.0.1:${b.port}${path}`);
      const fromEdge = await get(`${cluster.edge.url}${path}`);
      const fresh = (reply: Reply) =>
        move === 'unpublish' ? reply.status === 404 : reply.status === 200 && reply.body.includes(article.title);
      say(
        `${move} through A (answered in ${answeredMs} ms): next request to B ${fromB.status} ` +
          `${fresh(fromB) ? 'fresh' : 'STALE'}, to the edge ${fromEdge.status} (${fromEdge.cache}) ` +
          `${fresh(fromEdge) ? 'fresh' : 'STALE'}`,
      );
      ok &&= fresh(fromB) && fresh(fromEdge);
    }
  } finally {
    await api.dispose();
    await client.end();
  }
  return ok;
}

const publicPaths = ['/ru', '/tk', '/en', '/en/lite', '/ru/feed.xml', '/sitemap.xml'];

async function databaseDown(cluster: Cluster, say: (line: string) => void): Promise<boolean> {
  const origins = [cluster.edge.url, ...cluster.instances.map((instance) => `http://127.0.0.1:${instance.port}`)];
  // Everything in the shared cache and at the edge first.
  for (const origin of origins) for (const path of publicPaths) await get(`${origin}${path}`);
  stopPostgres(cluster.postgres);
  let answered = 0;
  let total = 0;
  try {
    for (const origin of origins) {
      for (const path of publicPaths) {
        total++;
        if ((await get(`${origin}${path}`)).status === 200) answered++;
      }
    }
  } finally {
    resumePostgres(cluster.postgres);
  }
  say(`database stopped: ${answered} of ${total} public requests answered 200 (edge, instance A, instance B)`);
  return answered === total;
}

/** 50 readers through the edge for 12 s, a mix of cached pages and uncached health checks; A is killed at 4 s. */
async function killDuringLoad(cluster: Cluster, say: (line: string) => void): Promise<boolean> {
  const [a] = cluster.instances as [Cluster['instances'][0]];
  const paths = [...publicPaths, '/healthz', '/healthz', '/healthz'];
  const statuses = new Map<string, number>();
  const caches = new Map<string, number>();
  let requests = 0;
  let failures = 0;
  const until = Date.now() + 12_000;
  const killAt = Date.now() + 4_000;
  let killed = false;
  const reader = async (offset: number) => {
    for (let i = offset; Date.now() < until; i++) {
      if (!killed && Date.now() >= killAt) {
        killed = true;
        killTree(a.pid, 'SIGKILL');
      }
      const reply = await get(`${cluster.edge.url}${paths[i % paths.length]}`);
      requests++;
      statuses.set(String(reply.status), (statuses.get(String(reply.status)) ?? 0) + 1);
      caches.set(reply.cache, (caches.get(reply.cache) ?? 0) + 1);
      if (reply.status !== 200) failures++;
    }
  };
  await Promise.all(Array.from({ length: 50 }, (_, i) => reader(i)));
  say(
    `instance A killed mid-load: ${requests} requests in 12 s through the edge, ${failures} failed; statuses ` +
      `${JSON.stringify(Object.fromEntries(statuses))}, edge cache ${JSON.stringify(Object.fromEntries(caches))}`,
  );
  return killed && failures === 0 && requests > 0;
}

export async function runChecks(cluster: Cluster, say: (line: string) => void): Promise<boolean> {
  const results = {
    'publish on A, fresh on B and at the edge': await publishThroughA(cluster, say),
    'database stopped, pages still served': await databaseDown(cluster, say),
    'instance A killed, no reader failed': await killDuringLoad(cluster, say),
  };
  for (const [check, passed] of Object.entries(results)) say(`${passed ? 'pass' : 'FAIL'}: ${check}`);
  return Object.values(results).every(Boolean);
}
