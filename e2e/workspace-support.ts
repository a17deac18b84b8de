import { randomBytes, randomInt } from 'node:crypto';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { sql } from './support';

/** Helpers for the workspace's browser tests: staff of our own, one client address per context, sign-in by the UI. */

export const DEMO_PASSWORD = 'habar-demo-2026';
export const ADMIN_EMAIL = 'admin@example.org';
/** The one answer for every refused sign-in (LoginForm.error.invalid). */
export const GENERIC_ERROR = 'Sign-in failed. Check your e-mail address, password and code.';
export const RATE_LIMITED_ERROR = 'Too many failed sign-ins from this network. Try again in an hour.';

/**
 * A client address of its own. The suite's server trusts loopback as its proxy (playwright.config.ts), so the
 * X-Forwarded-For a context sends is its address for the per-address sign-in limit and the audit log.
 */
export function freshIp(): string {
  return `10.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

/** An English-speaking browser with its own client address. */
export async function staffContext(browser: Browser, ip = freshIp()): Promise<BrowserContext> {
  return browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'x-forwarded-for': ip } });
}

export type Role = 'admin' | 'editor' | 'translator';

export interface Staff {
  id: string;
  email: string;
  displayName: string;
  password: string;
  role: Role;
}

/**
 * A staff account of the test's own, written straight into the database. Its password is the demo password (the hash
 * is copied from the demo admin, so no hashing happens here).
 */
export async function createStaff(role: Role, languages: string[] = role === 'translator' ? ['tk'] : []) {
  const tag = randomBytes(4).toString('hex');
  const staff: Staff = {
    id: `e2e-${tag}`,
    email: `e2e-${role}-${tag}@example.org`,
    displayName: `E2E ${role} ${tag}`,
    password: DEMO_PASSWORD,
    role,
  };
  await sql(
    `INSERT INTO "User" (id, email, "displayName", "passwordHash", role, languages, "updatedAt")
     SELECT $1, $2, $3, "passwordHash", $4::"Role", $5::"Locale"[], CURRENT_TIMESTAMP
       FROM "User" WHERE email = $6`,
    [staff.id, staff.email, staff.displayName, role, languages, ADMIN_EMAIL],
  );
  return staff;
}

export async function userId(email: string): Promise<string> {
  const [row] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

/** Fills the sign-in form and submits it; `code` answers the second step. Returns the last sign-in response. */
export async function submitSignIn(page: Page, email: string, password: string, code?: string) {
  if (!/\/admin\/login/.test(page.url())) await page.goto('/admin/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  let answer = page.waitForResponse((response) => response.url().endsWith('/api/workspace/sign-in'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (code === undefined) return answer;
  // The right password of a 2FA account asks for the code: the second step appears.
  const first = await answer;
  expect(first.status()).toBe(401);
  expect(await first.json()).toMatchObject({ ok: false, error: 'code-required' });
  await expect(page.getByLabel('Code', { exact: true })).toBeVisible();
  await page.getByLabel('Code', { exact: true }).fill(code);
  answer = page.waitForResponse((response) => response.url().endsWith('/api/workspace/sign-in'));
  await page.getByRole('button', { name: 'Verify' }).click();
  return answer;
}

/** Signs in by the form and waits for the workspace to show who is signed in. */
export async function signIn(page: Page, staff: { email: string; password: string }, code?: string) {
  const response = await submitSignIn(page, staff.email, staff.password, code);
  expect(response.status()).toBe(200);
  // The first workspace page a cold server renders on a busy machine can take longer than an assertion's default.
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible({ timeout: 30_000 });
}

/** A new browser (own address) signed in as `staff`, on the dashboard. */
export async function signedIn(browser: Browser, staff: { email: string; password: string }) {
  const context = await staffContext(browser);
  const page = await context.newPage();
  await signIn(page, staff);
  await expect(page).toHaveURL(/\/admin$/);
  return { context, page };
}

export const signedInAsAdmin = (browser: Browser) => signedIn(browser, { email: ADMIN_EMAIL, password: DEMO_PASSWORD });

/** The sign-in page, reached by a redirect (with the way back in `next`). */
export async function expectSignInPage(page: Page) {
  await expect(page).toHaveURL(/\/admin\/login(\?|$)/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
}

/** The page's own alert (Next's route announcer is an empty alert too). */
export function pageAlert(page: Page) {
  return page.getByRole('main').getByRole('alert');
}

/** A link of the workspace's navigation (other links on a page may share its words). */
export function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name, exact: true });
}

/** The shell's "name (role)" line. */
export function shellUser(page: Page, staff: { displayName: string }, role: Role) {
  return page.getByRole('banner').getByText(`${staff.displayName} (${role})`, { exact: true });
}

/**
 * Every workspace page, with real ids from the demo content, grouped by who may open it: every signed-in member of
 * staff, editors and admins, admins only. The route access matrix and the phone-width check walk the same list.
 */
export async function workspaceRoutes(): Promise<{
  everyone: string[];
  editors: string[];
  admins: string[];
  /** File downloads (XLIFF, TMX): access-checked like pages, not laid out on a phone. */
  files: { everyone: string[]; editors: string[] };
}> {
  const someone = await userId('editor@example.org');
  // An article in all three languages (the routes below name its Russian text and Turkmen and English targets); not
  // merely the first id: imported articles have UUIDs, which may sort before the demo's and lack a language.
  const [article] = await sql<{ id: string }>(
    `SELECT a.id FROM "Article" a WHERE a."deletedAt" IS NULL AND a.kind = 'article'
       AND (SELECT count(DISTINCT t.locale) FROM "ArticleTranslation" t WHERE t."articleId" = a.id) = 3
     ORDER BY a.id LIMIT 1`,
  );
  const [category] = await sql<{ id: string }>(`SELECT id FROM "Category" ORDER BY id LIMIT 1`);
  const [tag] = await sql<{ id: string }>(`SELECT id FROM "Tag" ORDER BY id LIMIT 1`);
  const [author] = await sql<{ id: string }>(`SELECT id FROM "Author" ORDER BY id LIMIT 1`);
  const [entry] = await sql<{ id: string }>(`SELECT id FROM "GlossaryEntry" ORDER BY id LIMIT 1`);
  const a = `/admin/articles/${article?.id ?? ''}`;
  return {
    everyone: [
      '/admin',
      '/admin?kind=page',
      '/admin/articles/demo-page-about',
      '/admin/account',
      '/admin/media',
      a,
      `${a}/history/ru`,
      `${a}/translate/tk`,
      `/admin/preview/${article?.id ?? ''}/ru`,
      '/admin/glossary',
      '/admin/translation-memory',
    ],
    editors: [
      '/admin/articles/new',
      `${a}/translate/ru`,
      `${a}/translate/en`,
      '/admin/trash',
      '/admin/categories',
      `/admin/categories/${category?.id ?? ''}`,
      '/admin/tags',
      `/admin/tags/${tag?.id ?? ''}`,
      '/admin/authors',
      `/admin/authors/${author?.id ?? ''}`,
      `/admin/glossary/${entry?.id ?? ''}`,
      '/admin/front',
      '/admin/pages/new',
    ],
    admins: [
      '/admin/users',
      `/admin/users/${someone}`,
      '/admin/audit',
      '/admin/backups',
      '/admin/redirects',
      '/admin/settings',
    ],
    files: {
      everyone: ['/admin/translation-memory.tmx', `${a}/xliff?source=ru&target=tk`],
      editors: [`${a}/xliff?source=ru&target=en`],
    },
  };
}
