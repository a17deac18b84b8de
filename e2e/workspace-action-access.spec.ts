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
  const [entry] = await sql<{ id: string }>(`SELECT id FROM "GlossaryEntry" ORDER BY id LIMIT 1`);
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
  const csv = { name: 'r.csv', mimeType: 'text/csv', buffer: Buffer.from('/old/refused-csv,/en\n') };

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
    dismissSignInNoticeAction: { args: { form: {} }, forbiddenFor: [] },
    beginPasskeyRegistrationAction: { args: { form: { name: 'Key', password: 'x' } }, forbiddenFor: [] },
    finishPasskeyRegistrationAction: {
      args: {
        json: [
          {
            name: 'Key',
            response: {
              id: 'AAAA',
              rawId: 'AAAA',
              type: 'public-key',
              response: { clientDataJSON: 'AAAA', attestationObject: 'AAAA' },
              clientExtensionResults: {},
            },
          },
        ],
      },
      forbiddenFor: [],
    },
    removePasskeyAction: { args: { form: { id: 'x', password: 'x' } }, forbiddenFor: [] },
    resetStaffPasskeyAction: { args: { form: { userId: victim.id, passkeyId: 'x' } }, forbiddenFor: both },
    createStaffAction: {
      args: { form: { email: 'x@example.org', displayName: 'X', role: 'editor' } },
      forbiddenFor: both,
    },
    updateStaffAction: { args: { form: { id: victim.id, displayName: 'X', role: 'admin' } }, forbiddenFor: both },
    staffCommandAction: { args: { form: { id: victim.id, command: 'disable' } }, forbiddenFor: both },
    signInPolicyAction: { args: { form: { secondFactor: 'off', passkey: 'off' } }, forbiddenFor: both },
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
    addRedirectAction: { args: { form: { from: '/old/refused', to: '/en' } }, forbiddenFor: both },
    deleteRedirectAction: { args: { form: { id: 'no-such-redirect' } }, forbiddenFor: both },
    importRedirectsCsvAction: { args: { form: { file: csv } }, forbiddenFor: both },
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
    // The translator's desk (issue 17): a translator limited to Turkmen works on Turkmen only, proposes glossary
    // entries but does not decide on them, and does not manage the translation memory.
    memoryMatchesAction: {
      args: { json: [{ articleId, sourceLocale: 'ru', targetLocale: 'en', text: 'ОБСЕ' }] },
      forbiddenFor: ['translator'],
    },
    glossaryCheckAction: { args: { json: [{ articleId, locale: 'en' }] }, forbiddenFor: ['translator'] },
    machineDraftAction: { args: { json: [{ articleId, locale: 'en', baseVersion: 1 }] }, forbiddenFor: ['translator'] },
    importXliffAction: {
      args: {
        form: {
          articleId,
          sourceLocale: 'ru',
          targetLocale: 'en',
          baseVersion: '1',
          file: { name: 'a.xlf', mimeType: 'application/x-xliff+xml', buffer: Buffer.from('<xliff/>') },
        },
      },
      forbiddenFor: ['translator'],
    },
    saveGlossaryEntryAction: [
      // A new entry is a proposal for a translator: only sessions decide (signed out and disabled are refused).
      { args: { form: { 'term.ru': 'Проба', 'term.en': 'Probe' } }, forbiddenFor: [] },
      {
        args: { form: { id: entry?.id ?? '', 'term.ru': 'Проба', 'term.en': 'Probe' } },
        forbiddenFor: ['translator'],
      },
    ],
    reviewGlossaryProposalAction: {
      args: { form: { id: entry?.id ?? '', decision: 'reject' } },
      forbiddenFor: ['translator'],
    },
    deleteGlossaryEntryAction: { args: { form: { id: entry?.id ?? '' } }, forbiddenFor: ['translator'] },
    importTmxAction: {
      args: { form: { file: { name: 'a.tmx', mimeType: 'application/x-tmx+xml', buffer: Buffer.from('<tmx/>') } } },
      forbiddenFor: ['translator'],
    },
    rebuildMemoryAction: { args: { form: {} }, forbiddenFor: ['translator'] },
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
        // Without a session cookie the proxy refuses before the body is read: 401, text `unauthenticated`.
        const refusedByProxy = reply.status === 401 && reply.raw === 'unauthenticated';
        const got = reply.result
          ? reply.result.ok
            ? 'ok'
            : String(reply.result.error)
          : refusedByProxy
            ? 'unauthenticated'
            : `HTTP ${reply.status}`;
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
  const [glossary] = await sql<{ count: string }>(`SELECT count(*) FROM "GlossaryEntry" WHERE id = $1`, [entry?.id]);
  expect(Number(glossary?.count)).toBe(1);

  await signedOut.dispose();
  for (const { context } of Object.values(people)) await context.close();
});
