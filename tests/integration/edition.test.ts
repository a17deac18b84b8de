/**
 * The public edition on a real database: the data layer's access matrix for the identity settings, home-page pins
 * and page placement (every exported operation × role), and what the public queries make of them: a pin leads only
 * its language's home page, no headline twice, pages stay out of lists, feeds and author pages but in search and the
 * sitemap, author pages list their own articles in their language.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth/permissions';
import type * as Discovery from '@/lib/public/discovery';
import type * as Queries from '@/lib/public/queries';
import type * as Search from '@/lib/public/search';
import type * as Front from '@/lib/workspace/edition/front';
import type * as Identity from '@/lib/workspace/edition/identity';
import { emptyIdentity, type IdentityText, type StoredIdentity } from '@/lib/site/identity';
import { seedDemo } from '@/scripts/db/seed';
import { accessOutcome } from '../support/access';
import { staff, type TestActor } from '../support/staff';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
const uploadsDir = mkdtempSync(path.join(tmpdir(), 'habar-edition-uploads-'));
let identity: typeof Identity;
let front: typeof Front;
let queries: typeof Queries;
let discovery: typeof Discovery;
let search: typeof Search;
const actors = {} as Record<Role, TestActor>;

beforeAll(async () => {
  workspaceEnv(db);
  identity = await import('@/lib/workspace/edition/identity');
  front = await import('@/lib/workspace/edition/front');
  queries = await import('@/lib/public/queries');
  discovery = await import('@/lib/public/discovery');
  search = await import('@/lib/public/search');
  await seedDemo(db.prisma(), { withAccounts: false, demoPassword: 'x', uploadsDir });
  actors.admin = await staff(db.prisma(), 'admin');
  actors.editor = await staff(db.prisma(), 'editor');
  actors.translator = await staff(db.prisma(), 'translator', ['tk']);
});
afterAll(() => rmSync(uploadsDir, { recursive: true, force: true }));

/** The identity without its files: what the settings form sends. */
const textOf = (stored: StoredIdentity): IdentityText => ({
  languages: stored.languages,
  contact: stored.contact,
  mirrors: stored.mirrors,
  socialImageId: stored.socialImageId,
});

const svg = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>',
);

describe('edition data layer access matrix', () => {
  const admins: Role[] = ['admin'];
  const editors: Role[] = ['admin', 'editor'];
  const operations: Record<string, { allowed: Role[]; run: (actor: TestActor) => Promise<unknown> }> = {
    getSiteIdentity: { allowed: admins, run: (actor) => identity.getSiteIdentity(actor) },
    updateSiteIdentity: {
      allowed: admins,
      run: async (actor) => {
        const text = textOf(await identity.getSiteIdentity(actors.admin));
        return identity.updateSiteIdentity(actor, text);
      },
    },
    setBrandImage: { allowed: admins, run: (actor) => identity.setBrandImage(actor, 'icon', svg, uploadsDir) },
    removeBrandImage: { allowed: admins, run: (actor) => identity.removeBrandImage(actor, 'icon') },
    listHomePins: { allowed: editors, run: (actor) => front.listHomePins(actor) },
    setHomePin: { allowed: editors, run: (actor) => front.setHomePin(actor, 'tk', null) },
    listSitePages: { allowed: editors, run: (actor) => front.listSitePages(actor, 'en') },
    updatePagePlacement: {
      allowed: editors,
      run: (actor) => front.updatePagePlacement(actor, 'demo-page-about', { placement: 'masthead', position: 0 }),
    },
  };

  it('covers every exported operation of the identity and front modules', () => {
    const exported = [...Object.entries(identity), ...Object.entries(front)]
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    expect(exported.sort()).toEqual(Object.keys(operations).sort());
  });

  for (const [name, operation] of Object.entries(operations)) {
    for (const role of ['admin', 'editor', 'translator'] as const) {
      const expected = operation.allowed.includes(role) ? 'allowed' : 'forbidden';
      it(`${name} as ${role}: ${expected}`, async () => {
        expect(await accessOutcome(operation.run(actors[role]))).toBe(expected);
      });
    }
  }
});

