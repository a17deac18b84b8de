import { expect, test } from '@playwright/test';
import { hostileDocuments, hostileHtml } from '../tests/support/hostile-payloads';
import { sql } from './support';
import {
  bodyEditor,
  clickSave,
  expectInert,
  expectInertPage,
  move,
  moveToTrash,
  openTranslation,
  pasteHtml,
  publicReader,
  save,
  saveOverHttp,
  saveState,
  translationRow,
  uniqueTag,
  watchDialogs,
  writeArticle,
  type Locale,
} from './editorial-support';
import { createStaff, signedIn } from './workspace-support';

/**
 * Hostile rich text through both ways into a body: 900 Tiptap documents posted to the save action over HTTP (as a
 * browser would, with the editor's session), and 240 HTML payloads pasted into the body editor. What the editor makes of
 * a paste holds nothing that could run; whatever is stored is published and read in Chromium: no dialog opens, and
 * the page holds no script, handler or scripting URL, and nothing was even blocked by its policy.
 */

const DOCUMENTS = 900;
const PASTES = 240;
const PASTES_PER_ROUND = 30;

/** The validator's code in a refusal (zod refuses a body that is not an object before the validator sees it). */
function outcomeOf(result: { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string> }) {
  if (result.ok) return 'ok';
  if (result.error !== 'invalid') return result.error;
  return (result.fieldErrors?.body ?? JSON.stringify(result.fieldErrors)).replace(/^body-/, '');
}
const sameOutcome = (expected: string, got: string) =>
  expected === got || (expected === 'not-a-document' && got === 'invalid');

test(`${DOCUMENTS} hostile bodies posted to the save action: each refused with its reason or stored, and the published pages run nothing`, async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const origin = baseURL ?? '';
  const tag = uniqueTag();
  const { context, page } = await signedIn(browser, await createStaff('editor'));
  const workspaceDialogs = await watchDialogs(page);
  const id = await writeArticle(page, 'en', { title: `Hostile bodies ${tag}`, body: 'Start.' });

  // Three languages, three chains of saves side by side; each save names the version the chain last stored.
  const locales: Locale[] = ['en', 'ru', 'tk'];
  const version: Record<Locale, number> = { en: 1, ru: 0, tk: 0 };
  const stored: Record<Locale, { content: unknown[] }[]> = { en: [], ru: [], tk: [] };
  const documents = hostileDocuments(DOCUMENTS, 20260706);
  const findings: string[] = [];
  const outcomes: Record<string, number> = {};
  const title = (locale: Locale) => `Hostile ${locale} ${tag}`;
  await Promise.all(
    locales.map(async (locale, chain) => {
      // Consecutive thirds of the list, so that every chain meets every kind of payload.
      const share = Math.ceil(documents.length / locales.length);
      for (let index = chain * share; index < Math.min(documents.length, (chain + 1) * share); index++) {
        const payload = documents[index] as (typeof documents)[number];
        const answer = await saveOverHttp(context.request, origin, {
          articleId: id,
          locale,
          baseVersion: version[locale],
          title: title(locale),
          body: payload.doc,
        });
        const result = answer.result;
        if (!result) {
          // Nesting thousands of levels deep overflows React's own decoding of the request (reviveModel recurses)
          // before the action runs: Next answers 500 with an error digest and nothing else, and the text is not
          // stored. Anything else without a result is a finding.
          const decoderRefusal = /^0:\{[^\n]*\}\n1:E\{"digest":"\d+"\}\n?$/.test(answer.raw);
          if (payload.expect === 'too-deep' && answer.status === 500 && decoderRefusal) {
            outcomes['too-deep (request decoding)'] = (outcomes['too-deep (request decoding)'] ?? 0) + 1;
          } else findings.push(`${payload.label}: HTTP ${answer.status} without a result: ${answer.raw.slice(0, 300)}`);
          continue;
        }
        const outcome = outcomeOf(result);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        if (payload.expect && !sameOutcome(payload.expect, outcome)) {
          findings.push(`${payload.label}: expected ${payload.expect}, got ${outcome}`);
        }
        if (result.ok) {
          version[locale] = result.version;
          stored[locale].push(payload.doc as { content: unknown[] });
        } else if (result.error !== 'invalid') findings.push(`${payload.label}: refused with ${result.error}`);
      }
    }),
  );
  console.log(`[fuzz] ${DOCUMENTS} bodies over HTTP: ${JSON.stringify(outcomes)}`);
  expect(findings).toEqual([]);
  expect(outcomes.ok ?? 0).toBeGreaterThan(DOCUMENTS / 10);
  expect(Object.keys(outcomes).length).toBeGreaterThan(5);

  // Every accepted body is a revision; then each language gets all its accepted bodies at once, and is published.
  const markers = {} as Record<Locale, string>;
  for (const locale of locales) {
    const [revisions] = await sql<{ count: string }>(
      `SELECT count(*) FROM "Revision" r JOIN "ArticleTranslation" t ON t.id = r."translationId"
        WHERE t."articleId" = $1 AND t.locale = $2::"Locale"`,
      [id, locale],
    );
    expect(Number(revisions?.count)).toBe(stored[locale].length + (locale === 'en' ? 1 : 0));
    markers[locale] = `Everything accepted in ${locale} ${tag}`;
    const all = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: markers[locale] }] },
        ...stored[locale].flatMap((doc) => doc.content),
      ],
    };
    const answer = await saveOverHttp(context.request, origin, {
      articleId: id,
      locale,
      baseVersion: version[locale],
      title: title(locale),
      body: all,
    });
    expect(answer.result, `all accepted ${locale} bodies at once`).toMatchObject({ ok: true });
    await openTranslation(page, id, locale, locale === 'en' ? undefined : 'en');
    await expect(bodyEditor(page)).toContainText(markers[locale]);
    await move(page, 'Publish', 'published');
  }
  expect(workspaceDialogs).toEqual([]);

  const visitor = await publicReader(browser);
  for (const locale of locales) {
    const slug = (await translationRow(id, locale))?.slug ?? '';
    const response = await visitor.page.goto(`/${locale}/articles/${slug}`);
    expect(response?.status()).toBe(200);
    const main = visitor.page.getByRole('main');
    await expect(main).toContainText(markers[locale]);
    // Script-like text is shown as text.
    await expect(main).toContainText('alert(1)');
    await expectInertPage(visitor.page);
  }
  expect(visitor.dialogs).toEqual([]);
  await visitor.context.close();
  // Its images point at media that does not exist: nothing of it stays published for the tests after this one.
  await moveToTrash(page, id);
  for (const locale of locales) {
    const slug = (await translationRow(id, locale))?.slug ?? '';
    expect((await page.request.get(`/${locale}/articles/${slug}`)).status()).toBe(404);
  }
  await context.close();
});

