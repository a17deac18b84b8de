/**
 * The translator's desk against a real PostgreSQL: glossary matching of inflected forms and the missing-term check,
 * translation-memory matches (exact and fuzzy) and the TMX round trip, the XLIFF round trip with formatting, a stale
 * file refused with its units named, hostile XML refused, and machine drafts through a local HTTP server that speaks
 * LibreTranslate's documented protocol.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Create from '@/lib/workspace/articles/create';
import type * as Save from '@/lib/workspace/articles/save';
import type * as Workflow from '@/lib/workspace/articles/workflow';
import type * as Glossary from '@/lib/desk/glossary';
import type * as GlossaryApply from '@/lib/desk/glossary-apply';
import type * as MemorySearch from '@/lib/desk/memory-search';
import type * as Tmx from '@/lib/desk/tmx';
import type * as XliffIo from '@/lib/desk/xliff-io';
import type * as Draft from '@/lib/desk/mt/draft';
import type { TiptapNode } from '@/lib/content/schema';
import { hostileXml } from '../support/hostile-xml';
import { doc, staff, type TestActor } from '../support/staff';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const dbHandle = migratedDatabase();
let m: {
  create: typeof Create;
  save: typeof Save;
  workflow: typeof Workflow;
  glossary: typeof Glossary;
  apply: typeof GlossaryApply;
  search: typeof MemorySearch;
  tmx: typeof Tmx;
  xliff: typeof XliffIo;
  draft: typeof Draft;
};
const db = () => dbHandle.prisma();
let admin: TestActor;
let editor: TestActor;
let translator: TestActor;

/** LibreTranslate's `/translate` as documented: translates text outside tags, leaves `translate="no"` spans alone. */
const mtRequests: { q: string[]; source: string; target: string; format: string }[] = [];
let mtServer: Server;
const dictionary: Record<string, string> = {
  Доклад: 'Hasabat',
  о: '',
  правах: 'hukuklary',
  человека: 'adam',
  Встреча: 'Duşuşyk',
  в: '',
  Женеве: 'Ženewada',
};
function fakeTranslate(html: string): string {
  let protectedDepth = 0;
  const stack: boolean[] = [];
  return html.replace(/<[^>]+>|[^<]+/g, (piece) => {
    if (piece.startsWith('</')) {
      if (stack.pop()) protectedDepth -= 1;
      return piece;
    }
    if (piece.startsWith('<')) {
      const isProtected = /translate="no"/.test(piece);
      stack.push(isProtected);
      if (isProtected) protectedDepth += 1;
      return piece;
    }
    if (protectedDepth > 0) return piece;
    return piece.replace(/[\p{L}]+/gu, (word) => dictionary[word] ?? `tk:${word}`);
  });
}

beforeAll(async () => {
  mtServer = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as (typeof mtRequests)[number];
      mtRequests.push(body);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ translatedText: body.q.map(fakeTranslate) }));
    });
  });
  await new Promise<void>((resolve) => mtServer.listen(0, '127.0.0.1', resolve));
  const port = (mtServer.address() as AddressInfo).port;
  workspaceEnv(dbHandle, { MT_PROVIDER: 'libretranslate', MT_URL: `http://127.0.0.1:${port}` });
  m = {
    create: await import('@/lib/workspace/articles/create'),
    save: await import('@/lib/workspace/articles/save'),
    workflow: await import('@/lib/workspace/articles/workflow'),
    glossary: await import('@/lib/desk/glossary'),
    apply: await import('@/lib/desk/glossary-apply'),
    search: await import('@/lib/desk/memory-search'),
    tmx: await import('@/lib/desk/tmx'),
    xliff: await import('@/lib/desk/xliff-io'),
    draft: await import('@/lib/desk/mt/draft'),
  };
  admin = await staff(db(), 'admin');
  editor = await staff(db(), 'editor');
  translator = await staff(db(), 'translator', ['tk']);
  const entries = [
    { ru: 'ОБСЕ', tk: 'ÝHHG', en: 'OSCE' },
    { ru: 'Туркменский Хельсинкский фонд', tk: 'Türkmen Helsinki Gaznasy', en: 'Turkmenistan Helsinki Foundation' },
    { ru: 'Ашхабад', tk: 'Aşgabat', en: 'Ashgabat' },
  ];
  for (const [index, terms] of entries.entries()) {
    const saved = await m.glossary.saveGlossaryEntry(editor, {
      terms: {
        ru: { term: terms.ru, variants: index === 1 ? ['Хельсинкский фонд'] : [] },
        tk: { term: terms.tk, variants: [] },
        en: { term: terms.en, variants: [] },
      },
      doNotTranslate: false,
      note: '',
    });
    expect(saved.ok).toBe(true);
  }
});

