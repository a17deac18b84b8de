/**
 * The prefix of this site's keys in Redis or Valkey (REDIS_KEY_PREFIX, validated by lib/config/env-schema.ts): one
 * place for the handler Next loads (./index.mjs) and the launcher's and restore's emptying (scripts/lib/page-cache.ts).
 */
export function redisKeyPrefix(env = process.env) {
  return `${env.REDIS_KEY_PREFIX ?? 'habar'}:`;
}
