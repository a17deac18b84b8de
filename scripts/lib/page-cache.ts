/**
 * Public pages live in Next's data cache (.next/cache/fetch-cache), which outlives restarts on purpose: pages keep
 * serving while the database is down. But a cache filled from one database must not be served for another (a reset
 * demo, a restored backup, another DATABASE_URL). The database carries an installation id; when it differs from the
 * one the cache was filled from, the cache is emptied before the app starts.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { projectRoot } from './settings';

const cacheDir = () => path.join(projectRoot, '.next', 'cache');

/** The folder holding the cached public pages (one file per entry). */
export const pageCacheDir = () => path.join(cacheDir(), 'fetch-cache');

/**
 * Empties the page cache and forgets which database filled it (a restore, for one): the one place that knows how.
 * The next start stamps it again.
 */
export function emptyPageCache(): void {
  rmSync(pageCacheDir(), { recursive: true, force: true });
  rmSync(path.join(cacheDir(), 'habar-installation'), { force: true });
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

/** Empties the page cache when it was filled from another database; returns whether it did. */
export function resetPageCacheUnlessFrom(id: string): boolean {
  const stamp = path.join(cacheDir(), 'habar-installation');
  const same = existsSync(stamp) && readFileSync(stamp, 'utf8') === id;
  if (!same) {
    rmSync(pageCacheDir(), { recursive: true, force: true });
    mkdirSync(cacheDir(), { recursive: true });
    writeFileSync(stamp, id);
  }
  return !same;
}
