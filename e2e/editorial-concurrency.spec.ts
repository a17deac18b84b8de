import { expect, test } from '@playwright/test';
import {
  CONFLICT_HEADING,
  bodyEditor,
  fillText,
  openTranslation,
  save,
  saveState,
  titleField,
  translationRow,
  uniqueTag,
  writeArticle,
} from './editorial-support';
import { createStaff, signedIn } from './workspace-support';

/**
 * Two people at once: on the same language, the later save is refused with what the other changed and the user's
 * text stays in the form until they choose; on two languages of one article, nobody waits for or overwrites anybody.
 */

test('two editors on one translation: the later save is refused with the conflict, their text stays, and "Save my text over theirs" saves it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const tag = uniqueTag();
  const firstStaff = await createStaff('editor');
  const first = await signedIn(browser, firstStaff);
  const second = await signedIn(browser, await createStaff('editor'));
  const id = await writeArticle(first.page, 'en', { title: `Shared draft ${tag}`, body: 'The original text.' });
  await openTranslation(first.page, id, 'en');
  await openTranslation(second.page, id, 'en');
  await expect(titleField(second.page)).toHaveValue(`Shared draft ${tag}`);

  const theirs = { title: `The first editor's title ${tag}`, body: 'Text by the first editor.' };
  const mine = { title: `The second editor's title ${tag}`, body: 'Text by the second editor.' };
  await fillText(first.page, theirs);
  await fillText(second.page, mine);
  await save(first.page);
  expect(await translationRow(id, 'en')).toMatchObject({ title: theirs.title });

  await second.page.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = second.page.getByRole('alert', { name: CONFLICT_HEADING });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(`${firstStaff.displayName} saved a newer version`);
  await expect(conflict.getByRole('term')).toHaveText(['Title', 'Body']);
  await expect(conflict.getByRole('insertion').filter({ hasText: 'first' })).not.toHaveCount(0);
  // Nothing was overwritten, on either side.
  await expect(titleField(second.page)).toHaveValue(mine.title);
  await expect(bodyEditor(second.page)).toHaveText(mine.body);
  expect(await translationRow(id, 'en')).toMatchObject({ title: theirs.title });

  const before = (await translationRow(id, 'en'))?.version ?? 0;
  await conflict.getByRole('button', { name: 'Save my text over theirs' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(saveState(second.page)).toHaveText(/^Saved at /);
  expect(await translationRow(id, 'en')).toMatchObject({ title: mine.title, version: before + 1 });
  await expect(titleField(second.page)).toHaveValue(mine.title);

  await first.page.reload();
  await expect(titleField(first.page)).toHaveValue(mine.title);
  await expect(bodyEditor(first.page)).toHaveText(mine.body);
  await first.context.close();
  await second.context.close();
});

test('a translator on Turkmen and an editor on English of one article save at the same moments, and neither is refused', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const tag = uniqueTag();
  const editor = await signedIn(browser, await createStaff('editor'));
  const translator = await signedIn(browser, await createStaff('translator', ['tk']));
  const id = await writeArticle(editor.page, 'ru', { title: `Общая статья ${tag}`, body: 'Исходный текст.' });
  await openTranslation(translator.page, id, 'tk', 'ru');
  await openTranslation(editor.page, id, 'en', 'ru');

  for (const round of [1, 2, 3]) {
    await fillText(translator.page, { title: `Umumy makala ${round} ${tag}`, body: `Türkmen tekst ${round}.` });
    await fillText(editor.page, { title: `Shared article ${round} ${tag}`, body: `English text ${round}.` });
    await Promise.all([save(translator.page), save(editor.page)]);
  }
  for (const page of [translator.page, editor.page]) {
    await expect(page.getByRole('alert', { name: CONFLICT_HEADING })).toHaveCount(0);
  }
  expect(await translationRow(id, 'tk')).toMatchObject({ title: `Umumy makala 3 ${tag}`, status: 'draft' });
  expect(await translationRow(id, 'en')).toMatchObject({ title: `Shared article 3 ${tag}`, status: 'draft' });
  expect(await translationRow(id, 'ru')).toMatchObject({ title: `Общая статья ${tag}`, version: 1 });

  await editor.context.close();
  await translator.context.close();
});
