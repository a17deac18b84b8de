import { expect, test, type APIResponse, type Response } from '@playwright/test';
import { sql } from './support';
import {
  ADMIN_EMAIL,
  DEMO_PASSWORD,
  GENERIC_ERROR,
  createStaff,
  expectSignInPage,
  navLink,
  pageAlert,
  shellUser,
  signIn,
  signedIn,
  signedInAsAdmin,
  staffContext,
  submitSignIn,
} from './workspace-support';

/**
 * Sign-in and its refusals, session details (idle timeout, what the account page lists, staff commands), security
 * headers, cookie flags and the same-origin guard.
 */

test('a password sign-in lands on the workspace, whose shell names the user', async ({ browser }) => {
  const context = await staffContext(browser);
  const page = await context.newPage();
  await page.goto('/admin');
  await expectSignInPage(page);
  await signIn(page, { email: ADMIN_EMAIL, password: DEMO_PASSWORD });
  await expect(page).toHaveURL(/\/admin$/);
  await expect(shellUser(page, { displayName: 'Demo Admin' }, 'admin')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expectSignInPage(page);
  await context.close();
});

test('a wrong password, an unknown e-mail and a disabled account get the same answer', async ({ browser }) => {
  const staff = await createStaff('editor');
  const disabled = await createStaff('editor');
  await sql(`UPDATE "User" SET disabled = true WHERE id = $1`, [disabled.id]);
  const context = await staffContext(browser);
  const page = await context.newPage();
  const answers: { status: number; body: unknown; alert: string | null }[] = [];
  for (const [email, password] of [
    [staff.email, 'not the password at all'],
    [`nobody-${staff.id}@example.org`, DEMO_PASSWORD],
    [disabled.email, disabled.password],
  ] as const) {
    const response = await submitSignIn(page, email, password);
    const alert = pageAlert(page);
    await expect(alert).toHaveText(GENERIC_ERROR);
    answers.push({ status: response.status(), body: await response.json(), alert: await alert.textContent() });
    await expect(page).toHaveURL(/\/admin\/login/);
  }
  expect(answers).toEqual(Array(3).fill({ status: 401, body: { ok: false, error: 'invalid' }, alert: GENERIC_ERROR }));
  // The wrong password counted against the account; the right one still works (fewer than five failures).
  await page.reload();
  await signIn(page, staff);
  await context.close();
});

test('an idle session ends: three hours without a request sends the user to sign in', async ({ browser }) => {
  const staff = await createStaff('editor');
  const { context, page } = await signedIn(browser, staff);
  await navLink(page, 'My account').click();
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  await sql(
    `UPDATE "Session" SET "lastSeenAt" = "lastSeenAt" - interval '3 hours' WHERE "userId" = $1 AND "endedAt" IS NULL`,
    [staff.id],
  );
  await navLink(page, 'Articles').click();
  await expectSignInPage(page);
  const [session] = await sql<{ ended: boolean }>(
    `SELECT "endedAt" IS NOT NULL AS ended FROM "Session" WHERE "userId" = $1`,
    [staff.id],
  );
  expect(session?.ended).toBe(true);
  await context.close();
});

function expectHardened(response: Response | APIResponse | null, where: string) {
  expect(response, where).not.toBeNull();
  const headers = (response as Response | APIResponse).headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, `${where}: CSP`).not.toBe('');
  expect(csp, where).not.toContain("'unsafe-eval'");
  expect(csp, where).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    expect(csp, where).toContain(directive);
  }
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['referrer-policy'], where).toBeTruthy();
  expect(headers['permissions-policy'], where).toBeTruthy();
  expect(headers['strict-transport-security'], where).toMatch(/max-age=\d{6,}/);
}

