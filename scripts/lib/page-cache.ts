/**
 * The page cache outside the app (decision 023). Without REDIS_URL it lives in the app's memory
 * (cache-handler/memory.mjs): it starts empty with every start and belongs to that one process, so a restore or another
 * database can never meet pages of the old one. With REDIS_URL it outlives restarts, and may be shared by instances;
 * a cache filled from one database must then not be served for another (a reset demo, a restored backup, another
 * DATABASE_URL): the database carries an installation id, kept beside the cache's keys, and the launcher empties this
 * site's keys when they differ.
 */
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { redisKeyPrefix } from '@/cache-handler/key-prefix.mjs';
import type { PrismaClient } from '@/lib/db/prisma-client';

const connect = (url: string) => createClient({ url, socket: { connectTimeout: 5_000, reconnectStrategy: false } });
type Redis = ReturnType<typeof connect>;

async function withRedis<T>(work: (client: Redis, prefix: string) => Promise<T>): Promise<T | null> {
  const url = process.env.REDIS_URL;
  if (!url) return null;
  const client = connect(url);
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client, redisKeyPrefix());
  } finally {
    client.destroy();
  }
}

async function deleteKeys(client: Redis, prefix: string): Promise<number> {
  let deleted = 0;
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
    if (keys.length) deleted += await client.unlink(keys);
  }
  return deleted;
}

/**
 * Empties this site's page cache in Redis (a restore, for one); returns how many keys went, or null when the cache
 * is in the app's memory (it is empty at the next start anyway).
 */
export async function emptyPageCache(): Promise<number | null> {
  return withRedis((client, prefix) => deleteKeys(client, prefix));
}

export async function installationId(prisma: PrismaClient): Promise<string> {
  const row = await prisma.setting.upsert({
    where: { key: 'installationId' },
    update: {},
    create: { key: 'installationId', value: randomUUID() },
    select: { value: true },
  });
  return JSON.stringify(row.value);
}

/** With Redis, empties this site's keys when they were filled from another database; returns whether it did. */
export async function resetPageCacheUnlessFrom(id: string): Promise<boolean> {
  const reset = await withRedis(async (client, prefix) => {
    const stamp = `${prefix}habar-installation`;
    if ((await client.get(stamp)) === id) return false;
    await deleteKeys(client, prefix);
    await client.set(stamp, id);
    return true;
  });
  return reset ?? false;
}
