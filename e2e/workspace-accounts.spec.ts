import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { totpCode, totpStep } from '@/lib/auth/totp';
import { sql } from './support';
import {
  GENERIC_ERROR,
  RATE_LIMITED_ERROR,
  createStaff,
  expectSignInPage,
  freshIp,
  navLink,
  pageAlert,
  shellUser,
  signIn,
  signedIn,
  signedInAsAdmin,
  staffContext,
  submitSignIn,
  userId,
} from './workspace-support';

/**
 * Staff accounts end to end: invitation by one-time link, two-step sign-in, lockout, the per-address limit, and
 * sessions that end at once when an admin disables a user or changes their role, or the user signs out everywhere.
 * The audit test comes last: it reads the events the tests before it caused.
 */

const INVALID_LINK = 'This link has expired or has already been used. Ask an admin for a new one.';

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expectSignInPage(page);
}

/** A code the server has not seen yet: the current step, or the next one if the current step was just used. */
async function unusedTotp(id: string, secret: string): Promise<string> {
  const [row] = await sql<{ step: number | null }>(`SELECT "totpLastStep" AS step FROM "User" WHERE id = $1`, [id]);
  return totpCode(secret, Math.max(totpStep(), (row?.step ?? -1) + 1));
}

test('an invited user sets a password by a one-time link, turns on two-step sign-in, and each code works once', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const tag = randomBytes(4).toString('hex');
  const email = `e2e-invited-${tag}@example.org`;
  const name = `E2E Invited ${tag}`;
  const password = `violet tram harbour ${tag}`;

  const admin = await signedInAsAdmin(browser);
  await navLink(admin.page, 'Staff').click();
  const create = admin.page.getByRole('form', { name: 'New staff member' });
  await create.getByLabel('E-mail').fill(email);
  await create.getByLabel('Name', { exact: true }).fill(name);
  await create.getByLabel('Role').selectOption('editor');
  await create.getByRole('button', { name: 'Create account' }).click();
  await expect(create.getByRole('status')).toContainText(`Account created for ${email}.`);
  const link = (await create.getByLabel('One-time set-password link').textContent())?.trim() ?? '';
  expect(link).toMatch(/\/admin\/set-password\/[\w-]{20,}$/);

  const context = await staffContext(browser);
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByText(`Welcome, ${name}. Choose the password for ${email}.`)).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('New password again').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password is set.');

  // The link is used up.
  await page.goto(link);
  await expect(pageAlert(page)).toHaveText(INVALID_LINK);
  await expect(page.getByLabel('New password', { exact: true })).toHaveCount(0);

  await signIn(page, { email, password });
  await expect(shellUser(page, { displayName: name }, 'editor')).toBeVisible();
  await navLink(page, 'My account').click();
  // A stolen session alone cannot bind an authenticator: the password is asked again, and a wrong one is refused.
  await page.getByLabel('Your password (to confirm it is you)').fill('not the password at all');
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  await expect(page.getByText('The current password is not correct.')).toBeVisible();
  await page.getByLabel('Your password (to confirm it is you)').fill(password);
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = (await page.getByText(/^Key:/).textContent())?.replace('Key:', '').trim() ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel('Code from the app').fill(totpCode(secret, totpStep()));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByText('Two-step sign-in is on.', { exact: true })).toBeVisible();
  const recovery = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allTextContents();
  expect(recovery).toHaveLength(10);
  expect(new Set(recovery).size).toBe(10);
  const id = await userId(email);

  // The code step appears after the right password, and a fresh code opens the workspace.
  await signOut(page);
  const code = await unusedTotp(id, secret);
  expect((await submitSignIn(page, email, password, code)).status()).toBe(200);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(shellUser(page, { displayName: name }, 'editor')).toBeVisible();

  // The same code again, at once: refused with the generic answer.
  await signOut(page);
  expect((await submitSignIn(page, email, password, code)).status()).toBe(401);
  await expect(pageAlert(page)).toHaveText(GENERIC_ERROR);

  // A recovery code works, once.
  const [first] = recovery as [string];
  await page.getByLabel('Code', { exact: true }).fill(first);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await navLink(page, 'My account').click();
  await expect(page.getByText('9 recovery codes left')).toBeVisible();
  await signOut(page);
  expect((await submitSignIn(page, email, password, first)).status()).toBe(401);
  await expect(pageAlert(page)).toHaveText(GENERIC_ERROR);

  await context.close();
  await admin.context.close();
});

