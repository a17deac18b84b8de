import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { bodyBlocks, countWords } from './blocks';

/** A body's blocks that have text (place in the structure) and its words: all the dashboard needs of it. */
interface BodyShape {
  blocks: Set<string>;
  words: number;
}

/**
 * Bodies are read once per content version: shapes are kept by content fingerprint (a hash of the text, so a
 * fingerprint never names two texts), bounded, oldest dropped first. The dashboard then reads only fingerprints.
 */
const shapes = new Map<string, BodyShape>();
const MAX_SHAPES = 5000;

function shapeOf(body: unknown, locale: Locale): BodyShape {
  const blocks = bodyBlocks(body).filter((block) => block.text.trim());
  return {
    blocks: new Set(blocks.map((block) => `${block.path}|${block.shape}`)),
    words: blocks.reduce((sum, block) => sum + countWords(block.text, locale), 0),
  };
}

function remember(key: string, shape: BodyShape) {
  if (!key) return;
  shapes.set(key, shape);
  if (shapes.size > MAX_SHAPES) shapes.delete(shapes.keys().next().value as string);
}

export interface LanguageCounts {
  words: number;
  /** Source blocks with a corresponding target block with text (the source itself: all). */
  translated: number;
  total: number;
  /** Machine-translated segments wait for a person's edit. */
  machineDrafted: boolean;
}

/** Words and translation progress (blocks translated / total) of each language of the given articles. */
export async function dashboardCounts(
  actor: Actor,
  articleIds: string[],
): Promise<Record<string, Partial<Record<Locale, LanguageCounts>>>> {
  authorize(actor, 'read:workspace');
  const articles = await db().article.findMany({
    where: { id: { in: articleIds.slice(0, 200) } },
    select: {
      id: true,
      sourceLocale: true,
      translations: {
        select: {
          id: true,
          locale: true,
          contentFingerprint: true,
          workingCopy: { select: { contentFingerprint: true } },
          machineDraft: { select: { translationId: true } },
        },
      },
    },
  });
  const keyOf = (t: (typeof articles)[number]['translations'][number]) =>
    `${t.locale}:${t.workingCopy?.contentFingerprint ?? t.contentFingerprint}`;
  const missing = articles.flatMap((article) =>
    article.translations.filter(
      (t) => !(t.workingCopy?.contentFingerprint ?? t.contentFingerprint) || !shapes.has(keyOf(t)),
    ),
  );
  const loaded = new Map<string, BodyShape>();
  if (missing.length) {
    const rows = await db().articleTranslation.findMany({
      where: { id: { in: missing.map((t) => t.id) } },
      select: { id: true, locale: true, body: true, workingCopy: { select: { body: true } } },
    });
    for (const row of rows) {
      const shape = shapeOf(row.workingCopy?.body ?? row.body, row.locale);
      loaded.set(row.id, shape);
      const translation = missing.find((t) => t.id === row.id);
      if (translation && (translation.workingCopy?.contentFingerprint ?? translation.contentFingerprint)) {
        remember(keyOf(translation), shape);
      }
    }
  }
  const result: Record<string, Partial<Record<Locale, LanguageCounts>>> = {};
  for (const article of articles) {
    const shapeFor = (t: (typeof article.translations)[number]) => loaded.get(t.id) ?? shapes.get(keyOf(t));
    const source = article.translations.find((t) => t.locale === article.sourceLocale);
    const sourceShape = source ? shapeFor(source) : undefined;
    const counts: Partial<Record<Locale, LanguageCounts>> = {};
    for (const translation of article.translations) {
      const shape = shapeFor(translation);
      if (!shape) continue;
      const total = sourceShape?.blocks.size ?? 0;
      const translated = sourceShape ? [...sourceShape.blocks].filter((block) => shape.blocks.has(block)).length : 0;
      counts[translation.locale] = {
        words: shape.words,
        translated,
        total,
        machineDrafted: Boolean(translation.machineDraft),
      };
    }
    result[article.id] = counts;
  }
  return result;
}
