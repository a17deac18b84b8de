import { createServer, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { sql } from './support';
import { addAuthenticator, addPasskey, foreignCredential, passkeySignIn } from './passkey-support';
import {
  GENERIC_ERROR,
  createStaff,
  expectSignInPage,
  freshIp,
  navLink,
  pageAlert,
  shellUser,
  signedIn,
  signedInAsAdmin,
  staffContext,
  submitSignIn,
} from './workspace-support';

/**
 * Passkeys end to end in Chromium with virtual authenticators (the DevTools protocol's WebAuthn domain): register,
 * sign out, sign in with the passkey alone; a second passkey; removal; the "passkey required" rule; recovery codes;
 * an admin's reset of a lost one; and the refusals that make passkeys worth having: a copy of the site on another
 * address gets nothing, whether the browser refuses or a relay forwards what it signed.
 */

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expectSignInPage(page);
}

function sessionRow(page: Page) {
  return page
    .getByRole('table')
    .filter({ hasText: 'Signed in with' })
    .getByRole('row')
    .filter({ hasText: 'this browser' });
}

test('a passkey signs in on its own; a second one works with the e-mail; a removed one no longer does', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const staff = await createStaff('editor');
  const { context, page } = await signedIn(browser, staff);
  const laptop = await addAuthenticator(page);
  await navLink(page, 'My account').click();
  const codes = await addPasskey(page, 'Laptop', staff.password);
  // The first second factor of an account comes with recovery codes.
  expect(codes).toHaveLength(10);

  await signOut(page);
  expect((await passkeySignIn(page)).status()).toBe(200);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(shellUser(page, staff, 'editor')).toBeVisible();
  await navLink(page, 'My account').click();
  await expect(sessionRow(page)).toContainText('passkey “Laptop”');

  // A second passkey, on a security key that keeps no passkeys of its own: it signs in once the e-mail is typed.
  const [saved] = await laptop.credentials();
  await laptop.remove();
  const securityKey = await addAuthenticator(page, { transport: 'usb', hasResidentKey: false });
  expect(await addPasskey(page, 'Security key', staff.password)).toEqual([]);
  await expect(page.getByRole('table', { name: 'Your passkeys' }).getByRole('row')).toHaveCount(3);
  await signOut(page);
  expect((await passkeySignIn(page, staff.email)).status()).toBe(200);
  await expect(page).toHaveURL(/\/admin$/);

  // The laptop comes back, and its passkey is removed (the password asked again): it no longer signs in.
  await securityKey.remove();
  const laptopAgain = await addAuthenticator(page);
  await laptopAgain.add(saved as NonNullable<typeof saved>);
  await navLink(page, 'My account').click();
  await page.getByText('Remove a passkey…').click();
  const remove = page.getByRole('form', { name: 'Remove a passkey' });
  await remove.getByLabel('Passkey to remove').selectOption({ label: 'Laptop' });
  await remove.getByLabel('Your password, to remove this passkey').fill('not the password at all');
  await remove.getByRole('button', { name: 'Remove this passkey' }).click();
  await expect(remove.getByText('The current password is not correct.')).toBeVisible();
  await remove.getByLabel('Your password, to remove this passkey').fill(staff.password);
  await remove.getByRole('button', { name: 'Remove this passkey' }).click();
  await expect(remove.getByRole('status')).toHaveText('Passkey removed. Sessions opened with it have ended.');
  await expect(page.getByRole('table', { name: 'Your passkeys' }).getByRole('row')).toHaveCount(2);
  await signOut(page);
  const refused = await passkeySignIn(page);
  expect(refused.status()).toBe(401);
  await expect(pageAlert(page)).toHaveText(GENERIC_ERROR);

  const events = await sql<{ action: string; passkey: string }>(
    `SELECT action, details->>'passkey' AS passkey FROM "AuditEvent" WHERE "actorId" = $1
      AND (action LIKE 'user.passkey%' OR (action = 'sign-in.succeeded' AND details->>'method' = 'passkey'))
      ORDER BY "createdAt"`,
    [staff.id],
  );
  expect(events).toEqual([
    { action: 'user.passkey-added', passkey: 'Laptop' },
    { action: 'sign-in.succeeded', passkey: 'Laptop' },
    { action: 'user.passkey-added', passkey: 'Security key' },
    { action: 'sign-in.succeeded', passkey: 'Security key' },
    { action: 'user.passkey-removed', passkey: 'Laptop' },
  ]);
  await context.close();
});

