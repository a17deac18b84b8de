import 'server-only';
import { createHash } from 'node:crypto';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AuditContext } from '@/lib/workspace/audit';
import { recordAudit } from '@/lib/workspace/audit';
import { saveTranslation } from '@/lib/workspace/articles/save';
import type { SaveResult } from '@/lib/workspace/articles/types';
import { alignBlocks, bodyBlocks } from '../blocks';
import { findGlossaryTerms, textUnits } from '../glossary-apply';
import { inlineFromRuns, runsFromInline, runsText, type Run } from '../inline';
import { rebuildBody } from '../xliff';
import { readMarkup, splitAtBreaks, writeMarkup } from './markup';
import { configuredTranslator, MtFailure, type MtErrorCode, type Translator } from './providers';

/** Whether machine-translated drafts are on (an organisation's choice: MT_PROVIDER). The editor shows the button. */
export function machineTranslationEnabled(): boolean {
  return configuredTranslator(env()) !== null;
}

const FIELDS = ['title', 'summary', 'seoDescription', 'coverAlt'] as const;
type Field = (typeof FIELDS)[number];

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

const textSelect = {
  title: true,
  summary: true,
  seoDescription: true,
  coverAlt: true,
  body: true,
  slug: true,
} as const;

interface Piece {
  /** `title`, `summary`… or `body:<path>`. */
  key: string;
  runs: Run[];
  /** Glossary terms in `runs`' text. */
  terms: { start: number; end: number; rendering: string }[];
}

/** Translates pieces as HTML (marks and glossary kept); a piece whose answer cannot be read goes again as text. */
async function translatePieces(translator: Translator, pieces: Piece[], source: Locale, target: Locale) {
  const markups = pieces.map((piece) => writeMarkup(piece.runs, piece.terms));
  const answers = await translator.translate(
    markups.map((markup) => markup.html),
    source,
    target,
    'html',
  );
  const results: Run[][] = [];
  const retry: number[] = [];
  answers.forEach((answer, index) => {
    const runs = readMarkup(answer, markups[index] as (typeof markups)[number]);
    if (runs) results[index] = runs;
    else retry.push(index);
  });
  if (retry.length) {
    const plain = await translator.translate(
      retry.map((index) => runsText(pieces[index]?.runs ?? [])),
      source,
      target,
      'text',
    );
    retry.forEach((index, position) => (results[index] = [{ text: plain[position] ?? '', marks: [] }]));
  }
  return results;
}

export type MachineDraftResult =
  SaveResult | { ok: false; error: MtErrorCode | 'mt-not-configured' | 'mt-nothing-to-draft' };

/**
 * "Draft with machine translation": every empty segment of the target (field or body block; the whole text when the
 * language does not exist yet) is filled with the provider's translation of the source's working text, keeping its
 * marks and the glossary's approved renderings, then saved like any edit (a published translation gets it as
 * changes). The segments written are remembered: the translation counts as machine-drafted until a person has edited
 * every one of them. Without MT_PROVIDER nothing is sent and the answer is `mt-not-configured`.
 */
