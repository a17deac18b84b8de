import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { demoGlossary } from '@/prisma/demo';
import { isDatabaseEmpty, seedDemo } from '@/scripts/db/seed';
import { migratedDatabase } from '../support/test-db';

const uploadsDir = mkdtempSync(path.join(tmpdir(), 'habar-test-uploads-'));

describe('demo seed', () => {
  const db = migratedDatabase();
  let firstRun: Awaited<ReturnType<typeof seedDemo>>;

  beforeAll(async () => {
    expect(await isDatabaseEmpty(db.prisma())).toBe(true);
    firstRun = await seedDemo(db.prisma(), { withAccounts: true, demoPassword: 'demo-password-for-tests', uploadsDir });
  });
  afterAll(() => rmSync(uploadsDir, { recursive: true, force: true }));

  const published = () =>
    db.prisma().articleTranslation.findMany({
      where: { status: 'published' },
      select: { articleId: true, locale: true, title: true, body: true, summary: true, publishedAt: true },
    });

  it('has at least 24 articles over at least 4 categories', async () => {
    expect(await db.prisma().article.count()).toBeGreaterThanOrEqual(24);
    const categories = await db.prisma().article.groupBy({ by: ['categoryId'] });
    expect(categories.filter((group) => group.categoryId).length).toBeGreaterThanOrEqual(4);
  });

  it('publishes the January 2021 demonstrations article in all three languages', async () => {
    const rows = await published();
    const navalny = rows.filter((row) => row.articleId === 'demo-article-a-navalny-protests-reaction');
    expect(navalny.map((row) => row.locale).sort()).toEqual(['en', 'ru', 'tk']);
    expect(navalny.every((row) => row.publishedAt && row.publishedAt.getUTCFullYear() === 2021)).toBe(true);
  });

  it('has at least 3 articles published in only one or two languages, and a draft translation', async () => {
    const rows = await published();
    const languagesPerArticle = new Map<string, number>();
    for (const row of rows) languagesPerArticle.set(row.articleId, (languagesPerArticle.get(row.articleId) ?? 0) + 1);
    expect([...languagesPerArticle.values()].filter((count) => count < 3).length).toBeGreaterThanOrEqual(3);
    expect(await db.prisma().articleTranslation.count({ where: { status: 'draft' } })).toBeGreaterThanOrEqual(1);
  });

  it('uses every Turkmen letter in Turkmen text', async () => {
    const text = (await published())
      .filter((row) => row.locale === 'tk')
      .map((row) => `${row.title} ${row.summary} ${JSON.stringify(row.body)}`)
      .join(' ')
      .toLowerCase();
    for (const letter of ['ç', 'ä', 'ž', 'ň', 'ö', 'ş', 'ü', 'ý']) expect(text, letter).toContain(letter);
  });

  it('spreads publication over several years', async () => {
    const years = new Set((await published()).map((row) => row.publishedAt?.getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(4);
  });

  it('has at least two authors, one writing under a pen name', async () => {
    expect(await db.prisma().author.count()).toBeGreaterThanOrEqual(2);
    expect(await db.prisma().author.count({ where: { isPenName: true } })).toBeGreaterThanOrEqual(1);
  });

  it('renders every body to HTML and gives every translation a first revision', async () => {
    const translations = await db
      .prisma()
      .articleTranslation.findMany({ select: { bodyHtml: true, _count: { select: { revisions: true } } } });
    expect(translations.every((row) => row.bodyHtml.startsWith('<') && row._count.revisions === 1)).toBe(true);
    expect(translations.some((row) => row.bodyHtml.includes('<script'))).toBe(false);
  });

  it('creates the three demo accounts with their roles and the demo password', async () => {
    const users = await db.prisma().user.findMany({
      orderBy: { email: 'asc' },
      select: { email: true, role: true, languages: true, passwordHash: true },
    });
    expect(users.map(({ email, role, languages }) => ({ email, role, languages }))).toEqual([
      { email: 'admin@example.org', role: 'admin', languages: [] },
      { email: 'editor@example.org', role: 'editor', languages: [] },
      { email: 'translator@example.org', role: 'translator', languages: ['tk'] },
    ]);
    expect(users[0]?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(users[0]?.passwordHash as string, 'demo-password-for-tests')).toBe(true);
  });

  it("ships the translator's desk: an approved glossary of the articles' names and a memory of their pairs", async () => {
    const entries = await db.prisma().glossaryEntry.findMany({ include: { terms: true } });
    expect(entries.length).toBe(demoGlossary.length);
    expect(entries.every((entry) => entry.status === 'approved' && entry.terms.length === 3)).toBe(true);
    expect(entries.flatMap((entry) => entry.terms.map((term) => term.term))).toContain('ÝHHG');
    expect(await db.prisma().memoryUnit.count({ where: { origin: 'article' } })).toBeGreaterThan(50);
  });

  it('is idempotent: a second run creates nothing', async () => {
    const before = await db.prisma().articleTranslation.count();
    const memory = await db.prisma().memoryUnit.count();
    const second = await seedDemo(db.prisma(), {
      withAccounts: true,
      demoPassword: 'demo-password-for-tests',
      uploadsDir,
    });
    expect(firstRun.translations).toBe(before);
    expect(second.translations).toBe(0);
    expect(await db.prisma().articleTranslation.count()).toBe(before);
    expect(await db.prisma().user.count()).toBe(3);
    expect(await db.prisma().glossaryEntry.count()).toBe(demoGlossary.length);
    expect(await db.prisma().memoryUnit.count()).toBe(memory);
  });
});

describe('seed without accounts (production with --demo content only)', () => {
  const db = migratedDatabase();
  it('creates no user', async () => {
    await seedDemo(db.prisma(), { withAccounts: false, demoPassword: 'unused-password', uploadsDir: tmpdir() });
    expect(await db.prisma().user.count()).toBe(0);
    expect(await db.prisma().article.count()).toBeGreaterThanOrEqual(24);
  });
});
