import { expect, test, type APIRequestContext } from '@playwright/test';
import { sql } from './support';
import { callAction, serverActions, type ActionArgs } from './server-actions';
import { DEMO_PASSWORD, createStaff, freshIp, signedIn } from './workspace-support';

/**
 * Every server action of the workspace, called over HTTP the way the browser calls it, by people who must be refused:
 * signed out and disabled (→ unauthenticated, for every action that needs a session), a translator limited to
 * Turkmen and an editor (→ forbidden, for every action their role lacks, with valid input so the permission is
 * what decides). The signed-out and translator rows repeat with forged `x-middleware-subrequest` headers. An action
 * missing from the table below fails the test: new actions must declare who may call them.
 */

type Who = 'translator' | 'editor';
interface Row {
  args: ActionArgs;
  /** Roles (besides admin) that must be refused with `forbidden`. */
  forbiddenFor: Who[];
  /** Actions for signed-out people (a one-time link) or without a session check (sign out). */
  noSession?: boolean;
}

const bypass: Record<string, string>[] = [
  {},
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
];

test('no server action lets anyone do what their role does not allow', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const origin = baseURL ?? '';
  const [article] = await sql<{ id: string }>(`SELECT id FROM "Article" WHERE "deletedAt" IS NULL ORDER BY id LIMIT 1`);
  const [media] = await sql<{ id: string }>(`SELECT id FROM "Media" ORDER BY id LIMIT 1`);
  const [category] = await sql<{ id: string }>(`SELECT id FROM "Category" ORDER BY id LIMIT 1`);
  const [tag] = await sql<{ id: string }>(`SELECT id FROM "Tag" ORDER BY id LIMIT 1`);
  const [author] = await sql<{ id: string }>(`SELECT id FROM "Author" ORDER BY id LIMIT 1`);
  const victim = await createStaff('editor');
  const articleId = article?.id ?? '';
  const draft = {
    title: 'T',
    summary: '',
    body: { type: 'doc', content: [] },
    slug: '',
    seoDescription: '',
    coverAlt: '',
  };
  const both: Who[] = ['translator', 'editor'];
  const png = { name: 'a.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') };

  const table: Record<string, Row | Row[]> = {
    signOutAction: { args: { json: [] }, forbiddenFor: [], noSession: true },
    setPasswordAction: {
      args: { form: { token: 'x'.repeat(43), password: 'p', confirm: 'p' } },
      forbiddenFor: [],
      noSession: true,
    },
    updateProfileAction: { args: { form: { displayName: 'X', interfaceLocale: '' } }, forbiddenFor: [] },
    changePasswordAction: { args: { form: { current: 'a', next: 'b', confirm: 'b' } }, forbiddenFor: [] },
    beginTotpAction: { args: { form: { password: 'x' } }, forbiddenFor: [] },
    confirmTotpAction: { args: { form: { pending: 'x', code: '123456' } }, forbiddenFor: [] },
    signOutEverywhereAction: { args: { form: {} }, forbiddenFor: [] },
    createStaffAction: {
      args: { form: { email: 'x@example.org', displayName: 'X', role: 'editor' } },
      forbiddenFor: both,
    },
    updateStaffAction: { args: { form: { id: victim.id, displayName: 'X', role: 'admin' } }, forbiddenFor: both },
    staffCommandAction: { args: { form: { id: victim.id, command: 'disable' } }, forbiddenFor: both },
    twoFactorPolicyAction: { args: { form: { policy: 'off' } }, forbiddenFor: both },
    createArticleAction: [
      {
        args: { json: [{ ...draft, sourceLocale: 'en', categoryId: '', coverMediaId: '' }] },
        forbiddenFor: ['translator'],
      },
      {
        args: { json: [{ ...draft, sourceLocale: 'en', kind: 'page', categoryId: '', coverMediaId: '' }] },
        forbiddenFor: ['translator'],
      },
    ],
    updateSiteIdentityAction: { args: { form: { 'name.en': 'X', email: '', mirrors: '' } }, forbiddenFor: both },
    uploadBrandImageAction: {
      args: {
        form: {
          slot: 'logo',
          file: {
            name: 'l.svg',
            mimeType: 'image/svg+xml',
            buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>'),
          },
        },
      },
      forbiddenFor: both,
    },
    removeBrandImageAction: { args: { form: { slot: 'logo' } }, forbiddenFor: both },
    setHomePinAction: { args: { form: { locale: 'en', articleId: '' } }, forbiddenFor: ['translator'] },
    updatePagePlacementAction: {
      args: { form: { articleId: 'demo-page-about', placement: 'masthead', position: '0' } },
      forbiddenFor: ['translator'],
    },
    saveTranslationAction: {
      args: { json: [{ ...draft, articleId, locale: 'en', baseVersion: 1, minorEdit: false }] },
      forbiddenFor: ['translator'],
    },
    updateSettingsAction: {
      args: { form: { articleId, categoryId: '', coverMediaId: '' } },
      forbiddenFor: ['translator'],
    },
    changeStatusAction: {
      args: { json: [{ articleId, locale: 'ru', transition: 'unpublish', version: 1 }] },
      forbiddenFor: ['translator'],
    },
    markUpToDateAction: { args: { json: [{ articleId, locale: 'en' }] }, forbiddenFor: ['translator'] },
    publishCheckAction: {
      args: { json: [{ articleId, locale: 'tk', changes: false }] },
      forbiddenFor: ['translator'],
    },
    compareWithLiveAction: { args: { json: [{ articleId, locale: 'en' }] }, forbiddenFor: [] },
    compareRevisionsAction: { args: { json: [{ articleId, locale: 'ru', from: 1, to: 1 }] }, forbiddenFor: [] },
    restoreRevisionAction: {
      args: { json: [{ articleId, locale: 'en', version: 1, baseVersion: 1 }] },
      forbiddenFor: ['translator'],
    },
    trashArticleAction: { args: { form: { articleId } }, forbiddenFor: ['translator'] },
    restoreArticleAction: { args: { form: { articleId } }, forbiddenFor: ['translator'] },
    emptyTrashAction: { args: { form: {} }, forbiddenFor: both },
    mediaPickerAction: { args: { json: ['en', ''] }, forbiddenFor: [] },
    uploadMediaAction: { args: { form: { file: png } }, forbiddenFor: ['translator'] },
    updateMediaTextAction: { args: { form: { id: media?.id ?? '', 'alt-en': 'x' } }, forbiddenFor: ['translator'] },
    deleteMediaAction: { args: { form: { id: media?.id ?? '' } }, forbiddenFor: ['translator'] },
    // One set of actions for the three kinds of taxonomy entry: every kind is called.
    createTaxonomyEntryAction: [
      { args: { form: { kind: 'category', position: '0', 'name.en': 'X' } }, forbiddenFor: ['translator'] },
      { args: { form: { kind: 'tag', 'name.en': 'X' } }, forbiddenFor: ['translator'] },
      { args: { form: { kind: 'author', 'name.en': 'X' } }, forbiddenFor: ['translator'] },
    ],
    updateTaxonomyEntryAction: [
      {
        args: { form: { kind: 'category', id: category?.id ?? '', position: '0', 'name.en': 'X' } },
        forbiddenFor: ['translator'],
      },
      { args: { form: { kind: 'tag', id: tag?.id ?? '', 'name.en': 'X' } }, forbiddenFor: ['translator'] },
      { args: { form: { kind: 'author', id: author?.id ?? '', 'name.en': 'X' } }, forbiddenFor: ['translator'] },
    ],
    deleteTaxonomyEntryAction: [
      { args: { form: { kind: 'category', id: category?.id ?? '' } }, forbiddenFor: ['translator'] },
      { args: { form: { kind: 'tag', id: tag?.id ?? '' } }, forbiddenFor: ['translator'] },
      { args: { form: { kind: 'author', id: author?.id ?? '' } }, forbiddenFor: ['translator'] },
    ],
  };

  const actions = serverActions();
  expect(actions.map((action) => action.name).sort()).toEqual(Object.keys(table).sort());

  const disabled = await createStaff('editor');
  const people = {
    translator: await signedIn(browser, { email: 'translator@example.org', password: DEMO_PASSWORD }),
    editor: await signedIn(browser, { email: 'editor@example.org', password: DEMO_PASSWORD }),
    disabled: await signedIn(browser, disabled),
  };
  await sql(`UPDATE "User" SET disabled = true WHERE id = $1`, [disabled.id]);
  const signedOut = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': freshIp() },
  });

  const mismatches: string[] = [];
  let calls = 0;
  const check = async (
    who: string,
    api: APIRequestContext,
    headers: Record<string, string>,
    want: (row: Row) => string | null,
  ) => {
    for (const action of actions) {
      for (const row of [table[action.name] ?? []].flat()) {
        const expected = want(row);
        if (!expected) continue;
        const reply = await callAction(api, action, row.args, { origin, headers });
        calls++;
        const got = reply.result ? (reply.result.ok ? 'ok' : String(reply.result.error)) : `HTTP ${reply.status}`;
        if (got !== expected)
          mismatches.push(`${who} ${JSON.stringify(headers)} ${action.name}: got ${got}, want ${expected}`);
      }
    }
  };

  for (const headers of bypass) {
    await check('signed out', signedOut, headers, (row) => (row.noSession ? null : 'unauthenticated'));
    await check('translator', people.translator.context.request, headers, (row) =>
      row.forbiddenFor.includes('translator') ? 'forbidden' : null,
    );
  }
  await check('disabled', people.disabled.context.request, {}, (row) => (row.noSession ? null : 'unauthenticated'));
  await check('editor', people.editor.context.request, {}, (row) =>
    row.forbiddenFor.includes('editor') ? 'forbidden' : null,
  );

  expect(mismatches).toEqual([]);
  expect(calls).toBeGreaterThan(100);
  // Nothing the refused calls named was changed.
  const [after] = await sql<{ role: string; disabled: boolean }>(`SELECT role, disabled FROM "User" WHERE id = $1`, [
    victim.id,
  ]);
  expect(after).toEqual({ role: 'editor', disabled: false });

  await signedOut.dispose();
  for (const { context } of Object.values(people)) await context.close();
});