test('public and workspace pages carry the security headers; the session cookie is HttpOnly and SameSite=Lax', async ({
  browser,
}) => {
  const context = await staffContext(browser);
  const page = await context.newPage();
  expectHardened(await page.goto('/en'), '/en');
  expectHardened(await page.goto('/admin/login'), '/admin/login');
  await signIn(page, { email: ADMIN_EMAIL, password: DEMO_PASSWORD });
  expectHardened(await page.goto('/admin'), '/admin');
  expectHardened(await page.goto('/admin/account'), '/admin/account');
  const cookies = await context.cookies();
  // Served over plain HTTP here; under https the name is __Host-habar.session and the cookie is Secure.
  const session = cookies.find((cookie) => cookie.name === 'habar.session');
  expect(session, cookies.map((cookie) => cookie.name).join()).toBeDefined();
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  await context.close();
});

test('cross-origin POSTs are refused: sign-in and a server action', async ({ request }) => {
  const evil = { origin: 'https://evil.example' };
  const signInAttempt = await request.post('/api/workspace/sign-in', {
    headers: { ...evil, 'x-forwarded-for': '10.250.0.1' },
    data: { email: ADMIN_EMAIL, password: DEMO_PASSWORD },
  });
  expect(signInAttempt.status()).toBe(403);
  expect(signInAttempt.headers()['set-cookie'] ?? '').not.toContain('habar.session');
  const action = await request.post('/admin/users', {
    headers: { ...evil, 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
    data: '[]',
    maxRedirects: 0,
  });
  expect(action.status()).toBe(403);
  // A sign-in without any Origin (curl, old clients) is refused by the handler as well.
  const bare = await request.post('/api/workspace/sign-in', {
    headers: { 'x-forwarded-for': '10.250.0.2' },
    data: { email: ADMIN_EMAIL, password: DEMO_PASSWORD },
  });
  expect(bare.status()).toBe(403);
});

// Keyboard and screen-reader users land on the code field when the second step appears.
test('the code field takes the focus when the second step appears', async ({ browser }) => {
  const staff = await createStaff('editor');
  // Any enrolled secret makes the right password ask for a code (the secret is only opened to check a code).
  await sql(`UPDATE "User" SET "totpSecretEncrypted" = 'sealed', "totpEnabledAt" = CURRENT_TIMESTAMP WHERE id = $1`, [
    staff.id,
  ]);
  const context = await staffContext(browser);
  const page = await context.newPage();
  const response = await submitSignIn(page, staff.email, staff.password);
  expect(await response.json()).toEqual({ ok: false, error: 'code-required', methods: { totp: true, passkey: false } });
  await expect(page.getByLabel('Code', { exact: true })).toBeFocused();
  await context.close();
});

// Every command confirms itself, even when it swaps the buttons (Disable becomes Enable).
test('a staff command confirms what it did', async ({ browser }) => {
  const staff = await createStaff('editor');
  await sql(`UPDATE "User" SET "lockedUntil" = (now() AT TIME ZONE 'UTC') + interval '15 minutes' WHERE id = $1`, [
    staff.id,
  ]);
  const admin = await signedInAsAdmin(browser);
  await admin.page.goto(`/admin/users/${staff.id}`);
  await admin.page.getByRole('button', { name: 'Unlock' }).click();
  await expect(admin.page.getByRole('main').getByRole('status')).toHaveText('Unlocked.');
  await admin.page.getByRole('button', { name: 'Disable' }).click();
  await expect(admin.page.getByRole('main').getByRole('status')).toHaveText('Disabled; their sessions have ended.');
  await admin.context.close();
});

// A role change ends the old session's row too, so it is not listed as a place the user is signed in.
test('after a role change the revoked session is no longer listed as a place the user is signed in', async ({
  browser,
}) => {
  const staff = await createStaff('editor');
  const old = await signedIn(browser, staff);
  const admin = await signedInAsAdmin(browser);
  await admin.page.goto(`/admin/users/${staff.id}`);
  const form = admin.page.getByRole('form', { name: 'Role and languages' });
  await form.getByLabel('Role').selectOption('admin');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toBeVisible();
  const current = await signedIn(browser, staff);
  await navLink(current.page, 'My account').click();
  const sessions = current.page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: current.page.getByRole('cell') });
  await expect(sessions).toHaveCount(1);
  await old.context.close();
  await current.context.close();
  await admin.context.close();
});