afterAll(async () => {
  await new Promise<void>((resolve) => mtServer.close(() => resolve()));
});

type Body = TiptapNode;
const text = (title: string, body: Body, summary = '') => ({
  title,
  summary,
  body,
  slug: '',
  seoDescription: '',
  coverAlt: '',
});

let articles = 0;
async function article(ru: { title: string; body: Body }, tk?: { title: string; body: Body }) {
  articles += 1;
  const created = await m.create.createArticle(admin, {
    ...text(ru.title, ru.body),
    slug: `statya-${articles}`,
    sourceLocale: 'ru',
    categoryId: null,
    tagIds: [],
    authorIds: [],
    coverMediaId: null,
  });
  if (!created.ok) throw new Error(`fixture: ${JSON.stringify(created)}`);
  if (tk) {
    const saved = await m.save.saveTranslation(admin, {
      articleId: created.articleId,
      locale: 'tk',
      baseVersion: 0,
      minorEdit: false,
      ...text(tk.title, tk.body),
      slug: `makala-${articles}`,
    });
    if (!saved.ok) throw new Error(`fixture: ${JSON.stringify(saved)}`);
  }
  return created.articleId;
}

async function publish(articleId: string, locale: 'ru' | 'tk') {
  const row = await db().articleTranslation.findFirstOrThrow({ where: { articleId, locale } });
  const outcome = await m.workflow.changeStatus(admin, {
    articleId,
    locale,
    transition: 'publish',
    version: row.version,
  });
  expect(outcome.result).toMatchObject({ ok: true, status: 'published' });
}

/** A formatted Russian body: bold, a link, a language mark, and a second paragraph. */
const formatted: Body = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Доклад ' },
        { type: 'text', text: 'ОБСЕ', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' о ' },
        { type: 'text', text: 'правах человека', marks: [{ type: 'link', attrs: { href: 'https://osce.org/' } }] },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Встреча в ' },
        { type: 'text', text: 'Женеве', marks: [{ type: 'italic' }] },
      ],
    },
  ],
};