test('"passkey required" sends staff to add one at their next sign-in; a recovery code still works once', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const staff = await createStaff('translator');
  const admin = await signedInAsAdmin(browser);
  try {
    await navLink(admin.page, 'Staff').click();
    const policy = admin.page.getByRole('form', { name: 'Two-step sign-in' });
    await policy.getByLabel('Who must use a passkey').selectOption('everyone');
    await policy.getByRole('button', { name: 'Save setting' }).click();
    // The admin has no passkey either: the saved rule sends them to add one at once.
    await expect(admin.page).toHaveURL(/\/admin\/account\?setup=passkey$/);
    await expect(pageAlert(admin.page)).toHaveText(
      'Your account must use a passkey. Add one below to continue working.',
    );
    const [rule] = await sql<{ value: string }>(
      `SELECT value #>> '{}' AS value FROM "Setting" WHERE key = 'requirePasskey'`,
    );
    expect(rule?.value).toBe('everyone');

    const context = await staffContext(browser);
    const page = await context.newPage();
    await addAuthenticator(page);
    expect((await submitSignIn(page, staff.email, staff.password)).status()).toBe(200);
    await expect(page).toHaveURL(/\/admin\/account\?setup=passkey$/);
    await expect(pageAlert(page)).toHaveText('Your account must use a passkey. Add one below to continue working.');
    // Nothing else opens until then.
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/account\?setup=passkey$/);
    const codes = await addPasskey(page, 'Phone', staff.password);
    expect(codes).toHaveLength(10);
    await navLink(page, 'Articles').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();

    // The password now asks for the passkey, or a recovery code (a code from an app would not do).
    await signOut(page);
    const asked = await submitSignIn(page, staff.email, staff.password);
    expect(await asked.json()).toEqual({ ok: false, error: 'code-required', methods: { totp: false, passkey: true } });
    await expect(page.getByRole('button', { name: 'Use your passkey' })).toBeVisible();
    const [code] = codes as [string];
    await page.getByLabel('Recovery code').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await signOut(page);
    await submitSignIn(page, staff.email, staff.password);
    await page.getByLabel('Recovery code').fill(code);
    const again = page.waitForResponse((response) => response.url().endsWith('/api/workspace/sign-in'));
    await page.getByRole('button', { name: 'Verify' }).click();
    expect((await again).status()).toBe(401);
    await expect(pageAlert(page)).toHaveText(GENERIC_ERROR);
    // The passkey as the second factor.
    await page.getByRole('button', { name: 'Use your passkey' }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await navLink(page, 'My account').click();
    await expect(sessionRow(page)).toContainText('password and passkey “Phone”');

    await context.close();
  } finally {
    await sql(`DELETE FROM "Setting" WHERE key = 'requirePasskey'`);
    await admin.context.close();
  }
});

/**
 * A copy of the sign-in page on another address (here another port of localhost: the same relying party ID, a
 * different origin), with a relay behind it that forwards what the browser signs to the real server, forging the
 * Origin header. The browser signs for the page's real origin, and the server refuses it.
 */
