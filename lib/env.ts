import 'server-only';
import { parseEnv, type Env } from './config/env-schema';

let parsed: Env | undefined;

/** The validated settings of this server process (parsed on first use, then cached). */
export function env(): Env {
  parsed ??= parseEnv();
  return parsed;
}
