/** Types of cache-handler/key-prefix.mjs (plain JavaScript that Next loads). */
export function redisKeyPrefix(env?: NodeJS.ProcessEnv): string;
