import { describe, expect, it } from 'vitest';
import { migratedDatabase } from '../support/test-db';

const body = { type: 'doc', content: [{ type: 'paragraph' }] };

describe('database constraints', () => {
  const db = migratedDatabase();

  it('e-mail addresses are unique regardless of case', async () => {
    await db.prisma().user.create({ data: { email: 'Case@Example.org', displayName: 'A', role: 'editor' } });
    await expect(
      db.prisma().user.create({ data: { email: 'case@example.ORG', displayName: 'B', role: 'editor' } }),
    ).rejects.toThrow(/Unique constraint/);
    const found = await db
      .prisma()
      .user.findUnique({ where: { email: 'CASE@example.org' }, select: { displayName: true } });
    expect(found?.displayName).toBe('A');
  });

  it('one translation per article and language; slugs unique per language only', async () => {
    const article = await db.prisma().article.create({ data: { sourceLocale: 'ru' } });
    const other = await db.prisma().article.create({ data: { sourceLocale: 'en' } });
    await db.prisma().articleTranslation.create({
      data: { articleId: article.id, locale: 'ru', title: 'Т', slug: 'same-slug', body },
    });
    await expect(
      db
        .prisma()
        .articleTranslation.create({ data: { articleId: article.id, locale: 'ru', title: 'Т2', slug: 'x', body } }),
    ).rejects.toThrow(/Unique constraint/);
    await expect(
      db.prisma().articleTranslation.create({
        data: { articleId: other.id, locale: 'ru', title: 'O', slug: 'same-slug', body },
      }),
    ).rejects.toThrow(/Unique constraint/);
    // The same slug in another language is fine.
    await db.prisma().articleTranslation.create({
      data: { articleId: article.id, locale: 'en', title: 'T', slug: 'same-slug', body },
    });
  });

  it('category and tag slugs are unique per language; old slugs once per language', async () => {
    await db
      .prisma()
      .category.create({ data: { translations: { create: [{ locale: 'en', name: 'News', slug: 'news' }] } } });
    await expect(
      db
        .prisma()
        .category.create({ data: { translations: { create: [{ locale: 'en', name: 'News 2', slug: 'news' }] } } }),
    ).rejects.toThrow(/Unique constraint/);
    await db
      .prisma()
      .tag.create({ data: { translations: { create: [{ locale: 'tk', name: 'Pagta', slug: 'pagta' }] } } });
    await expect(
      db.prisma().tag.create({ data: { translations: { create: [{ locale: 'tk', name: 'Pagta', slug: 'pagta' }] } } }),
    ).rejects.toThrow(/Unique constraint/);
    const article = await db.prisma().article.create({
      data: { sourceLocale: 'tk', translations: { create: { locale: 'tk', title: 'A', slug: 'a-new', body } } },
      select: { translations: { select: { id: true } } },
    });
    const translationId = article.translations[0]?.id as string;
    await db.prisma().slugRedirect.create({ data: { locale: 'tk', oldSlug: 'a-old', translationId } });
    await expect(
      db.prisma().slugRedirect.create({ data: { locale: 'tk', oldSlug: 'a-old', translationId } }),
    ).rejects.toThrow(/Unique constraint/);
  });

  it('a revision number is used once per translation', async () => {
    const article = await db.prisma().article.create({
      data: { sourceLocale: 'en', translations: { create: { locale: 'en', title: 'R', slug: 'revisions', body } } },
      select: { translations: { select: { id: true } } },
    });
    const translationId = article.translations[0]?.id as string;
    const revision = {
      translationId,
      version: 1,
      title: 'R',
      slug: 'revisions',
      summary: '',
      body,
      seoDescription: '',
      status: 'draft' as const,
    };
    await db.prisma().revision.create({ data: revision });
    await expect(db.prisma().revision.create({ data: revision })).rejects.toThrow(/Unique constraint/);
  });

  it('the audit log is append-only', async () => {
    const event = await db.prisma().auditEvent.create({ data: { action: 'test.event', actorLabel: 'tester' } });
    await expect(
      db.prisma().auditEvent.update({ where: { id: event.id }, data: { action: 'changed' } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.prisma().auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    expect(await db.prisma().auditEvent.count({ where: { id: event.id, action: 'test.event' } })).toBe(1);
  });
});
