/**
 * The media library's data layer (lib/workspace/media/) on a real database and a temporary uploads folder: uploads
 * land as row, files and audit event together or not at all; texts per language with translators held to theirs;
 * deleting refused while an article uses the file; the editor's picker; and the access matrix of every export.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, type Role } from '@/lib/auth/permissions';
import type * as MediaRead from '@/lib/workspace/media/read';
import type { MediaRow, UploadResult } from '@/lib/workspace/media/types';
import type * as MediaWrite from '@/lib/workspace/media/write';
import { staff, type TestActor } from '../support/staff';
import { accessOutcome } from '../support/access';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
/** The data layer's operations: read.ts and write.ts together (rows.ts and types.ts hold none). */
let media: typeof MediaRead & typeof MediaWrite;
let uploadsDir: string;

const actors: Record<Role, TestActor> = {} as Record<Role, TestActor>;

beforeAll(async () => {
  uploadsDir = await mkdtemp(path.join(tmpdir(), 'habar-media-library-'));
  workspaceEnv(db, { UPLOADS_DIR: uploadsDir });
  media = { ...(await import('@/lib/workspace/media/read')), ...(await import('@/lib/workspace/media/write')) };
  actors.admin = await staff(db.prisma(), 'admin');
  actors.editor = await staff(db.prisma(), 'editor');
  actors.translator = await staff(db.prisma(), 'translator', ['tk']);
});
afterAll(async () => {
  await rm(uploadsDir, { recursive: true, force: true });
});

// Fixtures are generated here: no binary files in the repository.
const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#36c' } })
    .png()
    .toBuffer();
const pdf = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
  ]
    .concat(['trailer << /Root 1 0 R >>', '%%EOF'])
    .join('\n'),
);

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
const exists = (storagePath: string) =>
  stat(path.join(uploadsDir, storagePath)).then(
    () => true,
    () => false,
  );
