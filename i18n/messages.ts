import type en from '@/messages/en.json';
import type { Locale } from './routing';

export type Messages = typeof en;

/** The interface text of one language (typed from en.json; the parity test keeps the others in step). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return ((await import(`../messages/${locale}.json`)) as { default: Messages }).default;
}

/**
 * The namespaces the workspace's client components read (`useTranslations` in a 'use client' module, and the error
 * namespaces forms name): the only ones sent to the browser. An allow-list, so a new namespace (public pages, e-mail)
 * stays on the server unless it is added here; tests/unit/messages.test.ts checks that every client namespace is.
 */
export const workspaceClientNamespaces = [
  'AccountPage',
  'ActionErrors',
  'ArticleOverview',
  'ArticleSettings',
  'AuthorForm',
  'CategoryForm',
  'DashboardPage',
  'Desk',
  'DeskErrors',
  'EditorToolbar',
  'FrontPage',
  'FieldErrors',
  'History',
  'LanguageNames',
  'LoginForm',
  'MediaErrors',
  'MediaForm',
  'NewArticle',
  'PasskeyErrors',
  'RedirectErrors',
  'RedirectForm',
  'SetPasswordPage',
  'SignInNotice',
  'SiteErrors',
  'SiteSettings',
  'StaffForm',
  'TagForm',
  'TaxonomyForm',
  'TaxonomyPage',
  'TranslationEditor',
  'TrashPage',
  'TwoFactorPolicy',
  'Workflow',
] as const satisfies readonly (keyof Messages)[];
