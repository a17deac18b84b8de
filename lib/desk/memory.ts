/**
 * The translation memory's content from the articles: every published language of an article aligned with its
 * published source, segment by segment (decision 021). Called inside the transaction of every change to what readers
 * see (publish, publish changes, unpublish, the scheduler) and by the demo seed, so the memory always holds exactly
 * the article pairs that are live. Takes the transaction as an argument and imports nothing server-only, so the seed
 * (outside Next) shares it.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Locale } from '@/i18n/routing';
import type { Prisma } from '@/lib/generated/prisma/client';
import { alignBlocks, bodyBlocks, normalizeSegment, sentences } from './blocks';

type Tx = Prisma.TransactionClient;

export type SegmentKind = 'field' | 'block' | 'sentence';

export interface MemorySegment {
  segment: SegmentKind;
  variants: Partial<Record<Locale, string>>;
}

interface PublishedText {
  locale: Locale;
  title: string;
  summary: string;
  seoDescription: string;
  body: unknown;
}

/** The identity of a unit's content: its (language, text) pairs, sorted. */
export function unitHash(variants: Partial<Record<string, string>>): string {
  const lines = Object.entries(variants)
    .filter(([, text]) => text)
    .map(([locale, text]) => `${locale}\t${text ?? ''}`)
    .sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/**
 * The aligned segments of one article: the source's fields and blocks with the text each other language has at the
 * same place; each aligned block pair is also split into sentences when both have the same number of them (more than
 * one). A target segment identical to the source (untranslated, a name, a number) teaches nothing and is left out.
 */
export function alignArticle(source: PublishedText, others: PublishedText[]): MemorySegment[] {
  const units = new Map<string, MemorySegment>();
  const put = (key: string, segment: SegmentKind, locale: Locale, text: string, sourceText: string) => {
    const clean = normalizeSegment(text);
    const cleanSource = normalizeSegment(sourceText);
    if (!clean || !cleanSource || clean === cleanSource) return;
    const unit = units.get(key) ?? { segment, variants: { [source.locale]: cleanSource } };
    unit.variants[locale] = clean;
    units.set(key, unit);
  };
  const sourceBlocks = bodyBlocks(source.body);
  for (const other of others) {
    for (const field of ['title', 'summary', 'seoDescription'] as const) {
      put(field, 'field', other.locale, other[field], source[field]);
    }
    for (const { source: block, target } of alignBlocks(sourceBlocks, bodyBlocks(other.body))) {
      if (!target) continue;
      put(`block:${block.path}`, 'block', other.locale, target.text, block.text);
      const from = sentences(block.text, source.locale);
      const to = sentences(target.text, other.locale);
      if (from.length > 1 && from.length === to.length) {
        from.forEach((sentence, index) =>
          put(`sentence:${block.path}:${index}`, 'sentence', other.locale, to[index] ?? '', sentence),
        );
      }
    }
  }
  return [...units.values()].filter((unit) => Object.keys(unit.variants).length > 1);
}

/** Writes memory units (and their variants) of one origin. */
export async function insertUnits(
  tx: Tx,
  units: MemorySegment[],
  origin: { origin: 'article'; articleId: string } | { origin: 'imported' },
): Promise<number> {
  if (!units.length) return 0;
  const rows = units.map((unit) => ({ id: randomUUID(), ...unit, contentHash: unitHash(unit.variants) }));
  await tx.memoryUnit.createMany({
    data: rows.map((row) => ({
      id: row.id,
      origin: origin.origin,
      articleId: origin.origin === 'article' ? origin.articleId : null,
      segment: row.segment,
      contentHash: row.contentHash,
    })),
  });
  await tx.memoryVariant.createMany({
    data: rows.flatMap((row) =>
      Object.entries(row.variants).map(([locale, text]) => ({
        unitId: row.id,
        locale: locale as Locale,
        text: text ?? '',
      })),
    ),
  });
  return rows.length;
}

/**
 * Replaces an article's units with the alignment of its languages as published now. An article in the trash, or
 * without a published source and at least one published translation, has none.
 */
export async function rememberArticle(tx: Tx, articleId: string): Promise<number> {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: {
      sourceLocale: true,
      deletedAt: true,
      translations: {
        where: { status: 'published' },
        select: { locale: true, title: true, summary: true, seoDescription: true, body: true },
      },
    },
  });
  await tx.memoryUnit.deleteMany({ where: { articleId } });
  if (!article || article.deletedAt) return 0;
  const source = article.translations.find((translation) => translation.locale === article.sourceLocale);
  const others = article.translations.filter((translation) => translation.locale !== article.sourceLocale);
  if (!source || !others.length) return 0;
  return insertUnits(tx, alignArticle(source, others), { origin: 'article', articleId });
}