const storagePathOf = (url: string) => url.replace(/^\/media\//, '');

async function upload(actor: TestActor, bytes: Uint8Array, originalName = 'photo.png'): Promise<MediaRow> {
  const result = await media.uploadMedia(actor, { bytes, originalName }, uploadsDir);
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.media;
}

const auditOf = (targetId: string) =>
  db.prisma().auditEvent.findMany({
    where: { targetId },
    orderBy: { createdAt: 'asc' },
    select: { action: true, actorId: true, targetType: true, details: true },
  });

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const imageNode = (item: { id: string; url: string }) => ({
  type: 'image',
  attrs: { src: item.url, alt: 'Alt', mediaId: item.id },
});

async function article(options: { coverMediaId?: string; body?: object; deleted?: boolean } = {}) {
  const created = await db.prisma().article.create({
    data: {
      sourceLocale: 'ru',
      coverMediaId: options.coverMediaId,
      deletedAt: options.deleted ? new Date() : null,
    },
    select: { id: true },
  });
  await db.prisma().articleTranslation.create({
    data: {
      articleId: created.id,
      locale: 'ru',
      title: 'Статья',
      slug: `statya-${randomBytes(4).toString('hex')}`,
      body: options.body ?? doc({ type: 'paragraph' }),
    },
  });
  return created.id;
}

describe('uploading', () => {
  it('creates the row, the files and the audit event', async () => {
    const item = await upload(actors.editor, await png(1200, 800), 'Отчёт о правах.png');
    expect(item).toMatchObject({
      kind: 'image',
      mimeType: 'image/png',
      width: 1200,
      height: 800,
      originalName: 'Отчёт о правах.png',
      translations: { ru: { alt: '', caption: '' }, tk: { alt: '', caption: '' }, en: { alt: '', caption: '' } },
    });
    expect(item.url).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{16}-otchet-o-pravakh\.png$/);
    // The smallest variant is the thumbnail.
    expect(item.thumbnailUrl).toBe(item.url.replace(/\.png$/, '-480w.webp'));

    const row = await db.prisma().media.findUniqueOrThrow({
      where: { id: item.id },
      select: { storagePath: true, uploadedById: true, sizeBytes: true, variants: true },
    });
    expect(row.uploadedById).toBe(actors.editor.id);
    expect(`/media/${row.storagePath}`).toBe(item.url);
    const variants = row.variants as { storagePath: string; width: number }[];
    expect(variants.map((variant) => variant.width)).toEqual([480, 960]);
    for (const file of [row.storagePath, ...variants.map((variant) => variant.storagePath)]) {
      expect(await exists(file), file).toBe(true);
    }
    expect((await stat(path.join(uploadsDir, row.storagePath))).size).toBe(row.sizeBytes);

    expect(await auditOf(item.id)).toEqual([
      {
        action: 'media.uploaded',
        actorId: actors.editor.id,
        targetType: 'media',
        details: { title: 'Отчёт о правах.png', kind: 'image', mimeType: 'image/png', sizeBytes: row.sizeBytes },
      },
    ]);

    const { rows } = await media.listMedia(actors.translator, { q: 'Отчёт' });
    expect(rows.map((listed) => listed.id)).toEqual([item.id]);
  });

  it('stores a PDF as a document without a thumbnail', async () => {
    const item = await upload(actors.admin, pdf, 'report.pdf');
    expect(item).toMatchObject({ kind: 'document', mimeType: 'application/pdf', thumbnailUrl: null, width: null });
    expect(await exists(storagePathOf(item.url))).toBe(true);
  });

  it('writes nothing for a refused upload', async () => {
    const before = {
      files: await filesIn(uploadsDir),
      rows: await db.prisma().media.count(),
      audit: await db.prisma().auditEvent.count({ where: { action: { startsWith: 'media.' } } }),
    };
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const refusals: [string, Uint8Array, UploadResult][] = [
      ['empty.png', new Uint8Array(0), { ok: false, error: 'empty' }],
      ['big.png', new Uint8Array(20 * 1024 * 1024 + 1), { ok: false, error: 'too-large' }],
      ['logo.svg', svg, { ok: false, error: 'svg-refused' }],
      ['page.png', Buffer.from('<!doctype html><p>hello</p>'), { ok: false, error: 'unsupported-type' }],
      ['cut.png', (await png(300, 200)).subarray(0, 120), { ok: false, error: 'corrupt' }],
    ];
    for (const [originalName, bytes, expected] of refusals) {
      expect(await media.uploadMedia(actors.admin, { bytes, originalName }, uploadsDir), originalName).toEqual(
        expected,
      );
    }
    expect({
      files: await filesIn(uploadsDir),
      rows: await db.prisma().media.count(),
      audit: await db.prisma().auditEvent.count({ where: { action: { startsWith: 'media.' } } }),
    }).toEqual(before);
  });

  it('removes the stored files again when the row cannot be created', async () => {
    const before = await filesIn(uploadsDir);
    // An uploader id that is not a user: the foreign key refuses the row after the files were written.
    const ghost = { ...actors.editor, id: 'no-such-user' };
    await expect(
      media.uploadMedia(ghost, { bytes: await png(1000, 500), originalName: 'ghost.png' }, uploadsDir),
    ).rejects.toThrow();
    expect(await filesIn(uploadsDir)).toEqual(before);
    expect(await db.prisma().media.count({ where: { originalName: 'ghost.png' } })).toBe(0);
  });
});

describe('alt text and captions', () => {
  it('are written per language, leaving the others (and missing fields) as they were', async () => {
    const item = await upload(actors.editor, await png(600, 400));
    expect(
      await media.updateMediaText(actors.editor, item.id, {
        ru: { alt: '  Демонстрация в Ашхабаде ', caption: 'Фото: архив' },
        en: { alt: 'A demonstration in Ashgabat', caption: '' },
      }),
    ).toEqual({ ok: true, changedLocales: ['ru', 'en'], usedAsCover: false });
    // Only the caption: the alt text stays.
    expect(await media.updateMediaText(actors.admin, item.id, { en: { caption: 'Photo: archive' } })).toMatchObject({
      ok: true,
      changedLocales: ['en'],
    });
    // The same texts again change nothing and record nothing.
    expect(
      await media.updateMediaText(actors.editor, item.id, { ru: { alt: 'Демонстрация в Ашхабаде' } }),
    ).toMatchObject({ ok: true, changedLocales: [] });

    const [listed] = (await media.listMedia(actors.editor, { q: 'Ashgabat' })).rows;
    expect(listed?.translations).toEqual({
      ru: { alt: 'Демонстрация в Ашхабаде', caption: 'Фото: архив', credit: '' },
      tk: { alt: '', caption: '', credit: '' },
      en: { alt: 'A demonstration in Ashgabat', caption: 'Photo: archive', credit: '' },
    });
    const events = await auditOf(item.id);
    expect(events.map((event) => [event.action, (event.details as { locales?: string[] }).locales])).toEqual([
      ['media.uploaded', undefined],
      ['media.text-updated', ['ru', 'en']],
      ['media.text-updated', ['en']],
    ]);
  });

  it('refuses texts over the limit and unknown media', async () => {
    const item = await upload(actors.editor, await png(50, 50));
    expect(
      await media.updateMediaText(actors.editor, item.id, {
        tk: { alt: 'x'.repeat(media.MEDIA_ALT_MAX_LENGTH + 1) },
      }),
    ).toEqual({ ok: false, error: 'text-too-long' });
    expect(await media.updateMediaText(actors.editor, 'no-such-media', { tk: { alt: 'x' } })).toEqual({
      ok: false,
      error: 'not-found',
    });
  });

  it('lets a translator write only in their own languages', async () => {
    const item = await upload(actors.editor, await png(50, 50));
    expect(
      await media.updateMediaText(actors.translator, item.id, { tk: { alt: 'Aşgabatda ýörüş', caption: 'Surat' } }),
    ).toMatchObject({ ok: true, changedLocales: ['tk'] });
    for (const input of [
      { en: { alt: 'A march' } },
      { ru: { caption: 'Фото' } },
      { tk: { alt: 'x' }, en: { alt: 'y' } },
    ]) {
      await expect(media.updateMediaText(actors.translator, item.id, input)).rejects.toBeInstanceOf(ForbiddenError);
    }
    const [listed] = (await media.listMedia(actors.translator, { q: 'ýörüş' })).rows;
    expect(listed?.translations).toEqual({
      ru: { alt: '', caption: '', credit: '' },
      tk: { alt: 'Aşgabatda ýörüş', caption: 'Surat', credit: '' },
      en: { alt: '', caption: '', credit: '' },
    });
  });

  it('tell the caller when the media is an article cover', async () => {
    const item = await upload(actors.editor, await png(50, 50));
    await article({ coverMediaId: item.id });
    expect(await media.updateMediaText(actors.editor, item.id, { ru: { alt: 'Обложка' } })).toEqual({
      ok: true,
      changedLocales: ['ru'],
      usedAsCover: true,
    });
  });
});

