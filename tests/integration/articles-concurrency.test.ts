/**
 * Concurrency of saves (optimistic versions) and the save path under hostile input: 200 concurrent saves on one
 * translation leave exactly the accepted ones as revisions, and 1,200 hostile bodies either are refused or come out
 * as HTML with nothing executable in it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Create from '@/lib/workspace/articles/create';
import type * as Save from '@/lib/workspace/articles/save';
import { hostileDocuments, seededRandom } from '../support/hostile-payloads';
import { unsafeHtmlFindings } from '../support/html-safety';
import { doc, staff, type TestActor } from '../support/staff';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
let create: typeof Create;
let save: typeof Save;
let editor: TestActor;

beforeAll(async () => {
  workspaceEnv(db);
  create = await import('@/lib/workspace/articles/create');
  save = await import('@/lib/workspace/articles/save');
  editor = await staff(db.prisma(), 'editor');
});

async function newArticle(title: string): Promise<string> {
  const result = await create.createArticle(editor, {
    title,
    summary: '',
    body: doc(title),
    slug: '',
    seoDescription: '',
    coverAlt: '',
    sourceLocale: 'en',
    categoryId: null,
    tagIds: [],
    authorIds: [],
    coverMediaId: null,
  });
  if (!result.ok) throw new Error('article not created');
  return result.articleId;
}

describe('concurrent saves', () => {
  it('200 random concurrent saves on one translation leave exactly the accepted ones as revisions', async () => {
    const articleId = await newArticle('Race');
    const rand = seededRandom(200);
    const results: { ok: boolean; version?: number }[] = [];
    let known = 1;
    // Waves of concurrent saves, each based on a version somebody could have seen: current or a little older.
    for (let wave = 0; wave < 10; wave++) {
      const batch = await Promise.all(
        Array.from({ length: 20 }, (_, index) => {
          const base = Math.max(1, known - Math.floor(rand() * 3));
          return save
            .saveTranslation(editor, {
              articleId,
              locale: 'en',
              baseVersion: base,
              minorEdit: false,
              title: `Race ${wave}-${index}`,
              summary: '',
              body: doc(`wave ${wave} save ${index}`),
              slug: 'race',
              seoDescription: '',
              coverAlt: '',
            })
            .then((result) => (result.ok ? { ok: true, version: result.version } : { ok: false }));
        }),
      );
      results.push(...batch);
      known = Math.max(known, ...batch.map((result) => result.version ?? 0));
    }
    const accepted = results.filter((result) => result.ok);
    expect(results).toHaveLength(200);
    expect(accepted.length).toBeGreaterThanOrEqual(10);
    const revisions = await db.prisma().revision.findMany({
      where: { translation: { articleId, locale: 'en' } },
      orderBy: { version: 'asc' },
      select: { version: true, title: true },
    });
    // Revision 1 is the creation; every accepted save added exactly one, with consecutive versions.
    expect(revisions).toHaveLength(accepted.length + 1);
    expect(revisions.map((revision) => revision.version)).toEqual(revisions.map((_, index) => index + 1));
    expect(accepted.map((result) => result.version).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      revisions.slice(1).map((revision) => revision.version),
    );
    const current = await db.prisma().articleTranslation.findFirstOrThrow({ where: { articleId, locale: 'en' } });
    expect(current.version).toBe(revisions.at(-1)?.version);
    expect(current.title).toBe(revisions.at(-1)?.title);
    expect(await db.prisma().auditEvent.count({ where: { action: 'translation.saved', targetId: articleId } })).toBe(
      accepted.length,
    );
  });
});

describe('hostile bodies through the save path', () => {
  it('refuses or neutralizes 1,200 hostile documents; stored HTML never contains anything executable', async () => {
    const articleId = await newArticle('Fuzz');
    let version = 1;
    let accepted = 0;
    for (const payload of hostileDocuments(1200, 20261124)) {
      const result = await save.saveTranslation(editor, {
        articleId,
        locale: 'en',
        baseVersion: version,
        minorEdit: false,
        title: 'Fuzz',
        summary: '',
        body: payload.doc as never,
        slug: 'fuzz',
        seoDescription: '',
        coverAlt: '',
      });
      if (!result.ok) {
        expect(result.error, payload.label).toBe('invalid');
        continue;
      }
      accepted += 1;
      version = result.version;
      const stored = await db.prisma().articleTranslation.findFirstOrThrow({
        where: { articleId, locale: 'en' },
        select: { bodyHtml: true },
      });
      expect(unsafeHtmlFindings(stored.bodyHtml), payload.label).toEqual([]);
    }
    expect(accepted).toBeGreaterThan(100);
  }, 600_000);
});