describe('identity settings', () => {
  it('the demo sets the foundation’s names in three languages, a sanitised logo and contacts', async () => {
    const stored = await identity.getSiteIdentity(actors.admin);
    expect(stored.languages.en.name).toBe('Turkmenistan Helsinki Foundation for Human Rights');
    expect(stored.languages.ru.name).toMatch(/^Туркменский Хельсинкский фонд/);
    expect(stored.languages.tk.name).toMatch(/Türkmen Helsinki Gaznasy$/);
    expect(stored.logo?.path).toMatch(/^brand\/[0-9a-f]{16}\.svg$/);
    expect(stored.contact.signal).toBeTruthy();
  });

  it('a social image must be an image of the library; changes are audited', async () => {
    const text = textOf(await identity.getSiteIdentity(actors.admin));
    expect(await identity.updateSiteIdentity(actors.admin, { ...text, socialImageId: 'no-such-media' })).toEqual({
      ok: false,
      error: 'not-found',
    });
    const changed = { ...text, mirrors: ['https://another.example.org'] };
    expect(await identity.updateSiteIdentity(actors.admin, changed)).toEqual({ ok: true });
    const event = await db.prisma().auditEvent.findFirst({
      where: { action: 'settings.identity-changed' },
      orderBy: { createdAt: 'desc' },
    });
    expect(event?.details).toEqual({ changed: ['mirrors'] });
    expect((await identity.getSiteIdentity(actors.admin)).mirrors).toEqual(['https://another.example.org']);
  });

  it('an unreadable stored value counts as not set', async () => {
    await db.prisma().setting.upsert({
      where: { key: 'site.identity.test' },
      update: { value: { nonsense: true } },
      create: { key: 'site.identity.test', value: { nonsense: true } },
    });
    const { parseStoredIdentity } = await import('@/lib/site/identity');
    expect(parseStoredIdentity({ nonsense: true })).toEqual(emptyIdentity);
  });
});

