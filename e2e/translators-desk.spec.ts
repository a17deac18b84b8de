import { expect, test } from '@playwright/test';
import {
  bodyEditor,
  move,
  moveToTrash,
  openTranslation,
  save,
  titleField,
  uniqueTag,
  workflowStatus,
  writeArticle,
} from './editorial-support';
import { createStaff, signedIn } from './workspace-support';

/**
 * A translator at the desk (issue 17): the demo glossary's ОБСЕ is highlighted in the Russian source with its Turkmen
 * rendering, submitting a translation without it brings the glossary warning, and a sentence translated and published
 * in one article is offered in another as an exact match (100%), a near-identical one with a lower score; Insert
 * puts the match into the translation.
 */
test('a translator sees glossary renderings, is warned of a missing one, and inserts memory matches', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const tag = uniqueTag();
  const sentence = `Делегация ОБСЕ посетила тюрьму Овадан-Депе в прошлом месяце ${tag}.`;
  const near = `Делегация ОБСЕ посетила тюрьму Овадан-Депе в прошлом году ${tag}.`;
  const translated = `ÝHHG-niň wekiliýeti geçen aý Owadandepe türmesine baryp gördi ${tag}.`;

  // An editor publishes the first article in Russian and Turkmen: the pair goes into the memory.
  const editor = await signedIn(browser, await createStaff('editor'));
  const first = await writeArticle(editor.page, 'ru', { title: `Визит делегации ${tag}`, body: sentence });
  await move(editor.page, 'Publish', 'published');
  await openTranslation(editor.page, first, 'tk', 'ru');
  await titleField(editor.page).fill(`Wekiliýetiň sapary ${tag}`);
  await bodyEditor(editor.page).fill(translated);
  await save(editor.page);
  await move(editor.page, 'Publish', 'published');

  // The second article repeats the sentence, then a near-identical one.
  const second = await writeArticle(editor.page, 'ru', { title: `Новый доклад ОБСЕ ${tag}`, body: sentence });
  await bodyEditor(editor.page).click();
  await editor.page.keyboard.press('End');
  await editor.page.keyboard.press('Enter');
  await editor.page.keyboard.type(near);
  await save(editor.page);

  const translator = await signedIn(browser, await createStaff('translator'));
  const { page } = translator;
  await openTranslation(page, second, 'tk', 'ru');
  // Machine translation is off unless the organisation configures a provider: no button, nothing sent.
  await expect(page.getByRole('button', { name: 'Draft with machine translation' })).toHaveCount(0);

  // The glossary: ОБСЕ highlighted in the source with its Turkmen rendering, and listed beside it.
  const highlighted = page.locator('.source-body-editor .glossary-term', { hasText: 'ОБСЕ' }).first();
  await expect(highlighted).toHaveAttribute('title', /ÝHHG/);
  await expect(page.getByRole('region', { name: 'Glossary terms in the source' })).toContainText('ÝHHG');

  // A translation without the rendering: submitting brings the warning, which does not block.
  await titleField(page).fill(`Täze hasabat ${tag}`);
  await bodyEditor(page).fill(`Wekiliýet türmä baryp gördi ${tag}.`);
  await save(page);
  await page.getByRole('region', { name: 'Publication' }).getByRole('button', { name: 'Submit for review' }).click();
  const warning = page.getByRole('dialog', { name: 'Before you submit' });
  await expect(warning).toContainText('ОБСЕ');
  await expect(warning).toContainText('ÝHHG');
  await warning.getByRole('button', { name: 'Not now' }).click();
  await expect(warning).toBeHidden();

  // The memory: the cursor in the first block offers the exact match; Insert puts it in.
  const memory = page.getByRole('region', { name: 'Translation memory' });
  await bodyEditor(page).fill('');
  await bodyEditor(page).click();
  const exact = memory.getByRole('listitem').filter({ hasText: 'Exact match (100%)' });
  await expect(exact).toContainText(translated, { timeout: 20_000 });
  await expect(exact).toContainText(`from “Визит делегации ${tag}”`);
  await exact.getByRole('button', { name: 'Insert' }).click();
  await expect(bodyEditor(page)).toContainText(translated);

  // The next block: the near-identical sentence gets the same translation with a lower score.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const fuzzy = memory.getByRole('listitem').filter({ hasText: translated });
  await expect(fuzzy).toContainText(/\b([5-9]\d)% match/, { timeout: 20_000 });
  await expect(memory).not.toContainText('Exact match (100%)');
  await fuzzy.getByRole('button', { name: 'Insert' }).click();
  await expect(bodyEditor(page).locator('p')).toHaveCount(2);
  await expect(bodyEditor(page).locator('p').nth(1)).toHaveText(translated);

  // With the rendering in place, submitting goes through without the warning.
  await save(page);
  await page.getByRole('region', { name: 'Publication' }).getByRole('button', { name: 'Submit for review' }).click();
  await expect(workflowStatus(page)).toHaveText(/^Status: in review/);
  await expect(warning).toBeHidden();

  await moveToTrash(editor.page, first);
  await moveToTrash(editor.page, second);
  await translator.context.close();
  await editor.context.close();
});