export async function machineDraft(
  actor: Actor & AuditContext,
  input: { articleId: string; locale: Locale; baseVersion: number },
): Promise<MachineDraftResult> {
  authorize(actor, 'edit:translation:own-languages', { locale: input.locale });
  const translator = configuredTranslator(env());
  if (!translator) return { ok: false, error: 'mt-not-configured' };
  const article = await db().article.findFirst({
    where: { id: input.articleId, deletedAt: null },
    select: {
      sourceLocale: true,
      translations: { select: { locale: true, ...textSelect, workingCopy: { select: textSelect } } },
    },
  });
  if (!article) return { ok: false, error: 'not-found' };
  const working = (locale: Locale) => {
    const row = article.translations.find((translation) => translation.locale === locale);
    return row ? (row.workingCopy ?? row) : null;
  };
  const source = working(article.sourceLocale);
  const current = working(input.locale);
  if (!source || input.locale === article.sourceLocale) return { ok: false, error: 'mt-nothing-to-draft' };

  // The target's blocks where they align with the source's; without a body of its own it takes the source's shape.
  const targetBlocks = current ? bodyBlocks(current.body) : [];
  const skeleton = targetBlocks.length ? current?.body : source.body;
  const aligned = alignBlocks(bodyBlocks(source.body), targetBlocks.length ? targetBlocks : bodyBlocks(source.body));
  const glossary = await findGlossaryTerms(source, article.sourceLocale, input.locale);
  const rendering = new Map(glossary.hints.map((hint) => [hint.entryId, hint.rendering]));
  const termsIn = (key: string) =>
    (glossary.matches[key] ?? []).flatMap((match) => {
      const text = rendering.get(match.entryId);
      return text ? [{ start: match.start, end: match.end, rendering: text }] : [];
    });

  const pieces: Piece[] = [];
  const sourceUnits = textUnits(source);
  for (const field of FIELDS) {
    const value = sourceUnits[field] ?? '';
    if (value.trim() && !(current?.[field] ?? '').trim()) {
      pieces.push({ key: field, runs: [{ text: value, marks: [] }], terms: termsIn(field) });
    }
  }
  for (const { source: block, target } of aligned) {
    const empty = !targetBlocks.length || (target && !target.text.trim());
    if (!block.text.trim() || !empty || !target) continue;
    const key = `body:${block.path}`;
    pieces.push({
      key,
      runs: block.kind === 'text' ? runsFromInline(block.inline) : [{ text: block.text, marks: [] }],
      terms: termsIn(key),
    });
  }
  if (!pieces.length) return { ok: false, error: 'mt-nothing-to-draft' };

  // Each piece is cut at its line breaks; the terms' offsets follow the cut.
  const parts: Piece[] = [];
  const partsOf: number[] = [];
  pieces.forEach((piece, index) => {
    let offset = 0;
    for (const runs of splitAtBreaks(piece.runs)) {
      const length = runsText(runs).length;
      const terms = piece.terms
        .filter((term) => term.start >= offset && term.end <= offset + length)
        .map((term) => ({ ...term, start: term.start - offset, end: term.end - offset }));
      parts.push({ key: piece.key, runs, terms });
      partsOf.push(index);
      offset += length + 1;
    }
  });
  let translated: Run[][];
  try {
    translated = await translatePieces(translator, parts, article.sourceLocale, input.locale);
  } catch (error) {
    if (error instanceof MtFailure) return { ok: false, error: error.code };
    throw error;
  }
  const results = new Map<string, Run[]>();
  parts.forEach((part, index) => {
    const key = pieces[partsOf[index] as number]?.key ?? part.key;
    const before = results.get(key);
    results.set(key, before ? [...before, { break: true }, ...(translated[index] ?? [])] : (translated[index] ?? []));
  });

  const field = (name: Field) => {
    const runs = results.get(name);
    return runs ? runsText(runs).trim() : (current?.[name] ?? '');
  };
  const body = rebuildBody(skeleton, (path, kind) => {
    const runs = results.get(`body:${path}`);
    if (!runs) return targetBlocks.length ? null : kind === 'image' ? '' : [];
    return kind === 'image' ? runsText(runs).trim() : inlineFromRuns(runs);
  });
  const saved = await saveTranslation(actor, {
    articleId: input.articleId,
    locale: input.locale,
    baseVersion: input.baseVersion,
    minorEdit: false,
    title: field('title'),
    summary: field('summary'),
    seoDescription: field('seoDescription'),
    coverAlt: field('coverAlt') ?? '',
    slug: current?.slug ?? '',
    body,
  });
  if (!saved.ok) return saved;
  const written = textUnits({
    title: field('title'),
    summary: field('summary'),
    seoDescription: field('seoDescription'),
    coverAlt: field('coverAlt'),
    body,
  });
  const segments = [...results.keys()].map((key) => ({ key, hash: hashOf(written[key] ?? '') }));
  await db().$transaction(async (tx) => {
    const translation = await tx.articleTranslation.findFirst({
      where: { articleId: input.articleId, locale: input.locale },
      select: { id: true, machineDraft: { select: { segments: true } } },
    });
    if (!translation) return;
    const earlier = (translation.machineDraft?.segments ?? []) as { key: string; hash: string }[];
    const merged = [...earlier.filter((segment) => !results.has(segment.key)), ...segments];
    await tx.machineDraft.upsert({
      where: { translationId: translation.id },
      create: { translationId: translation.id, provider: translator.name, segments: merged },
      update: { provider: translator.name, segments: merged, createdAt: new Date() },
    });
    await recordAudit(
      tx,
      actor,
      'translation.machine-drafted',
      { type: 'article', id: input.articleId },
      { locale: input.locale, provider: translator.name, segments: segments.length },
    );
  });
  return saved;
}

type WorkingText = Parameters<typeof textUnits>[0];

/** Of the segments the machine wrote, those nobody has edited since (their text is still what it wrote). */
export function uneditedSegments(segments: Prisma.JsonValue, text: WorkingText): number {
  const units = textUnits(text);
  return ((segments ?? []) as { key: string; hash: string }[]).filter(
    (segment) => units[segment.key] !== undefined && hashOf(units[segment.key] ?? '') === segment.hash,
  ).length;
}

/**
 * After a person's save: forget the machine's segments they have edited, and the whole mark once none is left.
 * Cheap when the translation was never machine-drafted (one indexed read).
 */
export async function settleMachineDraft(articleId: string, locale: Locale): Promise<void> {
  const translation = await db().articleTranslation.findFirst({
    where: { articleId, locale, machineDraft: { isNot: null } },
    select: {
      id: true,
      ...textSelect,
      workingCopy: { select: textSelect },
      machineDraft: { select: { segments: true } },
    },
  });
  if (!translation?.machineDraft) return;
  const units = textUnits(translation.workingCopy ?? translation);
  const left = (translation.machineDraft.segments as { key: string; hash: string }[]).filter(
    (segment) => units[segment.key] !== undefined && hashOf(units[segment.key] ?? '') === segment.hash,
  );
  if (left.length)
    await db().machineDraft.update({ where: { translationId: translation.id }, data: { segments: left } });
  else await db().machineDraft.deleteMany({ where: { translationId: translation.id } });
}