describe('glossary', () => {
  it('finds inflected and stressed forms in Russian and suffixed forms in Turkmen', async () => {
    const found = await m.apply.findGlossaryTerms(
      text('Доклад ОБСЕ́', doc('Сотрудники Хельсинкского фонда приехали в Ашхабаде.')),
      'ru',
      'tk',
    );
    const renderings = found.hints.map((hint) => hint.rendering).sort();
    expect(renderings).toEqual(['Aşgabat', 'Türkmen Helsinki Gaznasy', 'ÝHHG']);
    expect(found.matches.title?.length).toBe(1);
    const turkmen = await m.apply.findGlossaryTerms(text('Aşgabatda ÝHHG-niň wekilleri', doc('')), 'tk', 'ru');
    expect(turkmen.hints.map((hint) => hint.rendering).sort()).toEqual(['Ашхабад', 'ОБСЕ']);
  });

  it('lists a source term whose rendering the translation lacks, and not once it is there (inflected)', async () => {
    const source = text('Доклад ОБСЕ', doc('Встреча в Ашхабаде.'));
    const missing = await m.apply.missingGlossaryTerms(source, text('Hasabat', doc('Duşuşyk Aşgabatda.')), 'ru', 'tk');
    expect(missing.map((term) => term.rendering)).toEqual(['ÝHHG']);
    const none = await m.apply.missingGlossaryTerms(source, text('ÝHHG-niň hasabaty', doc('Aşgabatda.')), 'ru', 'tk');
    expect(none).toEqual([]);
  });

  it("keeps a translator's proposal out of the matching until an editor approves it", async () => {
    const proposed = await m.glossary.saveGlossaryEntry(translator, {
      terms: { ru: { term: 'Лебап', variants: [] }, tk: { term: 'Lebap', variants: [] } },
      doNotTranslate: false,
      note: '',
    });
    expect(proposed).toMatchObject({ ok: true, status: 'proposed' });
    const before = await m.apply.findGlossaryTerms(text('Новости Лебапа', doc('')), 'ru', 'tk');
    expect(before.hints).toEqual([]);
    if (!proposed.ok) return;
    expect(await m.glossary.reviewGlossaryProposal(editor, { id: proposed.id, decision: 'approve' })).toEqual({
      ok: true,
    });
    const after = await m.apply.findGlossaryTerms(text('Новости Лебапа', doc('')), 'ru', 'tk');
    expect(after.hints.map((hint) => hint.rendering)).toEqual(['Lebap']);
  });

  it('refuses a second approved entry with the same term', async () => {
    const clash = await m.glossary.saveGlossaryEntry(editor, {
      terms: { ru: { term: 'обсе', variants: [] }, en: { term: 'OSCE2', variants: [] } },
      doNotTranslate: false,
      note: '',
    });
    expect(clash).toMatchObject({ ok: false, fieldErrors: { 'term.ru': 'term-taken' } });
  });
});