test('failures from one address hold up that address only; failures from many lock out a password alone until an admin unlocks', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const staff = await createStaff('editor');
  const attacker = await staffContext(browser);
  const page = await attacker.newPage();
  for (let attempt = 1; attempt <= 5; attempt++) {
    expect((await submitSignIn(page, staff.email, `wrong password ${attempt}`)).status()).toBe(401);
    await expect(pageAlert(page)).toHaveText(GENERIC_ERROR);
  }
  // This address now waits, even with the right password…
  const waiting = await submitSignIn(page, staff.email, staff.password);
  expect(waiting.status()).toBe(429);
  expect(await waiting.json()).toEqual({ ok: false, error: 'delayed', retryAfter: expect.any(Number) });
  await expect(pageAlert(page)).toHaveText(
    'Too many failed sign-ins for this account from your network. Try again in 1 minute.',
  );
  // …while the owner elsewhere is not held up, and is told on arrival.
  const owner = await signedIn(browser, staff);
  const notice = owner.page.getByRole('region', { name: 'Failed sign-ins to your account' });
  await expect(notice).toContainText('6 failed attempts to sign in to your account from other places');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await navLink(owner.page, 'My account').click();
  await expect(owner.page.getByRole('region', { name: 'Failed sign-ins to your account' })).toHaveCount(0);
  await owner.context.close();

  // Twenty failures from five addresses: the account is locked against a password alone, right or wrong.
  for (let address = 0; address < 5; address++) {
    const ip = freshIp();
    for (let attempt = 0; attempt < 4; attempt++) {
      const reply = await attacker.request.post('/api/workspace/sign-in', {
        headers: { origin: baseURL ?? '', 'x-forwarded-for': ip },
        data: { email: staff.email, password: `spray ${address}-${attempt}` },
      });
      expect(reply.status()).toBe(401);
    }
  }
  const elsewhere = await staffContext(browser);
  const ownerPage = await elsewhere.newPage();
  const locked = await submitSignIn(ownerPage, staff.email, staff.password);
  expect(await locked.json()).toEqual({ ok: false, error: 'locked' });
  await expect(pageAlert(ownerPage)).toHaveText(
    'Failed sign-ins from elsewhere have locked this account for a while. A password alone is not enough now: add the code from your app, or use your passkey.',
  );
  const admin = await signedInAsAdmin(browser);
  await navLink(admin.page, 'Staff').click();
  await expect(admin.page.getByRole('row').filter({ hasText: staff.email })).toContainText('locked');
  await admin.page.getByRole('link', { name: staff.displayName }).click();
  await expect(admin.page.getByRole('heading', { level: 1, name: staff.displayName })).toBeVisible();
  await admin.page.getByRole('button', { name: 'Unlock' }).click();
  await expect(admin.page.getByRole('button', { name: 'Unlock' })).toHaveCount(0);
  await ownerPage.goto('/admin/login');
  await signIn(ownerPage, staff);

  await attacker.close();
  await elsewhere.close();
  await admin.context.close();
});

test("an attacker's five failures from address A do not stop the owner's password and code from address B", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const staff = await createStaff('editor');
  const owner = await signedIn(browser, staff);
  await navLink(owner.page, 'My account').click();
  await owner.page.getByLabel('Your password (to confirm it is you)').fill(staff.password);
  await owner.page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  const secret = (await owner.page.getByText(/^Key:/).textContent())?.replace('Key:', '').trim() ?? '';
  await owner.page.getByLabel('Code from the app').fill(totpCode(secret, totpStep()));
  await owner.page.getByRole('button', { name: 'Turn on' }).click();
  await expect(owner.page.getByText('Two-step sign-in is on.', { exact: true })).toBeVisible();
  await owner.page.getByRole('button', { name: 'Sign out', exact: true }).click();

  const attacker = await staffContext(browser);
  const attackerPage = await attacker.newPage();
  for (let attempt = 1; attempt <= 5; attempt++) {
    expect((await submitSignIn(attackerPage, staff.email, `attacker guess ${attempt}`)).status()).toBe(401);
  }
  // The owner, at another address, with the right password and a fresh code: in.
  const elsewhere = await staffContext(browser);
  const page = await elsewhere.newPage();
  expect((await submitSignIn(page, staff.email, staff.password, await unusedTotp(staff.id, secret))).status()).toBe(
    200,
  );
  await expect(page).toHaveURL(/\/admin$/);
  await expect(shellUser(page, staff, 'editor')).toBeVisible();
  await owner.context.close();
  await attacker.close();
  await elsewhere.close();
});

test('fifty failures from one address make the next sign-in a 429, even with the right password; other addresses are unaffected', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const staff = await createStaff('editor');
  const ip = freshIp();
  const context = await staffContext(browser, ip);
  const attempt = (email: string, password: string) =>
    context.request.post('/api/workspace/sign-in', { headers: { origin: baseURL ?? '' }, data: { email, password } });
  for (let failure = 1; failure <= 50; failure++) {
    expect((await attempt(`nobody-${failure}-${staff.id}@example.org`, 'wrong password')).status()).toBe(401);
  }
  const [counted] = await sql<{ count: string }>(
    `SELECT count(*) FROM "LoginAttempt" WHERE ip = $1 AND outcome <> 'succeeded'`,
    [ip],
  );
  expect(Number(counted?.count)).toBe(50);

  const limited = await attempt(staff.email, staff.password);
  expect(limited.status()).toBe(429);
  expect(await limited.json()).toEqual({ ok: false, error: 'rate-limited' });
  expect(limited.headers()['retry-after']).toBeTruthy();
  // The form says so, in words that differ from the generic refusal.
  const page = await context.newPage();
  expect((await submitSignIn(page, staff.email, staff.password)).status()).toBe(429);
  await expect(pageAlert(page)).toHaveText(RATE_LIMITED_ERROR);

  const elsewhere = await signedIn(browser, staff);
  await expect(shellUser(elsewhere.page, staff, 'editor')).toBeVisible();
  await elsewhere.context.close();
  await context.close();
});

