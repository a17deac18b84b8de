/**
 * Demo content: seeded into an empty database by the launcher and by `npm run db:seed`. Idempotent: every demo row has
 * a fixed id (`demo-…`) and is only created when missing, so a second run adds nothing and never overwrites edits.
 */
import { createHash } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { contentFingerprint } from '@/lib/content/fingerprint';
import { renderBodyHtml } from '@/lib/content/render';
import type { TiptapNode } from '@/lib/content/schema';
import { slugOrFallback, uniqueSlug } from '@/lib/slug';
import type { PrismaClient } from '@/lib/db/prisma-client';
import type { Prisma } from '@/lib/generated/prisma/client';
import {
  authors,
  categories,
  covers,
  demoAccounts,
  demoArticles,
  demoGlossary,
  demoLogoSvg,
  demoPages,
  identity,
  tags,
  type DemoBlock,
  type DemoLocale,
  type DemoTranslation,
} from '@/prisma/demo';
import { rememberArticle } from '@/lib/desk/memory';
import { storeFiles } from '@/lib/media/storage';
import { processImage } from '@/lib/media/variants';
import { prepareBrandImage, storeBrandImage } from '@/lib/site/brand';
import { emptyIdentity, IDENTITY_SETTING_KEY, type StoredIdentity } from '@/lib/site/identity';
import { coverJpeg } from './demo-covers';

const locales: DemoLocale[] = ['ru', 'tk', 'en'];

function text(value: string): TiptapNode[] {
  return [{ type: 'text', text: value }];
}

export function blocksToDoc(blocks: DemoBlock[]): TiptapNode {
  const listItems = (items: string[]) =>
    items.map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: text(item) }] }));
  return {
    type: 'doc',
    content: blocks.map((block): TiptapNode => {
      switch (block.type) {
        case 'p':
          return { type: 'paragraph', content: text(block.text) };
        case 'h2':
          return { type: 'heading', attrs: { level: 2 }, content: text(block.text) };
        case 'quote':
          return { type: 'blockquote', content: [{ type: 'paragraph', content: text(block.text) }] };
        case 'ul':
          return { type: 'bulletList', content: listItems(block.items) };
        case 'ol':
          return { type: 'orderedList', attrs: { start: 1 }, content: listItems(block.items) };
      }
    }),
  };
}

/** Ids are fixed so that the seed can tell what it already created. */
const demoId = (kind: string, key: string) => `demo-${kind}-${key}`;

export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  const [articles, users] = await Promise.all([prisma.article.count(), prisma.user.count()]);
  return articles === 0 && users === 0;
}

export interface SeedOptions {
  /** Create the demo staff accounts (never in production unless asked for). */
  withAccounts: boolean;
  demoPassword: string;
  uploadsDir: string;
}

export interface SeedReport {
  articles: number;
  translations: number;
  accounts: number;
}

/** The slug every demo translation gets (titles are fixed, so slugs are too); `article-key:locale` → slug. */
export function planSlugs(): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const locale of locales) {
    const taken = new Set<string>();
    for (const article of demoArticles) {
      const translation = article.translations[locale];
      if (!translation) continue;
      const slug = uniqueSlug(slugOrFallback(translation.title, article.key), (candidate) => taken.has(candidate));
      taken.add(slug);
      slugs.set(`${article.key}:${locale}`, slug);
    }
  }
  return slugs;
}

async function seedTaxonomy(prisma: PrismaClient): Promise<void> {
  for (const [position, category] of categories.entries()) {
    const id = demoId('category', category.key);
    await prisma.category.upsert({
      where: { id },
      update: {},
      create: {
        id,
        position,
        translations: {
          create: locales.map((locale) => ({
            locale,
            name: category.names[locale],
            slug: slugOrFallback(category.names[locale], category.key, 'category'),
          })),
        },
      },
    });
  }
  for (const tag of tags) {
    const id = demoId('tag', tag.key);
    await prisma.tag.upsert({
      where: { id },
      update: {},
      create: {
        id,
        translations: {
          create: locales.map((locale) => ({
            locale,
            name: tag.names[locale],
            slug: slugOrFallback(tag.names[locale], tag.key, 'tag'),
          })),
        },
      },
    });
  }
  for (const author of authors) {
    const id = demoId('author', author.key);
    await prisma.author.upsert({
      where: { id },
      update: {},
      create: {
        id,
        isPenName: author.isPenName,
        translations: {
          create: locales.map((locale) => ({
            locale,
            name: author.names[locale],
            slug: slugOrFallback(author.names[locale], author.key, 'author'),
            bio: author.bio[locale],
          })),
        },
      },
    });
  }
}