describe('deleting', () => {
  const filesOf = async (id: string) => {
    const row = await db
      .prisma()
      .media.findUniqueOrThrow({ where: { id }, select: { storagePath: true, variants: true } });
    return [row.storagePath, ...(row.variants as { storagePath: string }[]).map((variant) => variant.storagePath)];
  };

  it('is refused while an article uses the file as its cover, also from the trash', async () => {
    for (const deleted of [false, true]) {
      const item = await upload(actors.editor, await png(700, 300));
      await article({ coverMediaId: item.id, deleted });
      const files = await filesOf(item.id);
      expect(await media.deleteMedia(actors.editor, item.id, uploadsDir)).toEqual({ ok: false, error: 'in-use' });
      expect(await db.prisma().media.count({ where: { id: item.id } })).toBe(1);
      for (const file of files) expect(await exists(file), file).toBe(true);
    }
  });

  it('is refused while a body shows the image, by id or by path', async () => {
    const byId = await upload(actors.editor, await png(100, 100));
    await article({ body: doc({ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }, imageNode(byId)) });
    expect(await media.deleteMedia(actors.admin, byId.id, uploadsDir)).toEqual({ ok: false, error: 'in-use' });

    const byPath = await upload(actors.editor, await png(100, 100));
    const nested = doc({ type: 'blockquote', content: [{ type: 'image', attrs: { src: byPath.url, alt: '' } }] });
    await article({ body: nested });
    expect(await media.deleteMedia(actors.admin, byPath.id, uploadsDir)).toEqual({ ok: false, error: 'in-use' });
  });

  it('deletes an unused file: row, files and an audit event', async () => {
    const item = await upload(actors.editor, await png(1000, 600), 'unused.png');
    // Mentioning the id in a text is not using the file.
    await article({ body: doc({ type: 'paragraph', content: [{ type: 'text', text: `"mediaId":"${item.id}"` }] }) });
    const files = await filesOf(item.id);
    expect(files).toHaveLength(3);
    expect(await media.deleteMedia(actors.editor, item.id, uploadsDir)).toEqual({ ok: true });
    expect(await db.prisma().media.count({ where: { id: item.id } })).toBe(0);
    for (const file of files) expect(await exists(file), file).toBe(false);
    expect((await auditOf(item.id)).map((event) => [event.action, event.details])).toEqual([
      ['media.uploaded', expect.objectContaining({ title: 'unused.png' })],
      ['media.deleted', { title: 'unused.png' }],
    ]);
    expect(await media.deleteMedia(actors.editor, item.id, uploadsDir)).toEqual({ ok: false, error: 'not-found' });
  });
});

