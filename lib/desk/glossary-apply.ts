import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { bodyBlocks } from './blocks';
import { approvedEntries } from './glossary';
import { findTerms, formKeys, wordsOf, type KeyTable, type TermForm } from './glossary-match';
import { matchKeys } from './match-keys';
import type { GlossaryHighlights, GlossaryHint, MissingTerm } from './types';

/** The translated text of one language, as the glossary reads it. */
export interface GlossaryText {
  title: string;
  summary: string;
  seoDescription: string;
  coverAlt: string | null;
  body: unknown;
}

/** Every piece of text of a translation by unit key: the fields, and each body block as `body:<path>`. */
export function textUnits(text: GlossaryText): Record<string, string> {
  const units: Record<string, string> = {
    title: text.title,
    summary: text.summary,
    seoDescription: text.seoDescription,
    coverAlt: text.coverAlt ?? '',
  };
  for (const block of bodyBlocks(text.body)) units[`body:${block.path}`] = block.text;
  return units;
}

type Entry = Awaited<ReturnType<typeof approvedEntries>>[number];

/** The forms (term and variants) of each entry in `locale`; "do not translate" entries use the source's forms. */
function formsIn(entries: Entry[], locale: Locale, fallbackLocale: Locale | null): { entryId: string; text: string }[] {
  return entries.flatMap((entry) => {
    const term =
      entry.terms.find((candidate) => candidate.locale === locale) ??
      (entry.doNotTranslate && fallbackLocale ? entry.terms.find((t) => t.locale === fallbackLocale) : undefined);
    return term ? [term.term, ...term.variants].map((text) => ({ entryId: entry.id, text })) : [];
  });
}

async function keyedForms(forms: { entryId: string; text: string }[], locale: Locale, texts: string[]) {
  const table: KeyTable = await matchKeys(locale, wordsOf([...texts, ...forms.map((form) => form.text)]));
  const keyed: TermForm[] = forms.map((form) => ({ entryId: form.entryId, keys: formKeys(form.text, table) }));
  return { table, forms: keyed };
}

/** Where the approved glossary's terms occur in a source text, with their renderings in the target language. */
export async function findGlossaryTerms(
  text: GlossaryText,
  sourceLocale: Locale,
  targetLocale: Locale,
): Promise<GlossaryHighlights> {
  const entries = (await approvedEntries([sourceLocale])).filter((entry) =>
    entry.terms.some((term) => term.locale === sourceLocale),
  );
  if (!entries.length) return { hints: [], matches: {} };
  const units = textUnits(text);
  const { table, forms } = await keyedForms(formsIn(entries, sourceLocale, null), sourceLocale, Object.values(units));
  const matches: GlossaryHighlights['matches'] = {};
  const used = new Set<string>();
  for (const [key, value] of Object.entries(units)) {
    const found = findTerms(value, forms, table, sourceLocale);
    if (found.length) matches[key] = found;
    for (const match of found) used.add(match.entryId);
  }
  const hints: GlossaryHint[] = entries
    .filter((entry) => used.has(entry.id))
    .map((entry) => {
      const term = entry.terms.find((candidate) => candidate.locale === sourceLocale)?.term ?? '';
      const rendering = entry.doNotTranslate
        ? term
        : (entry.terms.find((candidate) => candidate.locale === targetLocale)?.term ?? null);
      return { entryId: entry.id, term, rendering, doNotTranslate: entry.doNotTranslate, note: entry.note };
    });
  return { hints, matches };
}

/**
 * Source terms whose approved rendering (or one of its accepted variants) the translation lacks: an entry found in
 * the source needs one of its target forms somewhere in the translation. Entries without a term in the target
 * language are not checked (there is nothing to expect yet).
 */
export async function missingGlossaryTerms(
  source: GlossaryText,
  target: GlossaryText,
  sourceLocale: Locale,
  targetLocale: Locale,
): Promise<MissingTerm[]> {
  const found = await findGlossaryTerms(source, sourceLocale, targetLocale);
  const expected = found.hints.filter((hint) => hint.rendering);
  if (!expected.length) return [];
  const entries = (await approvedEntries([sourceLocale])).filter((entry) =>
    expected.some((hint) => hint.entryId === entry.id),
  );
  const targetTexts = Object.values(textUnits(target));
  const { table, forms } = await keyedForms(formsIn(entries, targetLocale, sourceLocale), targetLocale, targetTexts);
  const present = new Set(
    targetTexts.flatMap((value) => findTerms(value, forms, table, targetLocale)).map((m) => m.entryId),
  );
  return expected
    .filter((hint) => !present.has(hint.entryId))
    .map((hint) => ({ entryId: hint.entryId, term: hint.term, rendering: hint.rendering ?? '' }));
}

const textSelect = { title: true, summary: true, seoDescription: true, coverAlt: true, body: true } as const;

/**
 * The glossary check of one language's working text against the source's working text (its unpublished changes
 * when it has any): what a translator sees before submitting. Null when the article or either language is missing.
 */
export async function glossaryCheck(
  actor: Actor,
  input: { articleId: string; locale: Locale },
): Promise<MissingTerm[] | null> {
  authorize(actor, 'edit:translation:own-languages', { locale: input.locale });
  const article = await db().article.findFirst({
    where: { id: input.articleId, deletedAt: null },
    select: {
      sourceLocale: true,
      translations: { select: { locale: true, ...textSelect, workingCopy: { select: textSelect } } },
    },
  });
  if (!article) return null;
  const working = (locale: Locale) => {
    const row = article.translations.find((translation) => translation.locale === locale);
    return row ? (row.workingCopy ?? row) : null;
  };
  const source = working(article.sourceLocale);
  const target = working(input.locale);
  if (!source || !target) return null;
  if (input.locale === article.sourceLocale) return [];
  return missingGlossaryTerms(source, target, article.sourceLocale, input.locale);
}