describe('home page, pins and lists', () => {
  const ids = (cards: { articleId: string }[]) => cards.map((card) => card.articleId);

  it('no article appears twice on the first page of a home page, and pages never do', async () => {
    for (const locale of ['ru', 'tk', 'en'] as const) {
      const home = await queries.homeData(locale, 1);
      const shown = [home.lead, ...home.items, ...home.sections.flatMap((section) => section.items)].filter(
        (card) => card !== null,
      );
      expect(new Set(ids(shown)).size, locale).toBe(shown.length);
      expect(ids(shown).some((id) => id.startsWith('demo-page-'))).toBe(false);
      expect(home.lead?.cover?.variants.map((variant) => variant.width)).toEqual([480, 960, 1600]);
    }
  });

  it('a pin leads the home page of its language only, and refuses an article not published there', async () => {
    const [oldest] = await db.prisma().articleTranslation.findMany({
      where: { locale: 'en', status: 'published', article: { kind: 'article' } },
      orderBy: { publishedAt: 'asc' },
      take: 1,
      select: { articleId: true },
    });
    const articleId = oldest?.articleId as string;
    expect(await front.setHomePin(actors.editor, 'en', articleId)).toEqual({ ok: true, changed: true });
    const en = await queries.homeData('en', 1);
    expect(en.lead?.articleId).toBe(articleId);
    expect(en.pinned).toBe(true);
    expect(ids(en.items)).not.toContain(articleId);
    const ru = await queries.homeData('ru', 1);
    expect(ru.pinned).toBe(false);
    expect(ru.lead?.articleId).not.toBe(articleId);
    const draftOnly = await db.prisma().articleTranslation.findFirst({
      where: { locale: 'en', status: { not: 'published' } },
      select: { articleId: true },
    });
    if (draftOnly) {
      expect(await front.setHomePin(actors.editor, 'en', draftOnly.articleId)).toEqual({
        ok: false,
        error: 'not-published',
      });
    }
    expect(await front.setHomePin(actors.editor, 'en', 'demo-page-about')).toEqual({
      ok: false,
      error: 'not-published',
    });
    expect(await front.setHomePin(actors.editor, 'en', null)).toEqual({ ok: true, changed: true });
    expect((await queries.homeData('en', 1)).pinned).toBe(false);
  });

  it('an author page lists exactly that author’s articles in its language', async () => {
    const slug = (
      await db.prisma().authorTranslation.findUniqueOrThrow({
        where: { authorId_locale: { authorId: 'demo-author-maral-annayeva', locale: 'tk' } },
      })
    ).slug;
    const data = await queries.authorData('tk', slug, 1);
    const expected = await db.prisma().articleTranslation.findMany({
      where: {
        locale: 'tk',
        status: 'published',
        article: { deletedAt: null, authors: { some: { authorId: 'demo-author-maral-annayeva' } } },
      },
      select: { articleId: true },
    });
    expect(ids(data?.items ?? []).sort()).toEqual(expected.map((row) => row.articleId).sort());
    expect(await queries.authorData('tk', 'no-such-author', 1)).toBeNull();
  });

  it('pages: found at their own address, in search and the sitemap; not in feeds; the article address redirects', async () => {
    const about = await db.prisma().articleTranslation.findFirstOrThrow({
      where: { articleId: 'demo-page-about', locale: 'en' },
      select: { slug: true },
    });
    const found = await queries.articleData('en', about.slug, 'page');
    expect(found.kind === 'article' && found.article.kind).toBe('page');
    expect(found.kind === 'article' && found.article.related).toEqual([]);
    expect(await queries.articleData('en', about.slug, 'article')).toMatchObject({
      kind: 'moved',
      articleKind: 'page',
    });
    const feed = await discovery.feedData('en');
    expect(feed?.items.some((item) => item.slug === about.slug)).toBe(false);
    expect((await discovery.sitemapData()).pages.some((page) => page.slug === about.slug)).toBe(true);
    const hits = await search.searchArticles('en', 'Signal', 1);
    expect(hits.items.find((hit) => hit.slug !== '' && hit.kind === 'page')).toBeTruthy();
  });

  it('related articles share tags or the category, in the same language, never the article itself', async () => {
    const slug = (
      await db.prisma().articleTranslation.findFirstOrThrow({
        where: { articleId: 'demo-article-a-navalny-protests-reaction', locale: 'ru' },
        select: { slug: true },
      })
    ).slug;
    const found = await queries.articleData('ru', slug);
    if (found.kind !== 'article') throw new Error('not found');
    expect(found.article.related.length).toBeGreaterThan(0);
    expect(ids(found.article.related)).not.toContain('demo-article-a-navalny-protests-reaction');
    const related = await db.prisma().articleTranslation.findMany({
      where: { locale: 'ru', articleId: { in: ids(found.article.related) }, status: 'published' },
    });
    expect(related).toHaveLength(found.article.related.length);
  });
});

describe('page placement', () => {
  it('lists the site’s pages in menu order, and moves one', async () => {
    const before = await front.listSitePages(actors.editor, 'en');
    expect(before.map((page) => page.title)).toEqual(['About the foundation', 'Contact us']);
    const result = await front.updatePagePlacement(actors.editor, 'demo-page-contact', {
      placement: 'footer',
      position: 0,
    });
    expect(result.ok && result.published.map((entry) => entry.locale).sort()).toEqual(['en', 'ru', 'tk']);
    expect(
      await front.updatePagePlacement(actors.editor, 'demo-article-a-navalny-protests-reaction', {
        placement: 'footer',
        position: 0,
      }),
    ).toEqual({
      ok: false,
      error: 'not-found',
    });
    await front.updatePagePlacement(actors.editor, 'demo-page-contact', { placement: 'masthead', position: 1 });
  });
});