/**
 * Demo covers go through the same processing as uploads (an original without metadata, WebP variants at 480, 960 and
 * 1600 pixels), so the demo shows the public site's responsive images as they will be.
 */
async function seedCovers(prisma: PrismaClient, uploadsDir: string): Promise<void> {
  for (const cover of covers) {
    const id = demoId('media', cover.key);
    if (await prisma.media.findUnique({ where: { id }, select: { id: true } })) continue;
    const jpeg = await coverJpeg(cover.key, cover.colors);
    const processed = await processImage(jpeg, 'jpeg');
    if (!processed.ok) throw new Error(`Demo cover ${cover.key}: ${processed.error}`);
    const base = `demo/${cover.key}`;
    const variants = processed.variants.map((variant) => ({
      width: variant.width,
      height: variant.height,
      storagePath: `${base}-${variant.width}w.webp`,
      mimeType: 'image/webp',
      sizeBytes: variant.data.length,
    }));
    await storeFiles(uploadsDir, [
      { storagePath: `${base}.jpg`, data: processed.original.data },
      ...processed.variants.map((variant, index) => ({
        storagePath: variants[index]?.storagePath as string,
        data: variant.data,
      })),
    ]);
    await prisma.media.create({
      data: {
        id,
        kind: 'image',
        storagePath: `${base}.jpg`,
        originalName: `${cover.key}.jpg`,
        mimeType: 'image/jpeg',
        sizeBytes: processed.original.data.length,
        width: processed.original.width,
        height: processed.original.height,
        checksum: createHash('sha256').update(processed.original.data).digest('hex'),
        variants,
        translations: {
          create: locales.map((locale) => ({
            locale,
            alt: cover.alt[locale],
            caption: cover.caption[locale],
            credit: cover.credit[locale],
          })),
        },
      },
    });
  }
}

/** The organisation's names, contacts, mirrors and logo; only when no identity was set (never over an admin's). */
async function seedIdentity(prisma: PrismaClient, uploadsDir: string): Promise<void> {
  if (await prisma.setting.findUnique({ where: { key: IDENTITY_SETTING_KEY }, select: { key: true } })) return;
  const logo = await prepareBrandImage('logo', new TextEncoder().encode(demoLogoSvg));
  if (!logo.ok) throw new Error(`Demo logo: ${logo.error}`);
  await storeBrandImage(uploadsDir, logo.prepared);
  const value: StoredIdentity = {
    ...emptyIdentity,
    ...identity,
    socialImageId: demoId('media', covers[0]?.key ?? ''),
    logo: logo.prepared.file,
  };
  await prisma.setting.create({
    data: { key: IDENTITY_SETTING_KEY, value: value },
  });
}

/** About and Contact, published in all three languages and listed in the masthead. */
async function seedPages(prisma: PrismaClient, editorId: string | undefined): Promise<number> {
  let translations = 0;
  const published = new Date('2020-06-01T08:00:00Z');
  for (const page of demoPages) {
    const articleId = demoId('page', page.key);
    if (await prisma.article.findUnique({ where: { id: articleId }, select: { id: true } })) continue;
    const sourceFingerprint = translationRow({
      ...page.translations[page.sourceLocale],
      status: 'published',
    }).contentFingerprint;
    await prisma.$transaction(async (tx) => {
      await tx.article.create({
        data: {
          id: articleId,
          kind: 'page',
          placement: page.placement,
          position: page.position,
          sourceLocale: page.sourceLocale,
          createdById: editorId ?? null,
          createdAt: published,
        },
      });
      for (const locale of locales) {
        const row = translationRow({ ...page.translations[locale], status: 'published' });
        const slug = slugOrFallback(page.translations[locale].title, page.key);
        const created = await tx.articleTranslation.create({
          data: {
            articleId,
            locale,
            slug,
            ...row,
            status: 'published',
            publishedAt: published,
            sourceFingerprint: locale === page.sourceLocale ? null : sourceFingerprint,
            updatedById: editorId ?? null,
            createdAt: published,
          },
          select: { id: true },
        });
        await tx.revision.create({
          data: {
            translationId: created.id,
            version: 1,
            title: row.title,
            slug,
            summary: row.summary,
            body: row.body,
            seoDescription: row.seoDescription,
            status: 'published',
            authorId: editorId ?? null,
            note: 'demo content',
            contentFingerprint: row.contentFingerprint,
            createdAt: published,
          },
        });
        translations++;
      }
    });
  }
  return translations;
}

function translationRow(translation: DemoTranslation) {
  const body = blocksToDoc(translation.body);
  return {
    title: translation.title,
    summary: translation.summary,
    seoDescription: translation.seoDescription,
    body: body as unknown as Prisma.InputJsonObject,
    bodyHtml: renderBodyHtml(body),
    contentFingerprint: contentFingerprint({ ...translation, body }),
  };
}

