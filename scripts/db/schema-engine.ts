/**
 * Prisma Migrate without its native engine (it cannot be downloaded on these machines): this module drives Prisma's
 * WebAssembly schema engine through the same pg driver adapter the app uses. Migrations stay in Prisma's standard
 * layout (prisma/migrations/<timestamp>_<name>/migration.sql + the _prisma_migrations table), so a stock
 * `prisma migrate deploy` works wherever the native engine exists. See docs/decisions/003-offline-migrations.md.
 *
 * This uses the engine's internal API: the package version is pinned exactly and tests cover every call made here.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const root = path.resolve(import.meta.dirname, '..', '..');
export const schemaPath = path.join(root, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(root, 'prisma', 'migrations');
const noFilters = { externalTables: [], externalEnums: [] };

interface DiffResult {
  exitCode: number;
  stdout: string | null;
}
interface Engine {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<DiffResult>;
  reset(input: unknown): Promise<void>;
}
interface EngineModule {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (options: unknown, log: (message: string) => void, adapter: object) => Promise<Engine> };
}

let engineModule: Promise<EngineModule> | undefined;

/** The engine reports Rust panics through this global; keep the message so the error says what happened. */
const panicRegistry = {
  lastPanic: '',
  set_message(message: string) {
    this.lastPanic = message;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    // The package's exports map hides package.json; resolve a file it does export and take its folder.
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bg = (await import(bgPath)) as EngineModule & { __wbindgen_start?: () => void };
    const wasmBytes = readFileSync(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': bg as never });
    bg.__wbg_set_wasm(instance.exports);
    // Initialises wasm-bindgen's table of JS values; without it values passed across the boundary get mixed up.
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return engineModule;
}

/**
 * pg_catalog's one-byte `"char"` type (OID 18, e.g. pg_constraint.contype) is rejected by the pg adapter, yet the engine
 * reads such columns when it describes a schema and wants them typed as characters. The pool reports them as text
 * (OID 25) so the adapter accepts them, remembering per SQL text which columns they were; the adapter wrapper below
 * then marks those columns as Character for the engine.
 */
const charColumnsBySql = new Map<string, number[]>();
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

function patchCharColumns(client: pg.PoolClient): void {
  const fix = (sql: string, result: pg.QueryResult | undefined) => {
    const indexes: number[] = [];
    result?.fields?.forEach((field, index) => {
      if (field.dataTypeID === 18) {
        field.dataTypeID = 25;
        indexes.push(index);
      }
    });
    if (indexes.length > 0) charColumnsBySql.set(sql, indexes);
    return result;
  };
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const first = args[0];
    const sql = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? '');
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const callback = last as (error: Error | null, result?: pg.QueryResult) => void;
      return original(...args.slice(0, -1), (error: Error | null, result?: pg.QueryResult) =>
        callback(error, fix(sql, result)),
      );
    }
    const returned = original(...args);
    return returned instanceof Promise ? returned.then((result: pg.QueryResult) => fix(sql, result)) : returned;
  };
}

interface RawResult {
  columnTypes: number[];
}
type Queryable = {
  queryRaw(query: { sql: string }): Promise<RawResult>;
  startTransaction?: () => Promise<Queryable>;
  underlyingDriver?: () => pg.Pool | pg.PoolClient;
};

