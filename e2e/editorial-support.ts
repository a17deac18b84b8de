import { randomBytes } from 'node:crypto';
import { expect, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import { callAction, serverAction } from './server-actions';
import { sql } from './support';

/**
 * Helpers for the editorial workspace's browser tests: writing and translating articles through the UI, saving and
 * publishing, calling server actions over HTTP as the browser does, and checking that a public page ran no script.
 */

export type Locale = 'ru' | 'tk' | 'en';

/** Language names as the workspace and the public switcher show them (LanguageNames). */
export const LANGUAGE: Record<Locale, string> = { ru: 'Русский', tk: 'Türkmençe', en: 'English' };

/** The public language switcher's name in each language (LanguageSwitcher.label). */
export const SWITCHER: Record<Locale, string> = { ru: 'Язык', tk: 'Dil', en: 'Language' };

export const CONFLICT_HEADING = 'Someone else saved this text in the meantime';
export const OUTDATED_HEADING = 'The source has changed since this translation was made';

export const uniqueTag = () => randomBytes(4).toString('hex');

export interface Text {
  title?: string;
  summary?: string;
  body?: string;
}

export const bodyEditor = (page: Page) => page.getByRole('textbox', { name: 'Body', exact: true });
export const titleField = (page: Page) => page.getByLabel('Title', { exact: true });

/** The save line under the form ("Saved at …", "Changes saved at … (not published)", "Unsaved changes"). */
export const saveState = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^(Saved at|Changes saved at|Unsaved|Saving)/ });

/** The workflow's "Status: …" line. */
export const workflowStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^Status: / });

/** Fills the fields given (the body replaces the editor's whole text). */
export async function fillText(page: Page, text: Text) {
  if (text.title !== undefined) await titleField(page).fill(text.title);
  if (text.summary !== undefined) await page.getByLabel('Summary', { exact: true }).fill(text.summary);
  if (text.body !== undefined) await bodyEditor(page).fill(text.body);
}

export function articleIdFrom(url: string): string {
  const id = /\/admin\/articles\/([^/?#]+)/.exec(url)?.[1];
  if (!id) throw new Error(`no article id in ${url}`);
  return id;
}

/** Writes a new article on the "New article" page; the page moves on to its editor. Returns the article's id. */
export async function writeArticle(page: Page, locale: Locale, text: Text & { title: string }): Promise<string> {
  if (!page.url().endsWith('/admin/articles/new')) await page.goto('/admin/articles/new');
  await page.getByRole('group', { name: 'Written in' }).getByRole('radio', { name: LANGUAGE[locale] }).check();
  await fillText(page, text);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/[^/]+/translate/${locale}$`));
  await expect(titleField(page)).toHaveValue(text.title);
  return articleIdFrom(page.url());
}

/** Opens one language of an article in the editor (a missing language is started with an empty body). */
export async function openTranslation(page: Page, articleId: string, locale: Locale, from?: Locale) {
  await page.goto(`/admin/articles/${articleId}/translate/${locale}${from ? `?from=${from}` : ''}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(LANGUAGE[locale]);
  const start = page.getByRole('button', { name: 'Start with an empty body' });
  const editing = titleField(page);
  await expect(start.or(editing)).toBeVisible();
  if (await start.isVisible()) await start.click();
  await expect(bodyEditor(page)).toBeVisible();
}

/** Clicks "Save" and waits for the server's answer (whatever it is). */
export async function clickSave(page: Page) {
  const answered = page.waitForResponse(
    (response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']),
  );
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await answered;
}

/** The explicit save: waits for the server's answer and the "Saved at" line (of the text, or of its changes). */
export async function save(page: Page) {
  await clickSave(page);
  await expect(saveState(page)).toHaveText(/^(Changes s|S)aved at /);
}

export type Move =
  'Submit for review' | 'Publish' | 'Unpublish' | 'Publish changes' | 'Submit changes for review' | 'Cancel schedule';

/** Moves that put text in front of readers are confirmed after the publish check, by this button. */
const confirmations: Partial<Record<Move, string>> = {
  Publish: 'Publish now',
  'Publish changes': 'Publish the changes now',
};

/** The publish check shown before a move is confirmed. */
export const publishCheck = (page: Page) => page.getByRole('dialog', { name: 'Before it goes live' });

/** A workflow step by its button (confirmed after the publish check where there is one); the status line then says
 * `status` ("published", or "published, with unpublished changes"). */
export async function move(page: Page, button: Move, status: string) {
  const region = page.getByRole('region', { name: 'Publication' });
  await region.getByRole('button', { name: button, exact: true }).click();
  const confirm = confirmations[button];
  if (confirm) await publishCheck(page).getByRole('button', { name: confirm, exact: true }).click();
  await expect(workflowStatus(page)).toHaveText(new RegExp(`^Status: ${status}( ·.*)?$`));
}

/**
 * Moves an article to the trash from its page. Every language leaves the public site at once, and the pages it was
 * listed on expire at once (publishing only marks them stale, rebuilt after their next request), so a test leaves
 * nothing published and no half-refreshed page for the tests after it (e.g. the mirror export).
 */
export async function moveToTrash(page: Page, articleId: string) {
  await page.goto(`/admin/articles/${articleId}`);
  await page.getByText('Move to trash…', { exact: true }).click();
  await page.getByRole('button', { name: 'Move to trash', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/trash$/);
}

export interface TranslationRow {
  slug: string;
  status: string;
  version: number;
  title: string;
}

export async function translationRow(articleId: string, locale: Locale): Promise<TranslationRow | undefined> {
  const [row] = await sql<TranslationRow>(
    `SELECT slug, status::text AS status, version, title FROM "ArticleTranslation"
      WHERE "articleId" = $1 AND locale = $2::"Locale"`,
    [articleId, locale],
  );
  return row;
}

// ---- Server actions over HTTP, as the browser calls them ----

export type SaveAnswer =
  | { ok: true; version: number; slug: string; status: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; conflict?: { version: number } };

export interface SaveInput {
  articleId: string;
  locale: Locale;
  baseVersion: number;
  title: string;
  body: unknown;
  summary?: string;
  slug?: string;
  minorEdit?: boolean;
}

/** saveTranslationAction over HTTP, posted to the translate page as the editor does. */
export function saveOverHttp(request: APIRequestContext, origin: string, input: SaveInput) {
  const body = { summary: '', slug: '', seoDescription: '', coverAlt: '', minorEdit: false, ...input };
  return callAction<SaveAnswer>(
    request,
    serverAction('saveTranslationAction'),
    { json: [body] },
    {
      origin,
      page: `/admin/articles/${input.articleId}/translate/${input.locale}`,
    },
  );
}

/** changeStatusAction over HTTP (submit, publish, schedule, unpublish, return), posted to the translate page. */
export function changeStatusOverHttp(
  request: APIRequestContext,
  origin: string,
  input: { articleId: string; locale: Locale; transition: string; version: number; scheduledAt?: string },
) {
  return callAction<{ ok: boolean; error?: string }>(
    request,
    serverAction('changeStatusAction'),
    { json: [input] },
    { origin, page: `/admin/articles/${input.articleId}/translate/${input.locale}` },
  );
}

export const paragraphs = (...texts: string[]) => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

// ---- Public pages: nothing may run ----

/**
 * Records every dialog the page opens (and dismisses it): a hostile `alert(1)` that ran shows up here. Also records
 * Content-Security-Policy violations (the init script runs whatever the page's policy), so that markup that tried to
 * run and was only stopped by the policy is a finding too.
 */
export async function watchDialogs(page: Page): Promise<string[]> {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim());
    });
  });
  return opened;
}