async function startPhishingSite(realOrigin: string): Promise<{ server: Server; url: string }> {
  const relay = async (path: string, body: string) => {
    const response = await fetch(`${realOrigin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: realOrigin, 'x-forwarded-for': '203.0.113.66' },
      body,
    });
    return {
      status: response.status,
      body: await response.text(),
      session: (response.headers.get('set-cookie') ?? '').includes('habar.session'),
    };
  };
  const page = `<!doctype html><title>Habar sign-in</title><script>
    const bytes = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    async function phish() {
      const { options } = await (await fetch('/options', { method: 'POST', body: '{}' })).json();
      const credential = await navigator.credentials.get({
        publicKey: { challenge: bytes(options.challenge), rpId: options.rpId, userVerification: 'required' },
      });
      const answer = await fetch('/relay', { method: 'POST', body: JSON.stringify({ response: credential.toJSON() }) });
      return answer.json();
    }
  </script>`;
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const send = (status: number, text: string, type = 'application/json') => {
        response.writeHead(status, { 'content-type': type });
        response.end(text);
      };
      if (request.method === 'GET') return send(200, page, 'text/html');
      const path = request.url === '/options' ? '/api/workspace/passkey/options' : '/api/workspace/passkey/sign-in';
      relay(path, body).then(
        (result) => send(200, request.url === '/options' ? result.body : JSON.stringify(result)),
        (error: unknown) => send(500, JSON.stringify({ error: String(error) })),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, url: `http://localhost:${port}/` };
}

test('a copy of the site on another address gets nothing: the browser refuses, and a relay is refused', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const staff = await createStaff('editor');
  const { context, page } = await signedIn(browser, staff);
  await addAuthenticator(page);
  await navLink(page, 'My account').click();
  await addPasskey(page, 'Laptop', staff.password);
  await signOut(page);

  // The workspace opened at an address other than its own: the browser will not use the passkey there.
  const realOrigin = new URL(baseURL as string).origin;
  const elsewhere = realOrigin.replace('localhost', '127.0.0.1');
  await page.goto(`${elsewhere}/admin/login`);
  await page.getByRole('button', { name: 'Use a passkey' }).click();
  await expect(pageAlert(page)).toHaveText(
    `Passkeys work only at ${realOrigin}. This page is open at another address: check the address bar, it may be a copy of the sign-in page.`,
  );

  // A copy on another origin, relaying to the real server: the browser signs for the copy's origin; refused.
  const phishing = await startPhishingSite(realOrigin);
  try {
    await page.goto(phishing.url);
    const relayed = await page.evaluate(() => (window as unknown as { phish: () => Promise<unknown> }).phish());
    expect(relayed).toEqual({ status: 401, body: JSON.stringify({ ok: false, error: 'invalid' }), session: false });
  } finally {
    await new Promise((resolve) => phishing.server.close(resolve));
  }
  const [failure] = await sql<{ why: string; ip: string }>(
    `SELECT details->>'why' AS why, ip FROM "AuditEvent" WHERE "actorId" = $1 AND action = 'sign-in.failed'
      ORDER BY "createdAt" DESC LIMIT 1`,
    [staff.id],
  );
  expect(failure).toEqual({ why: 'wrong-origin', ip: '203.0.113.66' });
  await context.close();

  // A device holding only a passkey made for another site: nothing to offer here, and nobody is signed in.
  const other = await staffContext(browser);
  const otherPage = await other.newPage();
  const device = await addAuthenticator(otherPage);
  await device.add(foreignCredential('phish.example'));
  await otherPage.goto('/admin/login');
  await otherPage.getByRole('button', { name: 'Use a passkey' }).click();
  await expect(pageAlert(otherPage)).toHaveText(
    'The passkey request was cancelled or timed out, or this device holds no passkey for this account. Try again, or sign in with your password.',
  );
  expect((await other.cookies()).some((cookie) => cookie.name.includes('habar.session'))).toBe(false);
  await other.close();
});

test('clear errors when passkeys cannot be used: no WebAuthn, no authenticator, cancelled — in every language', async ({
  browser,
}) => {
  const attempt = async (locale: string, setUp: (page: Page) => Promise<unknown>) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await setUp(page);
    await page.goto('/admin/login');
    return { context, page };
  };
  const cases: [string, (page: Page) => Promise<unknown>, string, string][] = [
    [
      'en-US',
      (page) => page.addInitScript(() => delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential),
      'Use a passkey',
      'This browser cannot use passkeys. Use an up-to-date browser, or sign in with your password.',
    ],
    [
      'en-US',
      // Only a removable key that cannot verify its user, and nothing built in.
      (page) => addAuthenticator(page, { transport: 'usb', isUserVerified: false }),
      'Use a passkey',
      'No passkey could be used: this device has no built-in authenticator, and no security key or phone answered. Use one, or sign in with your password.',
    ],
    [
      'ru-RU',
      // The built-in authenticator's check is cancelled.
      (page) => addAuthenticator(page, { isUserVerified: false }),
      'Войти с ключом доступа',
      'Запрос ключа доступа отменён или истёк, либо на этом устройстве нет ключа для этой учётной записи. Повторите попытку или войдите с паролем.',
    ],
    [
      'tk-TM',
      (page) => addAuthenticator(page, { isUserVerified: false }),
      'Giriş açary bilen gir',
      'Giriş açary soragy ýatyryldy ýa-da wagty geçdi, ýa-da bu enjamda bu hasap üçin giriş açary ýok. Gaýtadan synanyşyň ýa-da açar söz bilen giriň.',
    ],
  ];
  for (const [locale, setUp, button, message] of cases) {
    const { context, page } = await attempt(locale, setUp);
    await page.getByRole('button', { name: button }).click();
    await expect(pageAlert(page)).toHaveText(message);
    await context.close();
  }
});

