import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { IMAGE_NODE } from '@/lib/content/schema';
import { storedBodyText } from '@/lib/content/validate';
import { db } from '@/lib/db';
import { missingGlossaryTerms } from '@/lib/desk/glossary-apply';
import { uneditedSegments } from '@/lib/desk/mt/draft';
import { env } from '@/lib/env';
import { publicPaths } from '@/lib/render/public/paths';
import { changedFields, translatedFieldSelect } from './fields';
import type { FieldChange } from './types';
import { isOutdated, versionSelect } from './working-text';

/**
 * What publishing one language puts in front of readers, checked before anyone confirms: the address it goes live
 * at, what is missing (warnings, which never block: an urgent statement may go out without a cover), and what must
 * never go live (an empty title or body, refused by the server too). For changes to a live text, also what changes.
 */
export type PublishBlocker = 'empty-title' | 'empty-body';

export type PublishWarning =
  | {
      code:
        | 'no-summary'
        | 'no-byline'
        | 'no-cover'
        | 'no-cover-alt'
        | 'no-seo-description'
        | 'outdated'
        | 'machine-drafted';
    }
  | { code: 'category-untranslated' | 'tags-untranslated'; names: string[] }
  /** Source terms whose approved glossary rendering the translation lacks (decision 021). */
  | { code: 'glossary-missing'; terms: { term: string; rendering: string }[] };

export interface PublishCheck {
  locale: Locale;
  /** The absolute public URL of this language. */
  url: string;
  /** Whether this publishes changes to a text readers already see (then `changes` lists them). */
  replacesLive: boolean;
  changes: FieldChange[];
  blockers: PublishBlocker[];
  warnings: PublishWarning[];
}

/** Whether a body has anything for a reader: text, or an image (whose alt text counts as its text). */
function hasContent(body: unknown): boolean {
  return storedBodyText(body).trim() !== '' || JSON.stringify(body ?? {}).includes(`"type":"${IMAGE_NODE}"`);
}

export function publishBlockers(text: { title: string; body: unknown }): PublishBlocker[] {
  const blockers: PublishBlocker[] = [];
  if (!text.title.trim()) blockers.push('empty-title');
  if (!hasContent(text.body)) blockers.push('empty-body');
  return blockers;
}

/**
 * The check for publishing (or scheduling) `locale`: of its changes when it has a working copy and `changes` is
 * asked, else of the translation's own text. Null when the article or language does not exist.
 */
export async function publishCheck(
  actor: Actor,
  input: { articleId: string; locale: Locale; changes: boolean },
): Promise<PublishCheck | null> {
  authorize(actor, 'publish:translation:any', { locale: input.locale });
  const article = await db().article.findFirst({
    where: { id: input.articleId, deletedAt: null },
    select: {
      kind: true,
      sourceLocale: true,
      coverMediaId: true,
      coverMedia: { select: { translations: { where: { locale: input.locale }, select: { alt: true } } } },
      authors: { select: { authorId: true } },
      category: { select: { translations: { select: { locale: true, name: true } } } },
      tags: { select: { tag: { select: { translations: { select: { locale: true, name: true } } } } } },
      translations: {
        select: {
          locale: true,
          ...translatedFieldSelect,
          ...versionSelect,
          workingCopy: { select: { ...versionSelect.workingCopy.select, ...translatedFieldSelect } },
          machineDraft: { select: { segments: true } },
        },
      },
    },
  });
  const translation = article?.translations.find((candidate) => candidate.locale === input.locale);
  if (!article || !translation) return null;
  const source = article.translations.find((candidate) => candidate.locale === article.sourceLocale);
  const replacesLive = input.changes && Boolean(translation.workingCopy);
  const text = replacesLive && translation.workingCopy ? translation.workingCopy : translation;

  const warnings: PublishWarning[] = [];
  if (!text.summary.trim()) warnings.push({ code: 'no-summary' });
  // A page of the site (About, Contact) carries no byline and needs no cover.
  const page = article.kind === 'page';
  if (!page && !article.authors.length) warnings.push({ code: 'no-byline' });
  if (!article.coverMediaId) {
    if (!page) warnings.push({ code: 'no-cover' });
  } else if (!text.coverAlt?.trim() && !article.coverMedia?.translations[0]?.alt.trim()) {
    warnings.push({ code: 'no-cover-alt' });
  }
  if (!text.seoDescription.trim()) warnings.push({ code: 'no-seo-description' });
  if (translation.locale !== article.sourceLocale && isOutdated(translation, source)) {
    warnings.push({ code: 'outdated' });
  }
  const untranslated = (names: { locale: Locale; name: string }[][]) =>
    names.filter((entry) => !entry.some((name) => name.locale === input.locale)).map((entry) => entry[0]?.name ?? '');
  const category = article.category ? untranslated([article.category.translations]) : [];
  if (category.length) warnings.push({ code: 'category-untranslated', names: category });
  const tags = untranslated(article.tags.map(({ tag }) => tag.translations));
  if (tags.length) warnings.push({ code: 'tags-untranslated', names: tags });
  if (source && translation.locale !== article.sourceLocale) {
    const missing = await missingGlossaryTerms(source.workingCopy ?? source, text, article.sourceLocale, input.locale);
    if (missing.length) warnings.push({ code: 'glossary-missing', terms: missing });
  }
  if (translation.machineDraft && uneditedSegments(translation.machineDraft.segments, text) > 0) {
    warnings.push({ code: 'machine-drafted' });
  }

  return {
    locale: input.locale,
    url: `${env().PUBLIC_BASE_URL.replace(/\/+$/, '')}${(page ? publicPaths.page : publicPaths.article)(input.locale, text.slug)}`,
    replacesLive,
    changes: replacesLive ? changedFields(translation, text) : [],
    blockers: publishBlockers(text),
    warnings,
  };
}
