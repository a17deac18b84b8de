import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  OUTDATED_HEADING,
  bodyEditor,
  fillText,
  move,
  moveToTrash,
  openTranslation,
  publishCheck,
  save,
  saveState,
  translationRow,
  uniqueTag,
  workflowStatus,
  writeArticle,
} from './editorial-support';
import { sql } from './support';
import { createStaff, signedIn } from './workspace-support';

/**
 * Published text changes only when someone publishes the change (decision 012), and is then seen at once (decision
 * 013): typing into a published article reaches no reader, "Publish changes" reaches the very next one; a translator
 * updates a live translation for an editor to publish; the publish check says what is missing; times carry zones.
 */

/** What the very next reader gets at `path`: the body of a plain request (no browser cache, no cookie). */
async function firstRequest(request: APIRequestContext, path: string): Promise<{ status: number; text: string }> {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), text: await response.text() };
}

/** The public article, its lite twin and the language's feed, each as its next reader gets it. */
async function publicTexts(request: APIRequestContext, locale: string, slug: string): Promise<string[]> {
  const paths = [`/${locale}/articles/${slug}`, `/${locale}/lite/articles/${slug}`, `/${locale}/feed.xml`];
  return Promise.all(paths.map(async (path) => (await firstRequest(request, path)).text));
}

/** Autosave (three seconds after typing stops) answered: the changes are kept, not published. */
const changesSaved = (page: Page) =>
  expect(saveState(page)).toHaveText(/^Changes saved at .* \(not published\)$/, { timeout: 20_000 });