function markCharColumns<T extends Queryable>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      if (property === 'queryRaw') {
        return async (query: { sql: string }) => {
          const result = await target.queryRaw(query);
          for (const index of charColumnsBySql.get(query.sql) ?? []) result.columnTypes[index] = CHARACTER_COLUMN;
          return result;
        };
      }
      // The adapter splits scripts on every `;`, which breaks PL/pgSQL bodies and quoted text. Send the migration as
      // one simple query instead: PostgreSQL runs it in one implicit transaction, so it applies whole or not at all.
      if (property === 'executeScript' && target.underlyingDriver) {
        return async (script: string) => {
          await (target.underlyingDriver as () => pg.Pool | pg.PoolClient).call(target).query(script);
        };
      }
      if (property === 'startTransaction' && target.startTransaction) {
        return async () => markCharColumns(await (target.startTransaction as () => Promise<Queryable>).call(target));
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function engineAdapterFactory(pool: pg.Pool) {
  const base = new PrismaPg(pool, { schema: 'public', disposeExternalPool: false });
  return new Proxy(base, {
    get(target, property, receiver) {
      if (property === 'connect') {
        return async () => markCharColumns((await target.connect()) as unknown as Queryable);
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export interface SchemaEngineSession {
  engine: Engine;
  /** Reads the driver error behind the engine's opaque "External error id#N" messages. */
  explain(error: unknown): Error;
  close(): Promise<void>;
}

export async function openSchemaEngine(databaseUrl: string): Promise<SchemaEngineSession> {
  const { SchemaEngine } = await loadEngineModule();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('connect', patchCharColumns);
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(engineAdapterFactory(pool));
  const schemaFile = { path: schemaPath, content: readFileSync(schemaPath, 'utf8') };
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaFile.path, schemaFile.content]] },
    () => {},
    adapterFactory,
  );
  return {
    engine,
    explain(error) {
      const message = error instanceof Error ? error.message : String(error);
      const id = /External error id#(\d+)/.exec(message)?.[1];
      const registry = (
        adapterFactory as { errorRegistry?: { consumeError(id: number): { error: unknown } | undefined } }
      ).errorRegistry;
      const underlying = id ? registry?.consumeError(Number(id))?.error : undefined;
      if (underlying instanceof Error) return underlying;
      if (panicRegistry.lastPanic) return new Error(`schema engine panic: ${panicRegistry.lastPanic}`);
      if (underlying) return new Error(`${message}: ${JSON.stringify(underlying)}`);
      return error instanceof Error ? error : new Error(message);
    },
    // The engine never disposes its adapter, so the pool is ours to end.
    close: () => pool.end(),
  };
}

/** The names of the migrations in prisma/migrations, in order. */
export function migrationNames(): string[] {
  return existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
}

/** The migrations folder as the engine reads it; `only` limits it to some migrations (a restore's first step). */
export function readMigrationsList(only?: readonly string[]) {
  const directories = migrationNames().filter((name) => !only || only.includes(name));
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

async function withEngine<T>(databaseUrl: string, work: (engine: Engine) => Promise<T>): Promise<T> {
  const session = await openSchemaEngine(databaseUrl);
  try {
    return await work(session.engine);
  } catch (error) {
    throw session.explain(error);
  } finally {
    await session.close();
  }
}

/**
 * Applies every migration in prisma/migrations not yet recorded in _prisma_migrations (like `prisma migrate deploy`),
 * or only those named in `only` (a restore first brings the schema to where its backup was taken).
 */
export function deployMigrations(databaseUrl: string, only?: readonly string[]): Promise<string[]> {
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrationsList(only), filters: noFilters });
    return result.appliedMigrationNames;
  });
}

/** SQL that would bring the live database to schema.prisma; empty when they agree. */
export function diffDatabaseToSchema(databaseUrl: string): Promise<string> {
  const files = [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }];
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: root },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    return result.exitCode === 2 ? (result.stdout ?? '') : '';
  });
}

/**
 * Authors a migration (like `prisma migrate dev --name`): catches the database up, diffs it against schema.prisma and,
 * if they differ, writes a new migration folder and applies it. There is no shadow database, so no drift detection:
 * use it on a development database that was changed only through migrations.
 */
export async function createMigration(databaseUrl: string, name: string): Promise<string | null> {
  await deployMigrations(databaseUrl);
  const sql = await diffDatabaseToSchema(databaseUrl);
  if (!sql.trim()) return null;
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = `${stamp}_${name.replace(/[^a-z0-9_]+/gi, '_').toLowerCase()}`;
  mkdirSync(path.join(migrationsDir, folder), { recursive: true });
  writeFileSync(path.join(migrationsDir, folder, 'migration.sql'), sql);
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  if (!existsSync(lockPath)) {
    writeFileSync(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  await deployMigrations(databaseUrl);
  return folder;
}
