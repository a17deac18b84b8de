import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { AuditContext } from '@/lib/workspace/audit';
import { saveTranslation } from '@/lib/workspace/articles/save';
import type { SaveResult } from '@/lib/workspace/articles/types';
import { alignBlocks, bodyBlocks } from './blocks';
import { findGlossaryTerms } from './glossary-apply';
import { inlineFromRuns, runsFromInline, runsSignature, runsText, type Run } from './inline';
import { bodyUnitId, parseXliff, rebuildBody, segmentsOf, writeXliff, type XliffError, type XliffText } from './xliff';

const textSelect = {
  title: true,
  summary: true,
  seoDescription: true,
  coverAlt: true,
  body: true,
  slug: true,
} as const;

/** The working texts (working copy, else the row) of an article's source and target languages. */
async function workingTexts(articleId: string, sourceLocale: Locale, targetLocale: Locale) {
  const article = await db().article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: {
      translations: {
        where: { locale: { in: [sourceLocale, targetLocale] } },
        select: {
          locale: true,
          version: true,
          ...textSelect,
          workingCopy: { select: { version: true, ...textSelect } },
        },
      },
    },
  });
  if (!article) return null;
  const working = (locale: Locale) => {
    const row = article.translations.find((translation) => translation.locale === locale);
    return row ? (row.workingCopy ?? row) : null;
  };
  return { source: working(sourceLocale), target: working(targetLocale) };
}

/** The target's runs at each of the source's segments: fields by name, body blocks where they align. */
function alignedTarget(source: XliffText, target: XliffText | null): Map<string, Run[]> {
  const aligned = new Map<string, Run[]>();
  if (!target) return aligned;
  for (const field of ['title', 'summary', 'seoDescription', 'coverAlt'] as const) {
    const value = field === 'coverAlt' ? (target.coverAlt ?? '') : target[field];
    if (value) aligned.set(field, [{ text: value, marks: [] }]);
  }
  for (const { source: block, target: match } of alignBlocks(bodyBlocks(source.body), bodyBlocks(target.body))) {
    if (!match?.text) continue;
    aligned.set(
      bodyUnitId(block.path),
      match.kind === 'text' ? runsFromInline(match.inline) : [{ text: match.text, marks: [] }],
    );
  }
  return aligned;
}

export type XliffExport =
  { ok: true; xml: string; filename: string } | { ok: false; error: 'not-found' | 'same-language' };

/**
 * An article's source and one target language as XLIFF 1.2, for staff who may edit the target. The source is the
 * source language's working text (what the side-by-side editor shows), the target the target's working text.
 */
export async function exportXliff(
  actor: Actor,
  input: { articleId: string; sourceLocale: Locale; targetLocale: Locale },
): Promise<XliffExport> {
  authorize(actor, 'edit:translation:own-languages', { locale: input.targetLocale });
  if (input.sourceLocale === input.targetLocale) return { ok: false, error: 'same-language' };
  const texts = await workingTexts(input.articleId, input.sourceLocale, input.targetLocale);
  if (!texts?.source) return { ok: false, error: 'not-found' };
  const { source, target } = texts;
  const glossary = await findGlossaryTerms(source, input.sourceLocale, input.targetLocale);
  const hints = new Map(glossary.hints.map((hint) => [hint.entryId, hint]));
  const notes = new Map<string, string[]>();
  for (const [unit, matches] of Object.entries(glossary.matches)) {
    const id = unit.startsWith('body:') ? bodyUnitId(unit.slice('body:'.length)) : unit;
    const lines = [...new Set(matches.map((match) => match.entryId))].flatMap((entryId) => {
      const hint = hints.get(entryId);
      if (!hint?.rendering) return [];
      return [`${hint.term} → ${hint.rendering}${hint.note ? ` (${hint.note})` : ''}`];
    });
    if (lines.length) notes.set(id, lines);
  }
  const xml = writeXliff({
    articleId: input.articleId,
    sourceLocale: input.sourceLocale,
    targetLocale: input.targetLocale,
    source,
    target: alignedTarget(source, target),
    notes,
    title: source.title,
  });
  const slug = source.slug.replace(/[^a-z0-9-]/gi, '').slice(0, 60) || 'article';
  return { ok: true, xml, filename: `${slug}.${input.sourceLocale}-${input.targetLocale}.xlf` };
}

export type XliffImportResult =
  SaveResult | { ok: false; error: XliffError | 'xliff-source-changed' | 'xliff-no-title'; units?: string[] };

/**
 * A translated XLIFF file into the target's working text, through the editor's own save (so a published translation
 * gets it as unpublished changes, a stale version is a conflict, and every import is a revision). Refused, naming the
 * units, when the file's source no longer matches the source's working text; a unit without a target keeps the
 * translation's current text there.
 */
export async function importXliff(
  actor: Actor & AuditContext,
  input: { articleId: string; sourceLocale: Locale; targetLocale: Locale; baseVersion: number; xml: string },
): Promise<XliffImportResult> {
  authorize(actor, 'edit:translation:own-languages', { locale: input.targetLocale });
  const parsed = parseXliff(input.xml);
  if (!parsed.ok) return { ok: false, error: parsed.error, ...(parsed.unit ? { units: [parsed.unit] } : {}) };
  const { file } = parsed;
  if (file.original !== `habar:article:${input.articleId}`) return { ok: false, error: 'xliff-wrong-article' };
  if (file.sourceLocale !== input.sourceLocale || file.targetLocale !== input.targetLocale) {
    return { ok: false, error: 'xliff-wrong-language' };
  }
  const texts = await workingTexts(input.articleId, input.sourceLocale, input.targetLocale);
  if (!texts?.source) return { ok: false, error: 'not-found' };
  const { source, target } = texts;

  const segments = segmentsOf(source);
  const changed = segments
    .filter((segment) => {
      const unit = file.units.get(segment.id);
      return !unit || runsSignature(unit.source) !== runsSignature(segment.runs);
    })
    .map((segment) => segment.id);
  const known = new Set(segments.map((segment) => segment.id));
  const extra = [...file.units.keys()].filter((id) => !known.has(id));
  if (changed.length || extra.length)
    return { ok: false, error: 'xliff-source-changed', units: [...changed, ...extra] };

  const current = alignedTarget(source, target);
  const translated = (id: string) => file.units.get(id)?.target ?? current.get(id) ?? null;
  const fieldText = (id: 'title' | 'summary' | 'seoDescription' | 'coverAlt') => {
    const runs = translated(id);
    return runs ? runsText(runs).trim() : '';
  };
  const body = rebuildBody(source.body, (path, kind) => {
    const runs = translated(bodyUnitId(path));
    if (kind === 'image') return runs ? runsText(runs) : '';
    return runs ? inlineFromRuns(runs) : [];
  });
  const title = fieldText('title');
  if (!title) return { ok: false, error: 'xliff-no-title' };
  return saveTranslation(actor, {
    articleId: input.articleId,
    locale: input.targetLocale,
    baseVersion: input.baseVersion,
    minorEdit: false,
    title,
    summary: fieldText('summary'),
    seoDescription: fieldText('seoDescription'),
    coverAlt: fieldText('coverAlt'),
    slug: target?.slug ?? '',
    body,
  });
}