test(`${PASTES} hostile HTML pastes leave the body editor inert: no dialog, handler, active element or scripting URL`, async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const { context, page } = await signedIn(browser, await createStaff('editor'));
  const dialogs = await watchDialogs(page);
  await writeArticle(page, 'en', { title: `Pasted into the editor ${uniqueTag()}`, body: 'Start.' });
  const editor = bodyEditor(page);
  const payloads = hostileHtml(PASTES, 20260708);
  for (let round = 0; round * PASTES_PER_ROUND < payloads.length; round++) {
    const marker = `Round ${round + 1}`;
    await editor.fill(marker);
    for (const payload of payloads.slice(round * PASTES_PER_ROUND, (round + 1) * PASTES_PER_ROUND)) {
      await pasteHtml(editor, payload.html);
    }
    await expect(editor).toContainText(marker);
    await expect(editor).not.toHaveText(marker);
    await expectInert(editor);
  }
  expect(dialogs).toEqual([]);
  await context.close();
});

// Pastes go all the way: saved, published, read by Chromium on the public site.
test(`${PASTES} hostile HTML pastes into the body editor: saved, published, and the public page runs nothing`, async ({
  browser,
  request,
}) => {
  test.setTimeout(600_000);
  const tag = uniqueTag();
  const { context, page } = await signedIn(browser, await createStaff('editor'));
  const workspaceDialogs = await watchDialogs(page);
  const id = await writeArticle(page, 'en', { title: `Hostile pastes ${tag}`, body: 'Start.' });
  const editor = bodyEditor(page);
  const payloads = hostileHtml(PASTES, 20260707);
  // One in twenty nests 50 to 3,000 levels deep: kept apart (below), since nesting past the server's limit may be
  // refused rather than flattened.
  const deep = payloads.filter((_, index) => index % 20 === 19);
  const flat = payloads.filter((_, index) => index % 20 !== 19);
  let url = '';

  /**
   * The public page shows the body saved last. The server rebuilds it after the save (a reader may get the previous
   * one first), and a browser keeps a page for its max-age: poll without a cache, then read it in a fresh browser.
   */
  const readerDialogs: string[] = [];
  const expectPublic = async (marker: string) => {
    await expect
      .poll(async () => (await request.get(url)).text(), { timeout: 30_000, intervals: [500, 1_000] })
      .toContain(marker);
    const visitor = await publicReader(browser);
    const response = await visitor.page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(visitor.page.getByRole('main')).toContainText(marker);
    await expectInertPage(visitor.page);
    readerDialogs.push(...visitor.dialogs);
    await visitor.context.close();
  };

  for (let round = 0; round * PASTES_PER_ROUND < flat.length; round++) {
    const marker = `Round ${round + 1} ${tag}`;
    await editor.fill(marker);
    for (const payload of flat.slice(round * PASTES_PER_ROUND, (round + 1) * PASTES_PER_ROUND)) {
      await pasteHtml(editor, payload.html);
    }
    await expect(editor).toContainText(marker);
    await save(page);
    // Once live, a save is a change readers see only when it is published (decision 012).
    if (round === 0) {
      await move(page, 'Publish', 'published');
      url = `/en/articles/${(await translationRow(id, 'en'))?.slug ?? ''}`;
    } else await move(page, 'Publish changes', 'published');
    await expectPublic(marker);
  }

  // Deep nesting, one paste at a time: saved, or refused as too deep with the text still in the editor.
  let refusedAsTooDeep = 0;
  for (const [index, payload] of deep.entries()) {
    const marker = `Deep ${index + 1} ${tag}`;
    await editor.fill(marker);
    await pasteHtml(editor, payload.html);
    await clickSave(page);
    await expect(saveState(page)).toHaveText(/^(Changes saved at |Unsaved changes Some fields need attention\.)/);
    if ((await saveState(page).textContent())?.startsWith('Changes saved at')) {
      await move(page, 'Publish changes', 'published');
      await expectPublic(marker);
    } else {
      refusedAsTooDeep++;
      await expect(page.getByText('The body is nested too deeply.', { exact: true })).toBeVisible();
      await expect(editor).toContainText(marker);
    }
  }
  console.log(`[fuzz] ${PASTES} pastes: ${deep.length} deeply nested, ${refusedAsTooDeep} of them refused as too deep`);
  expect(workspaceDialogs).toEqual([]);
  expect(readerDialogs).toEqual([]);
  await moveToTrash(page, id);
  await context.close();
});