/** A public visitor (no session) whose dialogs and policy violations are recorded. */
export async function publicReader(browser: Browser) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  return { context, page, dialogs: await watchDialogs(page) };
}

/**
 * What in `root` (and below) could run: a script that is not the JSON-LD data block (which must still be whole JSON:
 * a payload that broke out of it would leave it truncated), an event-handler attribute, an active element (iframe,
 * object, embed, svg, math, form, base, meta refresh), and a URL attribute with another scheme than http(s) or
 * mailto. Runs in the page: no outer references.
 */
function activeContentIn(root: Element): string[] {
  const found: string[] = [];
  for (const script of Array.from(root.querySelectorAll('script'))) {
    if (script.type !== 'application/ld+json') found.push(`<script type="${script.type}">`);
    else {
      try {
        JSON.parse(script.text);
      } catch {
        found.push('structured data that is not JSON');
      }
    }
  }
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(`<${element.localName} ${attribute.name}>`);
      if (/^(href|src|action|formaction|xlink:href|srcdoc|data|background|poster)$/i.test(attribute.name)) {
        let protocol = '';
        try {
          protocol = new URL(attribute.value, document.baseURI).protocol;
        } catch {
          protocol = 'unparsable:';
        }
        if (!['http:', 'https:', 'mailto:'].includes(protocol)) {
          found.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
        }
      }
    }
  }
  const active = root.querySelectorAll('iframe, frame, object, embed, svg, math, form, base, meta[http-equiv]');
  for (const element of Array.from(active)) found.push(`<${element.localName}> element`);
  return found;
}

/** Nothing in this part of the page could run (see activeContentIn). */
export async function expectInert(locator: Locator) {
  expect(await locator.evaluate(activeContentIn), `active content in ${locator.page().url()}`).toEqual([]);
}

/**
 * The whole page as loaded holds nothing that could run, and (for a page watched by watchDialogs) nothing was even
 * stopped by its Content-Security-Policy. Only for public pages: in the workspace, ProseMirror parses every paste in
 * a detached document that inherits the page's policy, so each inline handler in pasted HTML is reported there as a
 * violation, though that document has no window and nothing in it can ever run.
 */
export async function expectInertPage(page: Page) {
  await expectInert(page.locator('html'));
  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
  );
  expect(violations, `policy violations on ${page.url()}`).toEqual([]);
}

/** A paste from the clipboard as the browser delivers it: an HTML flavour (and a plain one) on a paste event. */
export async function pasteHtml(target: Locator, html: string) {
  await target.evaluate((element, markup) => {
    (element as HTMLElement).focus();
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', 'pasted text');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}
