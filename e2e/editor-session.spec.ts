import { expect, test } from '@playwright/test';
import { sql } from './support';
import { createStaff, signedIn } from './workspace-support';

/**
 * A session that ends while someone is typing loses nothing: the save is refused, the text stays in the form, the
 * editor signs in again right there, and the same save goes through.
 */
test('a session that ends mid-edit asks for the password inline, keeps the text, and then saves it', async ({
  browser,
}) => {
  const editor = await createStaff('editor');
  const { page, context } = await signedIn(browser, editor);
  await page.goto('/admin/articles/new');
  await page.getByLabel('English').check();
  await page.getByLabel('Title').fill('Session test draft');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('The first words.');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/translate\/en$/);

  // Two and a half hours without a request: past the idle limit.
  await sql(`UPDATE "Session" SET "lastSeenAt" = now() - interval '150 minutes' WHERE "userId" = $1`, [editor.id]);
  const title = 'Session test draft, written while signed out';
  await page.getByLabel('Title').fill(title);
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' And more words typed after the session ended.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const signedOut = page.getByRole('region', { name: 'Your session has ended' });
  await expect(signedOut).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await signedOut.getByLabel('E-mail').fill(editor.email);
  await signedOut.getByLabel('Password').fill(editor.password);
  await signedOut.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('status').filter({ hasText: /Saved at/ })).toBeVisible();
  const [row] = await sql<{ title: string; body: string }>(
    `SELECT t.title, t.body::text AS body FROM "ArticleTranslation" t JOIN "Article" a ON a.id = t."articleId"
      WHERE a."createdById" = $1 AND t.locale = 'en'`,
    [editor.id],
  );
  expect(row?.title).toBe(title);
  expect(row?.body).toContain('after the session ended');
  await context.close();
});
