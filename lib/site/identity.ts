/**
 * The site's identity: who publishes (the organisation's name, tagline and description per language), how it looks
 * (logo, icon, default social image), how to reach it (contact addresses, a secure contact) and where else it can be
 * read (official mirrors). Admins edit it (lib/workspace/site/); the public renderer reads it from the cache. Shapes
 * and checks only: the workspace forms import this file too.
 */
import { z } from 'zod';
import { routing, type Locale } from '@/i18n/routing';

export const IDENTITY_LIMITS = {
  name: 120,
  tagline: 200,
  description: 300,
  email: 254,
  phone: 40,
  signal: 40,
  address: 300,
  mirrors: 10,
  url: 200,
} as const;

/** A stored brand file (under the uploads folder, named by its content's hash). */
export const brandFileSchema = z.object({
  path: z.string().regex(/^brand\/[0-9a-f]{16}\.(svg|png|ico)$/),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type BrandFile = z.infer<typeof brandFileSchema>;

const text = (max: number) => z.string().trim().max(max, 'text-too-long');

/** A PGP fingerprint: 40 hexadecimal digits (v4) or 64 (v5/v6), spaces allowed between groups. */
export const pgpFingerprint = z
  .string()
  .trim()
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .refine((value) => value === '' || /^([0-9A-F]{40}|[0-9A-F]{64})$/.test(value), 'fingerprint-invalid');

/** http(s) addresses only: a mirror is a web address readers type or follow. */
export const mirrorUrl = z
  .string()
  .trim()
  .max(IDENTITY_LIMITS.url, 'text-too-long')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'url-invalid')
  .transform((value) => value.replace(/\/+$/, ''));

export const languageIdentitySchema = z.object({
  name: text(IDENTITY_LIMITS.name),
  tagline: text(IDENTITY_LIMITS.tagline),
  description: text(IDENTITY_LIMITS.description),
  address: text(IDENTITY_LIMITS.address),
});
export type LanguageIdentity = z.infer<typeof languageIdentitySchema>;

export const contactSchema = z.object({
  email: z.union([z.literal(''), z.email('email-invalid').max(IDENTITY_LIMITS.email, 'text-too-long')]),
  phone: text(IDENTITY_LIMITS.phone),
  signal: text(IDENTITY_LIMITS.signal),
  pgpFingerprint,
});
export type Contact = z.infer<typeof contactSchema>;

/** What admins set (everything but the files, which have their own uploads). */
export const identityTextSchema = z.object({
  languages: z.object(
    Object.fromEntries(routing.locales.map((locale) => [locale, languageIdentitySchema])) as Record<
      Locale,
      typeof languageIdentitySchema
    >,
  ),
  contact: contactSchema,
  mirrors: z.array(mirrorUrl).max(IDENTITY_LIMITS.mirrors, 'too-many'),
  socialImageId: z.string().max(64).nullable(),
});
export type IdentityText = z.infer<typeof identityTextSchema>;

/** The stored setting (`Setting` row `site.identity`). */
export const storedIdentitySchema = identityTextSchema.extend({
  logo: brandFileSchema.nullable(),
  /** A square mark for browser tabs; its ICO twin is made on upload. */
  icon: brandFileSchema.extend({ ico: brandFileSchema.shape.path }).nullable(),
});
export type StoredIdentity = z.infer<typeof storedIdentitySchema>;

export const IDENTITY_SETTING_KEY = 'site.identity';

export const emptyLanguage: LanguageIdentity = { name: '', tagline: '', description: '', address: '' };

export const emptyIdentity: StoredIdentity = {
  languages: Object.fromEntries(routing.locales.map((locale) => [locale, emptyLanguage])) as Record<
    Locale,
    LanguageIdentity
  >,
  contact: { email: '', phone: '', signal: '', pgpFingerprint: '' },
  mirrors: [],
  socialImageId: null,
  logo: null,
  icon: null,
};

/** A stored value read back: anything unreadable (an older shape, a hand edit) counts as not set. */
export function parseStoredIdentity(value: unknown): StoredIdentity {
  const parsed = storedIdentitySchema.safeParse(value);
  return parsed.success ? parsed.data : emptyIdentity;
}

/** A fingerprint as people compare it: groups of four. */
export function formatFingerprint(value: string): string {
  return value.replace(/(.{4})(?=.)/g, '$1 ');
}