async function seedArticles(prisma: PrismaClient, editorId: string | undefined): Promise<number> {
  const slugs = planSlugs();
  let translations = 0;
  for (const article of demoArticles) {
    const articleId = demoId('article', article.key);
    const existing = await prisma.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (existing) continue;
    const source = article.translations[article.sourceLocale];
    if (!source) throw new Error(`Demo article ${article.key} has no text in its source language`);
    const sourceFingerprint = translationRow(source).contentFingerprint;
    const firstPublished = new Date(article.publishedAt);
    await prisma.$transaction(async (tx) => {
      await tx.article.create({
        data: {
          id: articleId,
          sourceLocale: article.sourceLocale,
          categoryId: demoId('category', article.category),
          coverMediaId: article.cover ? demoId('media', article.cover) : null,
          createdById: editorId ?? null,
          createdAt: firstPublished,
          tags: { create: article.tags.map((key) => ({ tagId: demoId('tag', key) })) },
          authors: { create: article.authors.map((key, position) => ({ authorId: demoId('author', key), position })) },
        },
      });
      for (const [index, locale] of locales.entries()) {
        const translation = article.translations[locale];
        if (!translation) continue;
        const row = translationRow(translation);
        const isSource = locale === article.sourceLocale;
        // Translations go live a few hours after the source, as they would in the newsroom.
        const publishedAt = new Date(firstPublished.getTime() + (isSource ? 0 : (index + 1) * 3 * 3_600_000));
        const created = await tx.articleTranslation.create({
          data: {
            articleId,
            locale,
            slug: slugs.get(`${article.key}:${locale}`) as string,
            ...row,
            status: translation.status,
            publishedAt: translation.status === 'published' ? publishedAt : null,
            sourceFingerprint: isSource ? null : sourceFingerprint,
            updatedById: editorId ?? null,
            createdAt: publishedAt,
          },
          select: { id: true },
        });
        await tx.revision.create({
          data: {
            translationId: created.id,
            version: 1,
            title: row.title,
            slug: slugs.get(`${article.key}:${locale}`) as string,
            summary: row.summary,
            body: row.body,
            seoDescription: row.seoDescription,
            status: translation.status,
            authorId: editorId ?? null,
            note: 'demo content',
            createdAt: publishedAt,
          },
        });
        translations++;
      }
    });
  }
  return translations;
}

/** The demo glossary, every entry approved; an entry that exists (by its fixed id) is left as it is. */
async function seedGlossary(prisma: PrismaClient): Promise<void> {
  for (const entry of demoGlossary) {
    const id = demoId('glossary', entry.key);
    if (await prisma.glossaryEntry.findUnique({ where: { id }, select: { id: true } })) continue;
    await prisma.glossaryEntry.create({
      data: {
        id,
        status: 'approved',
        doNotTranslate: entry.doNotTranslate ?? false,
        note: entry.note ?? '',
        terms: {
          create: locales.map((locale) => ({
            locale,
            term: entry.terms[locale],
            variants: entry.variants?.[locale] ?? [],
          })),
        },
      },
    });
  }
}

/** The translation memory of the demo articles, aligned from their published languages (replaced, so idempotent). */
async function seedMemory(prisma: PrismaClient): Promise<void> {
  for (const article of demoArticles) {
    const id = demoId('article', article.key);
    await prisma.$transaction((tx) => rememberArticle(tx, id), { timeout: 60_000 });
  }
}

export async function seedDemo(prisma: PrismaClient, options: SeedOptions): Promise<SeedReport> {
  let accounts = 0;
  let editorId: string | undefined;
  if (options.withAccounts) {
    const passwordHash = await hashPassword(options.demoPassword);
    for (const account of demoAccounts) {
      const user = await prisma.user.upsert({
        where: { email: account.email },
        update: {},
        create: { ...account, languages: [...account.languages], passwordHash, interfaceLocale: null },
        select: { id: true, role: true },
      });
      if (user.role === 'editor') editorId = user.id;
      accounts++;
    }
    await prisma.setting.upsert({
      where: { key: 'require2fa' },
      update: {},
      create: { key: 'require2fa', value: false },
    });
  }
  await seedTaxonomy(prisma);
  await seedCovers(prisma, options.uploadsDir);
  await seedIdentity(prisma, options.uploadsDir);
  const translations = (await seedArticles(prisma, editorId)) + (await seedPages(prisma, editorId));
  await seedGlossary(prisma);
  await seedMemory(prisma);
  return { articles: demoArticles.length, translations, accounts };
}