test('an admin removes a lost passkey: its owner is signed out everywhere, and it is audited', async ({ browser }) => {
  test.setTimeout(90_000);
  const staff = await createStaff('editor');
  const owner = await signedIn(browser, staff);
  await addAuthenticator(owner.page);
  await navLink(owner.page, 'My account').click();
  await addPasskey(owner.page, 'Lost phone', staff.password);

  const admin = await signedInAsAdmin(browser);
  await navLink(admin.page, 'Staff').click();
  await expect(admin.page.getByRole('row').filter({ hasText: staff.email })).toContainText('1 passkey');
  await admin.page.goto(`/admin/users/${staff.id}`);
  const form = admin.page.getByRole('form', { name: 'Passkeys of this person' });
  await form.getByRole('button', { name: 'Remove the lost passkey “Lost phone”' }).click();
  await expect(form.getByRole('status')).toHaveText('Passkey removed; their sessions have ended.');
  await expect(form.getByText('No passkeys.')).toBeVisible();

  await navLink(owner.page, 'Articles').click();
  await expectSignInPage(owner.page);
  await navLink(admin.page, 'Audit log').click();
  const filters = admin.page.getByRole('form', { name: 'Filter the log' });
  await filters.getByLabel('Event').selectOption('user.passkey-reset');
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(
    admin.page.getByRole('row').filter({ hasText: staff.displayName }).filter({ hasText: 'passkey: Lost phone' }),
  ).toHaveCount(1);
  await owner.context.close();
  await admin.context.close();
});

test('the passkey routes refuse cross-origin, bodiless and forged requests from everyone, signed in or not', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL as string).origin;
  const disabled = await createStaff('editor');
  const identities = {
    admin: await signedInAsAdmin(browser),
    editor: await signedIn(browser, { email: 'editor@example.org', password: 'habar-demo-2026' }),
    translator: await signedIn(browser, { email: 'translator@example.org', password: 'habar-demo-2026' }),
    disabled: await signedIn(browser, disabled),
  };
  await sql(`UPDATE "User" SET disabled = true WHERE id = $1`, [disabled.id]);
  const signedOut = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': freshIp() },
  });
  const forged = {
    id: 'AAAA',
    rawId: 'AAAA',
    type: 'public-key',
    response: { clientDataJSON: 'e30', authenticatorData: 'AAAA', signature: 'AAAA', userHandle: 'AAAA' },
    clientExtensionResults: {},
  };
  const callers = [
    ['signed out', signedOut] as const,
    ...Object.entries(identities).map(([who, { context }]) => [who, context.request] as const),
  ];
  const mismatches: string[] = [];
  for (const [who, api] of callers) {
    const forgedHeaders: Record<string, string>[] = [
      {},
      { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
    ];
    for (const extra of forgedHeaders) {
      const checks: [string, Promise<{ status: () => number; headers: () => Record<string, string> }>, number][] = [
        [
          'options cross-origin',
          api.post('/api/workspace/passkey/options', {
            headers: { ...extra, origin: 'https://evil.example' },
            data: {},
          }),
          403,
        ],
        ['options without Origin', api.post('/api/workspace/passkey/options', { headers: extra, data: {} }), 403],
        ['options by GET', api.get('/api/workspace/passkey/options', { headers: extra, maxRedirects: 0 }), 405],
        [
          'sign-in cross-origin',
          api.post('/api/workspace/passkey/sign-in', {
            headers: { ...extra, origin: 'https://evil.example' },
            data: { response: forged },
          }),
          403,
        ],
        [
          'sign-in without Origin',
          api.post('/api/workspace/passkey/sign-in', { headers: extra, data: { response: forged } }),
          403,
        ],
        [
          'sign-in with a forged assertion',
          api.post('/api/workspace/passkey/sign-in', { headers: { ...extra, origin }, data: { response: forged } }),
          401,
        ],
        [
          'sign-in with no assertion',
          api.post('/api/workspace/passkey/sign-in', {
            headers: { ...extra, origin },
            data: { email: 'x@example.org' },
          }),
          401,
        ],
        ['sign-in by GET', api.get('/api/workspace/passkey/sign-in', { headers: extra, maxRedirects: 0 }), 405],
      ];
      for (const [what, reply, status] of checks) {
        const response = await reply;
        if (response.status() !== status) mismatches.push(`${who} ${what}: ${response.status()}, want ${status}`);
        if ((response.headers()['set-cookie'] ?? '').includes('habar.session'))
          mismatches.push(`${who} ${what}: cookie`);
      }
    }
  }
  expect(mismatches).toEqual([]);
  // Their own sessions are as they were: the refused calls neither ended nor replaced them.
  for (const who of ['admin', 'editor', 'translator'] as const) {
    await identities[who].page.goto('/admin/account');
    await expect(identities[who].page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  }
  await signedOut.dispose();
  for (const { context } of Object.values(identities)) await context.close();
});