test('a disabled user is sent to sign-in on their next click and cannot sign in again', async ({ browser }) => {
  const staff = await createStaff('editor');
  const user = await signedIn(browser, staff);
  const admin = await signedInAsAdmin(browser);
  await admin.page.goto(`/admin/users/${staff.id}`);
  await expect(admin.page.getByRole('heading', { level: 1, name: staff.displayName })).toBeVisible();
  await admin.page.getByRole('button', { name: 'Disable' }).click();
  await expect(admin.page.getByRole('button', { name: 'Enable' })).toBeVisible();

  await navLink(user.page, 'My account').click();
  await expectSignInPage(user.page);
  expect((await submitSignIn(user.page, staff.email, staff.password)).status()).toBe(401);
  await expect(pageAlert(user.page)).toHaveText(GENERIC_ERROR);

  await navLink(admin.page, 'Staff').click();
  await expect(admin.page.getByRole('row').filter({ hasText: staff.email })).toContainText('disabled');
  await user.context.close();
  await admin.context.close();
});

test('a role change ends the session at once; after signing in again the user has the new role', async ({
  browser,
}) => {
  const staff = await createStaff('editor');
  const user = await signedIn(browser, staff);
  await expect(shellUser(user.page, staff, 'editor')).toBeVisible();

  const admin = await signedInAsAdmin(browser);
  await admin.page.goto(`/admin/users/${staff.id}`);
  const form = admin.page.getByRole('form', { name: 'Role and languages' });
  await form.getByLabel('Role').selectOption('translator');
  await form.getByRole('checkbox', { name: 'Türkmençe' }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toHaveText(
    'Saved. Their open sessions have ended if the role or languages changed.',
  );
  const [row] = await sql<{ role: string; languages: string }>(
    `SELECT role::text, languages::text FROM "User" WHERE id = $1`,
    [staff.id],
  );
  expect(row).toEqual({ role: 'translator', languages: '{tk}' });

  await navLink(user.page, 'My account').click();
  await expectSignInPage(user.page);
  await signIn(user.page, staff);
  await expect(user.page).toHaveURL(/\/admin\/account$/);
  await expect(shellUser(user.page, staff, 'translator')).toBeVisible();
  // A translator's workspace: the desk's glossary and memory, no taxonomy, staff or site settings.
  await expect(user.page.getByRole('navigation', { name: 'Workspace' }).getByRole('link')).toHaveText([
    'Articles',
    'Media',
    'Glossary',
    'Translation memory',
    'My account',
  ]);
  await user.context.close();
  await admin.context.close();
});

test('"Sign out everywhere" ends the sessions of every browser of the user', async ({ browser }) => {
  const staff = await createStaff('translator');
  const first = await signedIn(browser, staff);
  const second = await signedIn(browser, staff);
  await navLink(first.page, 'My account').click();
  const sessions = first.page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: first.page.getByRole('cell') });
  await expect(sessions).toHaveCount(2);
  await first.page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expectSignInPage(first.page);

  await navLink(second.page, 'My account').click();
  await expectSignInPage(second.page);
  const [open] = await sql<{ count: string }>(
    `SELECT count(*) FROM "Session" WHERE "userId" = $1 AND "endedAt" IS NULL`,
    [staff.id],
  );
  expect(Number(open?.count)).toBe(0);
  await first.context.close();
  await second.context.close();
});

// Last in this file: it reads the events the tests above caused (run the whole file).
test('the audit log lists the account events and filtering by event narrows it', async ({ browser }) => {
  const events = [
    'sign-in.succeeded',
    'sign-in.failed',
    'user.locked',
    'user.unlocked',
    'user.created',
    'user.role-changed',
    'user.disabled',
    'user.2fa-enabled',
    'user.signed-out-everywhere',
    'user.password-set',
    'sign-in.rate-limited',
  ];
  const { context, page } = await signedInAsAdmin(browser);
  await navLink(page, 'Audit log').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  const filters = page.getByRole('form', { name: 'Filter the log' });
  const eventSelect = filters.getByLabel('Event');
  expect(await eventSelect.locator('option').allTextContents()).toEqual(expect.arrayContaining(events));

  const total = async () => Number((await page.locator('caption').textContent())?.match(/\d+/)?.[0]);
  const everything = await total();
  const rows = page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
  await expect(rows.first()).toBeVisible();

  await eventSelect.selectOption('user.locked');
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/[?&]action=user\.locked/);
  await expect(eventSelect).toHaveValue('user.locked');
  const narrowed = await total();
  expect(narrowed).toBeGreaterThanOrEqual(1);
  expect(narrowed).toBeLessThan(everything);
  await expect(rows).toHaveCount(narrowed);
  for (const row of await rows.all()) await expect(row.getByRole('cell').nth(1)).toHaveText('user.locked');
  await context.close();
});
