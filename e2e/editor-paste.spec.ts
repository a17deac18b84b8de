import { expect, test, type Page } from '@playwright/test';
import { sql } from './support';
import { createStaff, signedIn } from './workspace-support';

/** Pasting from Word and Google Docs keeps the structure (headings, lists, links, emphasis, tables) and drops styles. */
const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0;font-family:Calibri}</style></head>
<body><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->
<h2 style="margin-top:12pt;font-family:Cambria;color:#365F91">Отчёт о свободе передвижения<o:p></o:p></h2>
<p class="MsoNormal" style="margin:0;font-size:11pt"><span lang="RU" style="font-family:Calibri">Граждан <b style="mso-bidi-font-weight:normal">не выпускают</b> за границу, <i>без объяснений</i>.</span><o:p></o:p></p>
<ul style="margin-top:0"><li class="MsoListParagraph" style="mso-list:l0 level1 lfo1">Первый пункт</li><li style="color:red">Второй <span lang="EN-US">pункт in English</span></li></ul>
<table class="MsoTableGrid" style="border-collapse:collapse;width:100%"><tr><td style="width:50%;border:solid windowtext 1pt">A</td><td>B</td></tr></table>
<p><a href="https://www.osce.org/" style="color:blue" target="_blank" class="x">ОБСЕ</a></p></body></html>`;

const docs = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><h3 dir="ltr" style="line-height:1.38;margin-top:16pt"><span style="font-size:13pt;font-family:Arial;color:#434343;font-weight:400">Из Google Docs</span></h3><ol style="margin-top:0;margin-bottom:0"><li dir="ltr" style="list-style-type:decimal"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-weight:700">Жирный</span><span style="font-size:11pt"> пункт</span></p></li></ol></b>`;

async function paste(page: Page, html: string) {
  await page.getByRole('textbox', { name: 'Body' }).evaluate((element, content) => {
    const data = new DataTransfer();
    data.setData('text/html', content);
    data.setData('text/plain', content.replace(/<[^>]+>/g, ''));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

test('paste from Word and Google Docs keeps structure and drops styles', async ({ browser }) => {
  const editor = await createStaff('editor');
  const { page, context } = await signedIn(browser, editor);
  await page.goto('/admin/articles/new');
  await page.getByLabel('Русский').check();
  await page.getByLabel('Title').fill('Вставка из Word');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await paste(page, word);
  // A new empty paragraph, so the second paste starts a block of its own instead of joining the last line.
  await page.keyboard.press('Enter');
  await paste(page, docs);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/translate\/ru$/);

  const [row] = await sql<{ body: string; html: string }>(
    `SELECT t.body::text AS body, t."bodyHtml" AS html FROM "ArticleTranslation" t JOIN "Article" a ON a.id = t."articleId"
      WHERE a."createdById" = $1`,
    [editor.id],
  );
  const html = row?.html ?? '';
  expect(html).toContain('<h2>Отчёт о свободе передвижения</h2>');
  expect(html).toMatch(/<strong>не выпускают<\/strong>/);
  expect(html).toMatch(/<em>без объяснений<\/em>/);
  expect(html).toMatch(/<ul><li><p>Первый пункт<\/p><\/li>/);
  expect(html).toContain('<span lang="en-US">');
  expect(html).toMatch(/<table><tbody><tr><td[^>]*><p>A<\/p><\/td>/);
  expect(html).toMatch(/<a [^>]*href="https:\/\/www\.osce\.org\/"[^>]*>ОБСЕ<\/a>/);
  expect(html).toContain('<h3>Из Google Docs</h3>');
  expect(html).toMatch(/<ol><li><p><strong>Жирный<\/strong> пункт<\/p><\/li><\/ol>/);
  // Styles, classes, Word's own language tag for Russian text and Office markup are gone.
  expect(html).not.toMatch(/style=|class=|Mso|o:p|lang="RU"|target=|docs-internal/i);
  expect(row?.body).not.toMatch(/style|Mso|font-family/i);
  await context.close();
});
