/**
 * The workspace's permissions: one typed vocabulary, `action:object[:scope]`, granted per role and checked in the data
 * layer next to every read and write (never only in the proxy or the page).
 */
import type { Locale } from '@/i18n/routing';

export const roles = ['admin', 'editor', 'translator'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'read:workspace',
  'create:article',
  'edit:article:any',
  'edit:translation:any',
  /** Translators: only translations in the languages they were given. */
  'edit:translation:own-languages',
  'submit:translation:own-languages',
  'publish:translation:any',
  'delete:article:any',
  'restore:article:any',
  'empty:trash',
  'manage:taxonomy',
  'manage:media',
  'manage:users',
  'manage:settings',
  /** Old addresses answered with a redirect (decision 020). */
  'manage:redirects',
  'read:audit',
  /** The glossary: add, change, approve and delete entries (translators propose, editors decide). */
  'manage:glossary',
  'propose:glossary',
  /** The translation memory: import TMX files, rebuild it from the published articles. */
  'manage:translation-memory',
] as const;
export type Permission = (typeof permissions)[number];

const editorial: readonly Permission[] = [
  'read:workspace',
  'create:article',
  'edit:article:any',
  'edit:translation:any',
  'submit:translation:own-languages',
  'publish:translation:any',
  'delete:article:any',
  'restore:article:any',
  'manage:taxonomy',
  'manage:media',
  'manage:glossary',
  'propose:glossary',
  'manage:translation-memory',
];

export const grants: Record<Role, readonly Permission[]> = {
  admin: [...editorial, 'empty:trash', 'manage:users', 'manage:settings', 'manage:redirects', 'read:audit'],
  editor: editorial,
  translator: [
    'read:workspace',
    'edit:translation:own-languages',
    'submit:translation:own-languages',
    'propose:glossary',
  ],
};

export interface Actor {
  role: Role;
  /** Languages a translator may edit (ignored for editors and admins). */
  languages: readonly Locale[];
}

/**
 * Whether `actor` may do `permission`, on a translation in `locale` when the permission is about one. A translator's
 * "own-languages" permissions hold only for their languages; "any" permissions hold everywhere.
 */
export function can(actor: Actor, permission: Permission, target?: { locale: Locale }): boolean {
  const granted = grants[actor.role];
  if (granted.includes(permission)) {
    return (
      !permission.endsWith(':own-languages') ||
      actor.role !== 'translator' ||
      (!!target && actor.languages.includes(target.locale))
    );
  }
  // Whoever may edit or submit any translation may also do it in "their" languages.
  if (permission === 'edit:translation:own-languages') return granted.includes('edit:translation:any');
  return false;
}

export class ForbiddenError extends Error {
  constructor(readonly permission: Permission) {
    super(`forbidden: ${permission}`);
  }
}

/** Throws ForbiddenError unless allowed; for the data layer, which turns it into a 403 or a refused action. */
export function authorize(actor: Actor, permission: Permission, target?: { locale: Locale }): void {
  if (!can(actor, permission, target)) throw new ForbiddenError(permission);
}
