/**
 * Every environment variable Habar reads, parsed once with zod. Pure (no server-only) because the launcher and the
 * scripts validate the same settings before the app starts; the app reads them through lib/env.ts.
 */
import { isIP } from 'node:net';
import { z } from 'zod';
import { routing } from '@/i18n/routing';

/** Whether the runtime knows `zone` as an IANA time zone name. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IP address or a CIDR block (`10.0.0.0/8`, `fd00::/8`). */
export function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

const proxyList = (text: string) => text.split(/[\s,]+/).filter(Boolean);

const postgresUrl = z
  .string({ error: 'is required (a postgresql:// connection string)' })
  .regex(/^postgres(ql)?:\/\/[^/]+/, 'must be a postgresql:// connection string');

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: postgresUrl,
    AUTH_SECRET: z.string({ error: 'is required' }).min(32, 'must be at least 32 characters'),
    TOTP_ENCRYPTION_KEY: z
      .string({ error: 'is required (64 hex characters)' })
      .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (a 32-byte key)'),
    DEFAULT_LOCALE: z.enum(routing.locales, { error: `must be one of ${routing.locales.join(', ')}` }).default('ru'),
    PORT: z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65535).default(3000),
    PUBLIC_BASE_URL: z.url({ error: 'must be an absolute http(s) URL' }).optional(),
    UPLOADS_DIR: z.string().min(1).default('.data/uploads'),
    DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').default('habar-demo-2026'),
    /** A workspace session ends after this long without a request… */
    SESSION_IDLE_MINUTES: z.coerce.number({ error: 'must be a number of minutes' }).int().min(1).default(120),
    /** …and this long after sign-in, whatever happens. */
    SESSION_MAX_HOURS: z.coerce.number({ error: 'must be a number of hours' }).int().min(1).default(12),
    /** smtp:// or smtps:// URL with credentials; when set, set-password links are also e-mailed. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^/]+/, 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Habar <no-reply@localhost>'),
    /**
     * Reverse proxies whose X-Forwarded-For is believed (addresses or CIDR blocks, comma- or space-separated). Empty:
     * the socket's address is the client's, whatever the headers say.
     */
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .refine(
        (text) => proxyList(text).every(isAddressOrCidr),
        'must list IP addresses or CIDR blocks (e.g. 127.0.0.1, 10.0.0.0/8)',
      )
      .transform(proxyList),
    /** The site's time zone: dates on the public site, in e-mails, and in the workspace unless a user chooses another. */
    SITE_TIME_ZONE: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone such as Asia/Ashgabat')
      .default('Asia/Ashgabat'),
    /** The launcher takes a backup this often (hours, fractions allowed); unset: no scheduled backups. */
    BACKUP_EVERY_HOURS: z.coerce
      .number({ error: 'must be a number of hours' })
      .positive('must be more than 0')
      .optional(),
    /** Where backups go (the launcher defaults it to <data folder>/backups). */
    BACKUP_DIR: z.string().min(1).optional(),
    /** How many scheduled backups are kept in BACKUP_DIR (the oldest go first). */
    BACKUP_KEEP: z.coerce.number({ error: 'must be a whole number' }).int().min(1, 'must be at least 1').default(7),
    /** An age public key: backups are encrypted to it (only its private key restores them). */
    BACKUP_AGE_RECIPIENT: z
      .string()
      .regex(/^age1[0-9a-z]{20,}$/, 'must be an age public key (age1…, from age-keygen)')
      .optional(),
    /** Redis or Valkey for Next's page and data cache, shared by every instance (cache-handler/); unset: in memory. */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/[^/]+/, 'must be a redis:// or rediss:// URL')
      .optional(),
    /**
     * Without REDIS_URL, the page and data cache lives in each instance's memory, at most this many megabytes
     * (cache-handler/memory.mjs reads it; the least recently used pages leave first).
     */
    PAGE_CACHE_MB: z.coerce
      .number({ error: 'must be a number of megabytes' })
      .min(8, 'must be at least 8')
      .max(8192, 'must be at most 8192')
      .default(64),
    /** Prefix of this site's keys in Redis (several sites may share one server). */
    REDIS_KEY_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be 1-40 letters, digits, dots, dashes or underscores')
      .default('habar'),
    /**
     * Edge caches to purge on publish (decision 022): comma-separated origins of their purge listeners, e.g.
     * `http://127.0.0.1:8081` for deploy/nginx/. Empty: no edge in front.
     */
    EDGE_PURGE_URLS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim().replace(/\/+$/, ''))
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/, error: 'must be comma-separated http(s) origins' }))),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Machine-translated first drafts (decision 021): unset, no text is ever sent anywhere. */
    MT_PROVIDER: z.enum(['google', 'libretranslate'], { error: 'must be google or libretranslate' }).optional(),
    /** Google: the Cloud Translation API key; LibreTranslate: the server's API key, when it asks for one. */
    MT_API_KEY: z.string().min(1).optional(),
    /** LibreTranslate: the server's address (required); Google: another endpoint than Google's own (tests). */
    MT_URL: z.url({ error: 'must be an absolute http(s) URL' }).optional(),
  })
  .superRefine((value, context) => {
    if (value.MT_PROVIDER === 'google' && !value.MT_API_KEY) {
      context.addIssue({ code: 'custom', path: ['MT_API_KEY'], message: 'is required when MT_PROVIDER is google' });
    }
    if (value.MT_PROVIDER === 'libretranslate' && !value.MT_URL) {
      context.addIssue({ code: 'custom', path: ['MT_URL'], message: 'is required when MT_PROVIDER is libretranslate' });
    }
  });

export type Env = z.infer<typeof envSchema> & { PUBLIC_BASE_URL: string };

export class EnvError extends Error {}

/** Parses the environment; on failure throws an EnvError whose message is one line naming the variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
    throw new EnvError(`Configuration error: ${problems.join('; ')}.`);
  }
  return { ...result.data, PUBLIC_BASE_URL: result.data.PUBLIC_BASE_URL ?? `http://localhost:${result.data.PORT}` };
}
