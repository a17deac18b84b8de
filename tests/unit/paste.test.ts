import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from '@/components/editor/paste';

describe('cleaning HTML pasted from Word and Google Docs', () => {
  it('drops Word conditional comments, o:p paragraphs and embedded style sheets', () => {
    const word =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>' +
      '<body><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->' +
      '<p class="MsoNormal" style="margin:0">Доклад<o:p></o:p></p></body></html>';
    const cleaned = cleanPastedHtml(word, 'ru');
    // Classes and style attributes are dropped later by the schema's parse rules.
    expect(cleaned).not.toMatch(/<style|<o:p|OfficeDocumentSettings|\[if/i);
    expect(cleaned).toContain('Доклад');
  });

  it('removes language tags equal to the text’s language and keeps the others', () => {
    const html =
      '<p><span lang="RU">Текст</span> и <span lang="EN-US">English words</span> и <span lang=tk>söz</span></p>';
    const cleaned = cleanPastedHtml(html, 'ru');
    expect(cleaned).not.toMatch(/lang="RU"/);
    expect(cleaned).toContain('lang="EN-US"');
    expect(cleaned).toContain('lang=tk');
  });

  it('leaves ordinary markup alone', () => {
    const html = '<h2>Title</h2><ul><li>One</li></ul><a href="https://example.org">link</a>';
    expect(cleanPastedHtml(html, 'en')).toBe(html);
  });
});