test('typing into a published article reaches no reader; Publish changes reaches the very next one; Discard returns to the live text', async ({
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  const tag = uniqueTag();
  const { context, page } = await signedIn(browser, await createStaff('editor'));
  const live = `Живой доклад ${tag}`;
  const id = await writeArticle(page, 'ru', {
    title: live,
    summary: 'Опубликованная аннотация.',
    body: 'Опубликованный абзац.',
  });
  await move(page, 'Publish', 'published');
  const slug = (await translationRow(id, 'ru'))?.slug ?? '';
  for (const text of await publicTexts(request, 'ru', slug)) expect(text).toContain(live);

  // Half a sentence typed into the live article, and no button pressed: autosave keeps it as changes.
  const half = `НЕДОПИСАННЫЙ ЧЕРНОВИК абзаца ${tag}`;
  await bodyEditor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(` ${half}`);
  await changesSaved(page);
  await page.waitForTimeout(15_000);
  for (const text of await publicTexts(request, 'ru', slug)) expect(text).not.toContain(half);
  await expect(workflowStatus(page)).toHaveText('Status: published, with unpublished changes');
  expect(await translationRow(id, 'ru')).toMatchObject({ status: 'published', version: 1 });

  // Publish changes: the check shows what changes, and the very next request to each page has the new text.
  await page.getByRole('region', { name: 'Publication' }).getByRole('button', { name: 'Publish changes' }).click();
  await expect(publishCheck(page).getByRole('heading', { name: 'What changes for readers' })).toBeVisible();
  expect((await publishCheck(page).getByRole('insertion').allTextContents()).join(' ')).toContain('НЕДОПИСАННЫЙ');
  await publishCheck(page).getByRole('button', { name: 'Publish the changes now' }).click();
  await expect(workflowStatus(page)).toHaveText('Status: published');
  for (const text of await publicTexts(request, 'ru', slug)) expect(text).toContain(half);

  // Another change, then Discard: the editor shows the live text again, and readers never saw the discarded one.
  const discarded = `ОТМЕНЁННАЯ ПРАВКА ${tag}`;
  await bodyEditor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(` ${discarded}`);
  await changesSaved(page);
  await page.getByText('Discard the unpublished changes…').click();
  await page.getByRole('button', { name: 'Discard changes', exact: true }).click();
  await expect(bodyEditor(page)).toContainText(half);
  await expect(bodyEditor(page)).not.toContainText(discarded);
  await expect(workflowStatus(page)).toHaveText('Status: published');
  for (const text of await publicTexts(request, 'ru', slug)) expect(text).not.toContain(discarded);

  await moveToTrash(page, id);
  await context.close();
});

test('a tk translator updates an outdated published Turkmen translation and submits it; readers see it only once an editor publishes it', async ({
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  const tag = uniqueTag();
  const editor = await signedIn(browser, await createStaff('editor'));
  const translator = await signedIn(browser, await createStaff('translator', ['tk']));
  const id = await writeArticle(editor.page, 'ru', { title: `Источник ${tag}`, body: 'Первая редакция.' });
  await move(editor.page, 'Publish', 'published');
  await openTranslation(translator.page, id, 'tk', 'ru');
  await fillText(translator.page, { title: `Çeşme ${tag}`, body: 'Birinji neşir.' });
  await save(translator.page);
  await openTranslation(editor.page, id, 'tk', 'ru');
  await move(editor.page, 'Publish', 'published');
  const tkSlug = (await translationRow(id, 'tk'))?.slug ?? '';

  // The Russian source changes and its change is published: Turkmen is outdated.
  await openTranslation(editor.page, id, 'ru');
  await fillText(editor.page, { body: 'Вторая редакция: новые сведения.' });
  await changesSaved(editor.page);
  await move(editor.page, 'Publish changes', 'published');

  // The translator sees it is outdated and editable (no refusal after the work is done), updates and submits.
  await openTranslation(translator.page, id, 'tk', 'ru');
  await expect(translator.page.getByRole('region', { name: OUTDATED_HEADING })).toBeVisible();
  await expect(translator.page.getByRole('note').filter({ hasText: 'Readers see the published text' })).toBeVisible();
  const update = `Täzelenen terjime ${tag}`;
  await fillText(translator.page, { body: update });
  await changesSaved(translator.page);
  await move(translator.page, 'Submit changes for review', 'published, with changes in review');
  await expect(translator.page.getByRole('button', { name: 'Publish changes' })).toHaveCount(0);
  expect((await firstRequest(request, `/tk/articles/${tkSlug}`)).text).not.toContain(update);

  // The editor reviews the changes in the publish check and publishes them.
  await openTranslation(editor.page, id, 'tk', 'ru');
  await move(editor.page, 'Publish changes', 'published');
  expect((await firstRequest(request, `/tk/articles/${tkSlug}`)).text).toContain(update);

  await moveToTrash(editor.page, id);
  await editor.context.close();
  await translator.context.close();
});

test('after Publish the very first request lists the article and the feed has it; after Unpublish the first request is a 404', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const tag = uniqueTag();
  const { context, page } = await signedIn(browser, await createStaff('editor'));
  const title = `Fresh report ${tag}`;
  const id = await writeArticle(page, 'en', { title, summary: 'Seen at once.', body: 'Seen at once by every reader.' });
  // The pages are in the cache before the publish (as they are for readers).
  expect((await firstRequest(request, '/en')).text).not.toContain(title);
  expect((await firstRequest(request, '/en/feed.xml')).text).not.toContain(title);
  await move(page, 'Publish', 'published');
  const slug = (await translationRow(id, 'en'))?.slug ?? '';
  expect((await firstRequest(request, '/en')).text).toContain(title);
  expect((await firstRequest(request, '/en/feed.xml')).text).toContain(title);
  expect((await firstRequest(request, `/en/articles/${slug}`)).status).toBe(200);

  await move(page, 'Unpublish', 'unpublished');
  expect((await firstRequest(request, `/en/articles/${slug}`)).status).toBe(404);
  expect((await firstRequest(request, '/en')).text).not.toContain(title);
  expect((await firstRequest(request, '/en/feed.xml')).text).not.toContain(title);

  await moveToTrash(page, id);
  await context.close();
});

test('the publish check lists what is missing before anything goes live, and the preview says it is not published', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const tag = uniqueTag();
  const { context, page } = await signedIn(browser, await createStaff('editor'));
  const id = await writeArticle(page, 'ru', { title: `Без обложки ${tag}`, summary: 'Аннотация.', body: 'Текст.' });
  await openTranslation(page, id, 'en', 'ru');
  await fillText(page, { title: `Nothing but a title ${tag}`, body: 'Some text.' });
  await save(page);
  // A cover without alt text, a category and a tag named only in Russian, and a source changed since: all warned.
  await sql(
    `INSERT INTO "Media" (id, kind, "storagePath", "originalName", "mimeType", "sizeBytes", checksum)
     VALUES ($1, 'image', $2, 'c.webp', 'image/webp', 1, $1)`,
    [`media-${tag}`, `e2e/${tag}.webp`],
  );
  await sql(`INSERT INTO "Category" (id, "updatedAt") VALUES ($1, now())`, [`category-${tag}`]);
  await sql(`INSERT INTO "CategoryTranslation" ("categoryId", locale, name, slug) VALUES ($1, 'ru', $2, $3)`, [
    `category-${tag}`,
    `Рубрика ${tag}`,
    `rubrika-${tag}`,
  ]);
  await sql(`INSERT INTO "Tag" (id, "updatedAt") VALUES ($1, now())`, [`tag-${tag}`]);
  await sql(`INSERT INTO "TagTranslation" ("tagId", locale, name, slug) VALUES ($1, 'ru', $2, $3)`, [
    `tag-${tag}`,
    `Метка ${tag}`,
    `metka-${tag}`,
  ]);
  await sql(`INSERT INTO "ArticleTag" ("articleId", "tagId") VALUES ($1, $2)`, [id, `tag-${tag}`]);
  await sql(`UPDATE "Article" SET "coverMediaId" = $2, "categoryId" = $3 WHERE id = $1`, [
    id,
    `media-${tag}`,
    `category-${tag}`,
  ]);
  await openTranslation(page, id, 'ru');
  await fillText(page, { summary: 'Новая аннотация.' });
  await save(page);

  await openTranslation(page, id, 'en', 'ru');
  await page.getByRole('region', { name: 'Publication' }).getByRole('button', { name: 'Publish', exact: true }).click();
  const check = publishCheck(page);
  await expect(check).toContainText(
    /English goes live at this address: http:\/\/\S+\/en\/articles\/nothing-but-a-title-/,
  );
  await expect(check.getByRole('listitem')).toHaveText([
    'No summary in this language.',
    'No byline: the article has no author.',
    'The cover has no alt text in this language.',
    'No SEO description (search engines will make up their own).',
    'This translation is outdated: the source changed since it was made.',
    `The category has no name in this language: Рубрика ${tag}`,
    `Tags without a name in this language: Метка ${tag}`,
  ]);
  await check.getByRole('button', { name: 'Not now' }).click();
  await expect(check).toHaveCount(0);
  expect(await translationRow(id, 'en')).toMatchObject({ status: 'draft' });

  const preview = await context.newPage();
  await preview.goto(`/admin/preview/${id}/en`);
  await expect(preview.getByRole('status')).toHaveText('Preview: not published. Readers do not see this text.');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(`Nothing but a title ${tag}`);
  await moveToTrash(page, id);
  await context.close();
});

