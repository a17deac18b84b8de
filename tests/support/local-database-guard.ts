/**
 * Tests create and drop databases. They must never do that to a server that is not on this machine: a
 * TEST_DATABASE_URL pointing anywhere but loopback is refused before any connection is made.
 */
const loopback = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function assertLocalDatabaseUrl(url: string): void {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error('TEST_DATABASE_URL is not a valid URL');
  }
  if (!loopback.has(host)) {
    throw new Error(`Refusing to run tests against ${host}: TEST_DATABASE_URL must point at a local PostgreSQL`);
  }
}