describe('translation memory', () => {
  const sentence = 'Правозащитники встретились в Женеве с представителями Комитета по правам человека.';
  const translation = 'Hukuk goraýjylar Ženewada Adam hukuklary komitetiniň wekilleri bilen duşuşdylar.';
  let unitsAfterPublish = 0;

  it('offers a sentence translated in one article as an exact match in another, and a near one with a lower score', async () => {
    const first = await article(
      { title: 'Первая статья о встрече', body: doc(sentence, 'Второй абзац без пары.') },
      { title: 'Birinji makala', body: doc(translation, 'Ikinji abzas.') },
    );
    await publish(first, 'ru');
    await publish(first, 'tk');
    unitsAfterPublish = await db().memoryUnit.count();
    expect(unitsAfterPublish).toBeGreaterThan(0);

    const query = { articleId: 'another-article', sourceLocale: 'ru' as const, targetLocale: 'tk' as const };
    const exact = await m.search.memoryMatches(translator, { ...query, text: sentence });
    expect(exact[0]).toMatchObject({ exact: true, score: 100, target: translation, source: sentence });
    expect(exact[0]?.articleTitle).toBe('Первая статья о встрече');

    const near = await m.search.memoryMatches(translator, {
      ...query,
      text: 'Правозащитники встретились в Женеве с представителями Комитета ООН по правам человека.',
    });
    expect(near[0]?.exact).toBe(false);
    expect(near[0]?.score).toBeGreaterThanOrEqual(50);
    expect(near[0]?.score).toBeLessThan(100);
    expect(near[0]?.target).toBe(translation);

    expect(await m.search.memoryMatches(translator, { ...query, text: 'Совсем другой текст про погоду.' })).toEqual([]);
    // The memory does not offer an article its own text.
    expect(await m.search.memoryMatches(translator, { ...query, articleId: first, text: sentence })).toEqual([]);
  });

  it('exports TMX that imports back without changing the memory', async () => {
    const snapshot = async () =>
      (await db().memoryVariant.findMany({ select: { locale: true, text: true, unit: { select: { segment: true } } } }))
        .map((variant) => `${variant.unit.segment}|${variant.locale}|${variant.text}`)
        .sort();
    const before = await snapshot();
    let tmx = '';
    for await (const chunk of m.tmx.exportTmx(translator)) tmx += chunk;
    expect(tmx).toContain('<tmx version="1.4">');
    expect(tmx).toContain(`<seg>${translation}</seg>`);
    const imported = await m.tmx.importTmx(admin, tmx);
    expect(imported).toMatchObject({ ok: true, added: 0 });
    expect(await db().memoryUnit.count()).toBe(unitsAfterPublish);
    expect(await snapshot()).toEqual(before);
  });

  it('imports a CAT tool’s TMX and offers its units', async () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="OmegaT"
 adminlang="EN-US" srclang="RU" datatype="plaintext"/><body>
<tu><tuv xml:lang="RU"><seg>Заключённые лишены права на переписку.</seg></tuv>
<tuv lang="TK"><seg>Tussaglar hat alyşmak hukugyndan mahrum edilýär.</seg></tuv></tu>
<tu><tuv xml:lang="ru"><seg>Одна сторона без перевода.</seg></tuv></tu>
</body></tmx>`;
    expect(await m.tmx.importTmx(admin, tmx)).toMatchObject({ ok: true, added: 1, skipped: 1 });
    const found = await m.search.memoryMatches(translator, {
      articleId: 'x',
      sourceLocale: 'ru',
      targetLocale: 'tk',
      text: 'Заключённые лишены права на переписку.',
    });
    expect(found[0]).toMatchObject({ score: 100, articleTitle: null });
  });

  it('refuses hostile or malformed TMX without touching the memory', async () => {
    const count = await db().memoryUnit.count();
    for (const xml of [hostileXml.externalEntity('tmx'), hostileXml.billionLaughs('tmx'), '<tmx><body>', '<html/>']) {
      const result = await m.tmx.importTmx(admin, xml);
      expect(result.ok).toBe(false);
    }
    expect(await db().memoryUnit.count()).toBe(count);
  });
});

/** Translates every text node of a unit's source (inside inline codes too) and writes it as the unit's target. */
function translateXliff(xml: string, translate: (text: string) => string): string {
  return xml.replace(
    /(<trans-unit[^>]*>)<source>([\s\S]*?)<\/source>(?:<target[^>]*>[\s\S]*?<\/target>)?/g,
    (_all, open: string, source: string) =>
      `${open}<source>${source}</source><target state="translated">${source.replace(/>([^<]+)</g, (_m, t: string) => `>${translate(t)}<`).replace(/^([^<]+)/, (t) => translate(t))}</target>`,
  );
}

describe('XLIFF', () => {
  it('exports one trans-unit per segment with inline codes, and a scripted translation imports with formatting intact', async () => {
    const id = await article({ title: 'Доклад ОБСЕ', body: formatted }, { title: 'Köne', body: doc('Köne.') });
    const exported = await m.xliff.exportXliff(translator, { articleId: id, sourceLocale: 'ru', targetLocale: 'tk' });
    if (!exported.ok) throw new Error(exported.error);

    // Parses as XML with an independent parser: units, inline codes, glossary notes.
    const units: string[] = [];
    let codes = 0;
    let notes = 0;
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (tag) => {
      if (tag.local === 'trans-unit') units.push(String(tag.attributes.id?.value ?? ''));
      if (tag.local === 'g') codes += 1;
      if (tag.local === 'note' && tag.attributes.from?.value === 'glossary') notes += 1;
    });
    parser.write(exported.xml).close();
    expect(units).toEqual(['title', 'body-0', 'body-1']);
    expect(codes).toBeGreaterThanOrEqual(3);
    expect(notes).toBeGreaterThanOrEqual(1);
    expect(exported.xml).toContain('ctype="bold"');
    expect(exported.xml).toContain('ctype="link"');
    expect(exported.xml).toContain('habar:href="https://osce.org/"');

    const translated = translateXliff(exported.xml, (t) => t.toUpperCase());
    const tk = await db().articleTranslation.findFirstOrThrow({ where: { articleId: id, locale: 'tk' } });
    const imported = await m.xliff.importXliff(translator, {
      articleId: id,
      sourceLocale: 'ru',
      targetLocale: 'tk',
      baseVersion: tk.version,
      xml: translated,
    });
    expect(imported).toMatchObject({ ok: true });
    const after = await db().articleTranslation.findFirstOrThrow({ where: { articleId: id, locale: 'tk' } });
    expect(after.title).toBe('ДОКЛАД ОБСЕ');
    expect(after.body).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'ДОКЛАД ' },
            { type: 'text', text: 'ОБСЕ', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' О ' },
            { type: 'text', text: 'ПРАВАХ ЧЕЛОВЕКА', marks: [{ type: 'link', attrs: { href: 'https://osce.org/' } }] },
            { type: 'text', text: '.' },
          ],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'ВСТРЕЧА В ' },
            { type: 'text', text: 'ЖЕНЕВЕ', marks: [{ type: 'italic' }] },
          ],
        },
      ],
    });
  });

  it('round-trips without changes losslessly: exporting the imported file gives the same target', async () => {
    const id = await article({ title: 'Доклад ОБСЕ', body: formatted }, { title: 'ÝHHG hasabaty', body: formatted });
    const first = await m.xliff.exportXliff(editor, { articleId: id, sourceLocale: 'ru', targetLocale: 'tk' });
    if (!first.ok) throw new Error(first.error);
    const tk = await db().articleTranslation.findFirstOrThrow({ where: { articleId: id, locale: 'tk' } });
    const imported = await m.xliff.importXliff(editor, {
      articleId: id,
      sourceLocale: 'ru',
      targetLocale: 'tk',
      baseVersion: tk.version,
      xml: first.xml,
    });
    expect(imported).toMatchObject({ ok: true });
    const after = await db().articleTranslation.findFirstOrThrow({ where: { articleId: id, locale: 'tk' } });
    expect(after.body).toEqual(tk.body);
    expect(after.title).toBe(tk.title);
    const second = await m.xliff.exportXliff(editor, { articleId: id, sourceLocale: 'ru', targetLocale: 'tk' });
    expect(second.ok && second.xml).toBe(first.xml);
  });

  it('refuses a file whose source has changed since, naming the changed segments, and changes nothing', async () => {
    const id = await article({ title: 'Доклад ОБСЕ', body: formatted }, { title: 'Köne', body: doc('Köne.') });
    const exported = await m.xliff.exportXliff(admin, { articleId: id, sourceLocale: 'ru', targetLocale: 'tk' });
    if (!exported.ok) throw new Error(exported.error);
    const ru = await db().articleTranslation.findFirstOrThrow({ where: { articleId: id, locale: 'ru' } });
    const changedBody = structuredClone(formatted);
    const second = changedBody.content?.[1]?.content;
    if (second) second[0] = { type: 'text', text: 'Встреча в Варшаве и ' };
    const edited = await m.save.saveTranslation(admin, {
      articleId: id,
      locale: 'ru',
      baseVersion: ru.version,
      minorEdit: false,
      ...text('Доклад ОБСЕ', changedBody),
    });
    expect(edited.ok).toBe(true);
    const tk = await db().articleTranslation.findFirstOrThrow({ where: { articleId: id, locale: 'tk' } });
    const result = await m.xliff.importXliff(admin, {
      articleId: id,
      sourceLocale: 'ru',
      targetLocale: 'tk',
      baseVersion: tk.version,
      xml: translateXliff(exported.xml, (t) => t.toUpperCase()),
    });
    expect(result).toEqual({ ok: false, error: 'xliff-source-changed', units: ['body-1'] });
    const unchanged = await db().articleTranslation.findFirstOrThrow({ where: { articleId: id, locale: 'tk' } });
    expect(unchanged.version).toBe(tk.version);
    expect(unchanged.title).toBe('Köne');
  });

  it('refuses hostile XML, another article’s file, another language pair and unknown inline codes', async () => {
    const id = await article({ title: 'Доклад ОБСЕ', body: formatted }, { title: 'Köne', body: doc('Köne.') });
    const other = await article({ title: 'Другая статья', body: doc('Текст.') });
    const exported = await m.xliff.exportXliff(admin, { articleId: id, sourceLocale: 'ru', targetLocale: 'tk' });
    if (!exported.ok) throw new Error(exported.error);
    const tk = await db().articleTranslation.findFirstOrThrow({ where: { articleId: id, locale: 'tk' } });
    const attempt = (xml: string, articleId = id, targetLocale: 'tk' | 'en' = 'tk') =>
      m.xliff.importXliff(admin, { articleId, sourceLocale: 'ru', targetLocale, baseVersion: tk.version, xml });
    expect(await attempt(hostileXml.externalEntity('xliff'))).toMatchObject({ ok: false, error: 'xml-doctype' });
    expect(await attempt(hostileXml.billionLaughs('xliff'))).toMatchObject({ ok: false, error: 'xml-doctype' });
    expect(await attempt(hostileXml.deep(10_000))).toMatchObject({ ok: false, error: 'xml-too-deep' });
    expect(await attempt('<xliff version="1.2"><file')).toMatchObject({ ok: false, error: 'xml-malformed' });
    expect(await attempt('<html><body/></html>')).toMatchObject({ ok: false, error: 'xliff-not-xliff' });
    expect(await attempt(exported.xml, other)).toMatchObject({ ok: false, error: 'xliff-wrong-article' });
    expect(await attempt(exported.xml, id, 'en')).toMatchObject({ ok: false, error: 'xliff-wrong-language' });
    const badCode = translateXliff(exported.xml, (t) => t).replace(
      /<target state="translated">/,
      '<target state="translated"><g id="99" ctype="x-script">',
    );
    expect((await attempt(badCode)).ok).toBe(false);
    const after = await db().articleTranslation.findFirstOrThrow({ where: { articleId: id, locale: 'tk' } });
    expect(after.version).toBe(tk.version);
  });
});

describe('machine-translated drafts', () => {
  it('fills empty target blocks through the provider, keeping marks and glossary renderings, and marks the draft', async () => {
    const id = await article({ title: 'Доклад ОБСЕ', body: formatted });
    mtRequests.length = 0;
    const drafted = await m.draft.machineDraft(translator, { articleId: id, locale: 'tk', baseVersion: 0 });
    expect(drafted).toMatchObject({ ok: true });
    expect(mtRequests.length).toBeGreaterThan(0);
    expect(mtRequests.every((request) => request.source === 'ru' && request.target === 'tk')).toBe(true);
    expect(mtRequests.every((request) => request.format === 'html')).toBe(true);
    // The glossary rendering went out protected from translation.
    expect(mtRequests.flatMap((request) => request.q).join(' ')).toContain('translate="no"');

    const tk = await db().articleTranslation.findFirstOrThrow({
      where: { articleId: id, locale: 'tk' },
      include: { machineDraft: true },
    });
    expect(tk.title).toBe('Hasabat ÝHHG');
    const first = (tk.body as { content: { content: { text: string; marks?: { type: string }[] }[] }[] }).content[0];
    expect(first?.content.find((node) => node.text === 'ÝHHG')?.marks).toEqual([{ type: 'bold' }]);
    expect(first?.content.some((node) => node.marks?.some((mark) => mark.type === 'link'))).toBe(true);
    expect(tk.machineDraft?.provider).toBe('libretranslate');
    const segments = tk.machineDraft?.segments as { key: string }[];
    expect(segments.map((segment) => segment.key).sort()).toEqual(['body:0', 'body:1', 'title']);

    // Nothing left to draft: every block has text now; no request goes out.
    mtRequests.length = 0;
    expect(await m.draft.machineDraft(translator, { articleId: id, locale: 'tk', baseVersion: tk.version })).toEqual({
      ok: false,
      error: 'mt-nothing-to-draft',
    });
    expect(mtRequests).toEqual([]);

    // A person edits every drafted segment: the translation is no longer machine-drafted.
    const edited = await m.save.saveTranslation(translator, {
      articleId: id,
      locale: 'tk',
      baseVersion: tk.version,
      minorEdit: false,
      ...text('ÝHHG-niň hasabaty', doc('Adam hukuklary barada ÝHHG-niň hasabaty.', 'Ženewadaky duşuşyk.')),
    });
    expect(edited.ok).toBe(true);
    await m.draft.settleMachineDraft(id, 'tk');
    expect(await db().machineDraft.count({ where: { translationId: tk.id } })).toBe(0);
  });
});
