import { expect, test, type Page } from '@playwright/test';
import { ADMIN_EMAIL, DEMO_PASSWORD, signIn, staffContext, workspaceRoutes } from './workspace-support';

/**
 * The workspace on a 390 px phone: no page scrolls sideways (the side-by-side editor stacks, tables and the dashboard
 * fit, the toolbar wraps). Checked on every workspace route, signed in as an admin (who sees every page), and on the
 * sign-in page.
 */
const width = 390;

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test(`no workspace page scrolls sideways at ${width} px`, async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await staffContext(browser);
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 844 });
  await page.goto('/admin/login');
  expect(await overflow(page), '/admin/login').toBeLessThanOrEqual(width);
  await signIn(page, { email: ADMIN_EMAIL, password: DEMO_PASSWORD });
  const { everyone, editors, admins } = await workspaceRoutes();
  const wide: string[] = [];
  for (const url of [...everyone, ...editors, ...admins]) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // The body editor renders in the browser: wait for it where the page has one.
    if (url.includes('/translate/')) await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const scrollWidth = await overflow(page);
    if (scrollWidth > width) wide.push(`${url}: ${scrollWidth} px`);
  }
  expect(wide).toEqual([]);
  await context.close();
});