describe('listing and the picker', () => {
  it('filters by kind and pages newest first', async () => {
    const images = await media.listMedia(actors.translator, { kind: 'image' });
    expect(images.rows.every((row) => row.kind === 'image')).toBe(true);
    const documents = await media.listMedia(actors.translator, { kind: 'document' });
    expect(documents.rows.map((row) => row.originalName)).toContain('report.pdf');
    expect(documents.rows.every((row) => row.kind === 'document' && row.thumbnailUrl === null)).toBe(true);

    const all = await media.listMedia(actors.editor, {});
    expect(all.total).toBe(images.total + documents.total);
    const times = all.rows.map((row) => row.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((await media.listMedia(actors.editor, { page: 99 })).rows).toEqual([]);
  });

  it('gives images only, with the alt text in the asked language or empty', async () => {
    const item = await upload(actors.editor, await png(2000, 1000), 'picker.png');
    await media.updateMediaText(actors.editor, item.id, {
      tk: { alt: 'Türkmen dilinde düşündiriş', caption: '' },
      en: { alt: 'English description', caption: '' },
    });
    const tk = await media.mediaForPicker(actors.translator, 'tk');
    expect(tk.find((image) => image.id === item.id)).toEqual({
      id: item.id,
      src: item.url,
      thumb: item.url.replace(/\.png$/, '-480w.webp'),
      alt: 'Türkmen dilinde düşündiriş',
      width: 2000,
      height: 1000,
    });
    expect(tk.every((image) => !image.src.endsWith('.pdf'))).toBe(true);
    expect((await media.mediaForPicker(actors.editor, 'en', 'picker')).map((image) => image.alt)).toEqual([
      'English description',
    ]);
    expect((await media.mediaForPicker(actors.editor, 'ru', 'picker')).map((image) => image.alt)).toEqual(['']);
    expect(await media.mediaForPicker(actors.editor, 'ru', 'report')).toEqual([]);
  });
});

describe('media library access matrix', () => {
  /** A row without files, so destructive operations have something to act on. */
  async function victim(): Promise<string> {
    const row = await db.prisma().media.create({
      data: {
        kind: 'image',
        storagePath: `victims/${randomBytes(8).toString('hex')}.png`,
        originalName: 'victim.png',
        mimeType: 'image/png',
        sizeBytes: 1,
        checksum: '0'.repeat(64),
      },
      select: { id: true },
    });
    return row.id;
  }

  /** Keyed by the exported name, optionally followed by ` (case)`. */
  const operations: Record<string, { allowed: Role[]; run: (actor: TestActor) => Promise<unknown> }> = {
    uploadMedia: {
      allowed: ['admin', 'editor'],
      run: async (actor) => upload(actor, await png(20, 20), 'matrix.png'),
    },
    listMedia: { allowed: ['admin', 'editor', 'translator'], run: (actor) => media.listMedia(actor, { page: 1 }) },
    'updateMediaText (Turkmen, the translator’s language)': {
      allowed: ['admin', 'editor', 'translator'],
      run: async (actor) => media.updateMediaText(actor, await victim(), { tk: { alt: 'Surat', caption: '' } }),
    },
    'updateMediaText (English, not the translator’s language)': {
      allowed: ['admin', 'editor'],
      run: async (actor) => media.updateMediaText(actor, await victim(), { en: { alt: 'Picture', caption: '' } }),
    },
    deleteMedia: {
      allowed: ['admin', 'editor'],
      run: async (actor) => media.deleteMedia(actor, await victim(), uploadsDir),
    },
    mediaForPicker: {
      allowed: ['admin', 'editor', 'translator'],
      run: (actor) => media.mediaForPicker(actor, 'tk'),
    },
  };

  it('covers every exported function of the media data layer', async () => {
    // A new module in the folder may hold operations: it joins `media` above, or this list if it holds none. The
    // server actions (actions.ts) are checked over HTTP by e2e/workspace-action-access.spec.ts.
    expect((await readdir(path.resolve('lib/workspace/media'))).sort()).toEqual([
      'actions.ts',
      'read.ts',
      'rows.ts',
      'types.ts',
      'write.ts',
    ]);
    const exported = Object.entries(media)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    const covered = new Set(Object.keys(operations).map((key) => key.split(' ')[0]));
    expect(exported.sort()).toEqual([...covered].sort());
  });

  for (const [name, operation] of Object.entries(operations)) {
    for (const role of ['admin', 'editor', 'translator'] as const) {
      const expected = operation.allowed.includes(role) ? 'allowed' : 'forbidden';
      it(`${name} as ${role}: ${expected}`, async () => {
        const outcome = await accessOutcome(operation.run(actors[role]));
        expect(outcome).toBe(expected);
      });
    }
  }
});
