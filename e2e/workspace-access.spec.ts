import { expect, test, type APIRequestContext } from '@playwright/test';
import { sql } from './support';
import { DEMO_PASSWORD, createStaff, freshIp, signedIn, signedInAsAdmin, workspaceRoutes } from './workspace-support';

/**
 * Who may open which workspace page, over plain HTTP (no redirects followed): signed out and disabled go to sign-in;
 * staff, audit and backups are for admins only; writing, trash and taxonomy for editors and admins (a translator edits only
 * Turkmen); the dashboard, articles, history, preview, media and the own account for every signed-in user. A forged `x-middleware-subrequest` header (the proxy-skipping trick of CVE-2025-29927) changes nothing.
 */

type Outcome = 'page' | 'forbidden' | 'sign-in';

const bypassHeaders: Record<string, string>[] = [
  {},
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
];

async function outcome(api: APIRequestContext, url: string, headers: Record<string, string>): Promise<string> {
  const response = await api.get(url, { headers, maxRedirects: 0 });
  const status = response.status();
  if (status === 200) return 'page';
  if (status === 403) return 'forbidden';
  const location = response.headers().location ?? '';
  if (status >= 300 && status < 400 && new URL(location, 'http://x').pathname === '/admin/login') return 'sign-in';
  return `${status} ${location}`;
}

test('every workspace page answers each role as the permissions say, whatever proxy headers are forged', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { everyone, editors, admins, files } = await workspaceRoutes();
  const pages = [...everyone, ...editors, ...admins, ...files.everyone, ...files.editors];
  const adminOnly = (url: string) => admins.includes(url);
  const editorsOnly = (url: string) => editors.includes(url) || files.editors.includes(url);

  const disabled = await createStaff('editor');
  const identities = {
    admin: await signedInAsAdmin(browser),
    editor: await signedIn(browser, { email: 'editor@example.org', password: DEMO_PASSWORD }),
    translator: await signedIn(browser, { email: 'translator@example.org', password: DEMO_PASSWORD }),
    disabled: await signedIn(browser, disabled),
  };
  await sql(`UPDATE "User" SET disabled = true WHERE id = $1`, [disabled.id]);
  const signedOut = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': freshIp() },
  });

  const expected: Record<string, (url: string) => Outcome> = {
    'signed out': () => 'sign-in',
    disabled: () => 'sign-in',
    translator: (url) => (adminOnly(url) || editorsOnly(url) ? 'forbidden' : 'page'),
    editor: (url) => (adminOnly(url) ? 'forbidden' : 'page'),
    admin: () => 'page',
  };
  const rows: { who: string; api: APIRequestContext; headerSets: Record<string, string>[] }[] = [
    { who: 'signed out', api: signedOut, headerSets: bypassHeaders },
    { who: 'translator', api: identities.translator.context.request, headerSets: bypassHeaders },
    { who: 'editor', api: identities.editor.context.request, headerSets: [{}] },
    { who: 'admin', api: identities.admin.context.request, headerSets: [{}] },
    { who: 'disabled', api: identities.disabled.context.request, headerSets: [{}] },
  ];

  const mismatches: string[] = [];
  let checked = 0;
  for (const { who, api, headerSets } of rows) {
    for (const headers of headerSets) {
      for (const url of pages) {
        const got = await outcome(api, url, headers);
        const want = expected[who]?.(url);
        checked++;
        if (got !== want) mismatches.push(`${who} ${JSON.stringify(headers)} ${url}: got ${got}, want ${want}`);
      }
    }
  }
  expect(mismatches).toEqual([]);
  expect(checked).toBe(pages.length * (3 + 3 + 1 + 1 + 1));

  await signedOut.dispose();
  for (const { context } of Object.values(identities)) await context.close();
});