test('scheduled times show with their zone: a user in Berlin sees Berlin times, one in Ashgabat Ashgabat times', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const tag = uniqueTag();
  const berliner = await createStaff('editor');
  await sql(`UPDATE "User" SET "timeZone" = 'Europe/Berlin' WHERE id = $1`, [berliner.id]);
  const berlin = await signedIn(browser, berliner);
  const ashgabat = await signedIn(browser, await createStaff('editor'));
  const title = `Scheduled with a zone ${tag}`;
  const id = await writeArticle(berlin.page, 'en', { title, body: 'Later.' });
  // 10:00 on 4 January next year, typed by the Berlin user: 09:00 UTC, 14:00 in Ashgabat.
  const year = new Date().getUTCFullYear() + 1;
  await expect(berlin.page.getByText('in Europe/Berlin')).toBeVisible();
  await berlin.page.getByLabel('Publish at').fill(`${year}-01-04T10:00`);
  await berlin.page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(publishCheck(berlin.page)).toContainText(/goes live Jan 4, \d{4}, 10:00 AM GMT\+1 at this address/);
  await publishCheck(berlin.page).getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(workflowStatus(berlin.page)).toHaveText(/^Status: scheduled · goes live Jan 4, \d{4}, 10:00 AM GMT\+1$/);
  const [stored] = await sql<{ at: string }>(
    `SELECT to_char("scheduledAt", 'YYYY-MM-DD"T"HH24:MI') AS at FROM "ArticleTranslation" WHERE "articleId" = $1`,
    [id],
  );
  expect(stored?.at).toBe(`${year}-01-04T09:00`);

  for (const [person, expected] of [
    [berlin.page, /goes live Jan 4, \d{4}, 10:00 AM GMT\+1/],
    [ashgabat.page, /goes live Jan 4, \d{4}, 02:00 PM GMT\+5/],
  ] as const) {
    await person.goto(`/admin?q=${encodeURIComponent(title)}`);
    await expect(person.getByRole('row', { name: new RegExp(title) })).toContainText(expected);
    await person.goto(`/admin/articles/${id}`);
    await expect(person.getByRole('row', { name: /^English/ })).toContainText(expected);
  }
  // Cancelling a schedule is its own move, not "Unpublish".
  await openTranslation(berlin.page, id, 'en');
  await expect(berlin.page.getByRole('button', { name: 'Unpublish' })).toHaveCount(0);
  await move(berlin.page, 'Cancel schedule', 'draft');
  await moveToTrash(berlin.page, id);
  await berlin.context.close();
  await ashgabat.context.close();
});
