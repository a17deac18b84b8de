/**
 * Structured logs: one JSON object per line on stdout (pino), for the server, the launcher and the scripts. Pure (no
 * server-only): the launcher and the custom server (scripts/server.ts) use it as well as the app.
 *
 * What never goes in a log: a reader's or staff member's IP address (readers sit inside Turkmenistan; staff addresses
 * belong to the audit log only), cookies, passwords, query strings (a search is the reader's business). What is
 * bounded: every text that can come from outside is clipped, so a hostile URL or error costs a few hundred bytes of
 * log at most.
 *
 * Each request gets an id (scripts/server.ts), carried through the app by an AsyncLocalStorage: every line logged
 * while serving it has `reqId`, and the response carries it as `x-request-id` for a user to quote.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';
import pino, { type Logger } from 'pino';

interface RequestContext {
  id: string;
}

interface LogState {
  context: AsyncLocalStorage<RequestContext>;
  root: Logger;
}

// The app is bundled by Next while the server and the launcher load this file themselves: one state per process,
// kept on globalThis, so both copies share the request context and the logger.
const key = Symbol.for('habar.log');
const holder = globalThis as typeof globalThis & { [key]?: LogState };

function state(): LogState {
  if (!holder[key]) {
    const context = new AsyncLocalStorage<RequestContext>();
    const root = pino({
      level: process.env.LOG_LEVEL || 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const request = context.getStore();
        return request ? { reqId: request.id } : {};
      },
      // A last line of defence: these keys are never written, whoever passes them.
      redact: {
        paths: ['ip', '*.ip', 'password', '*.password', 'cookie', '*.cookie', 'headers', '*.headers'],
        remove: true,
      },
    });
    holder[key] = { context, root };
  }
  return holder[key];
}

/** A logger for one part of the system (`scope` names it: `http`, `public`, `launcher`, `backup`…). */
export function logger(scope: string): Logger {
  return state().root.child({ scope });
}

/** Runs `work` as part of request `id`: lines logged meanwhile carry it. */
export function withRequest<T>(id: string, work: () => T): T {
  return state().context.run({ id }, work);
}

export function currentRequestId(): string | undefined {
  return state().context.getStore()?.id;
}

export const MAX_LOGGED_TEXT = 300;

/** Text from outside, cut to `max` characters (with the original length, so nothing is silently hidden). */
export function clip(text: string, max = MAX_LOGGED_TEXT): string {
  const oneLine = text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max)}… (${oneLine.length} characters)`;
}

/** An error as two short fields: its message and where it was thrown (three frames), never the whole stack. */
export function errorFields(error: unknown): { err: string; at?: string } {
  if (!(error instanceof Error)) return { err: clip(String(error)) };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 3)
    .map((line) => line.trim().slice(3, 160));
  const code = (error as NodeJS.ErrnoException).code;
  return {
    err: clip(`${error.name}: ${error.message}${code ? ` (${code})` : ''}`),
    ...(frames.length ? { at: frames.join(' < ') } : {}),
  };
}

/**
 * Routes console output through the logger, clipped: Next and libraries write errors with console.error (a stack
 * trace per failed request); here each becomes one bounded line. For the server process only.
 */
export function captureConsole(): void {
  const log = logger('console');
  const line = (args: unknown[]) => {
    const error = args.find((arg): arg is Error => arg instanceof Error);
    const text = args.filter((arg) => arg !== error).map((arg) => (typeof arg === 'string' ? arg : format('%o', arg)));
    return { ...(error ? errorFields(error) : {}), msg: clip(text.join(' '), 500) };
  };
  console.error = (...args: unknown[]) => {
    const { msg, ...fields } = line(args);
    log.error(fields, msg);
  };
  console.warn = (...args: unknown[]) => {
    const { msg, ...fields } = line(args);
    log.warn(fields, msg);
  };
  console.log = console.info = (...args: unknown[]) => {
    const { msg, ...fields } = line(args);
    log.info(fields, msg);
  };
}
