'use client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { BodyContent, EditorProvider, Toolbar } from '@/components/editor';
import { SourceBody } from '@/components/editor/source-body';
import type { Locale } from '@/i18n/routing';
import type { TiptapNode } from '@/lib/content/schema';
import { translatedFieldLimits, type TranslationDraft, type TranslationView } from '@/lib/workspace/articles/types';
import { slugify } from '@/lib/slug';
import { codeText } from '@/lib/workspace/action-result';
import type { GlossaryHighlights } from '@/lib/desk/types';
import { HighlightedText } from './desk-panels';
import { useMediaPicker } from './use-media-picker';

/**
 * The fields aligned row by row: the other language on the left (read-only, as readers see it), this language on
 * the right. Labels are the plain field names ("Title", "Body"…), so screen readers and tests find them.
 */
export function TranslationFields({
  left,
  locale,
  draft,
  bodyKey,
  onChange,
  onBodyChange,
  fieldErrors,
  hasCover,
  readOnly = false,
  glossary = null,
  bodyExtras,
}: {
  left: TranslationView | null;
  locale: Locale;
  draft: TranslationDraft;
  bodyKey: number;
  onChange: (patch: Partial<TranslationDraft>) => void;
  onBodyChange: (body: TiptapNode) => void;
  fieldErrors?: Record<string, string>;
  hasCover: boolean;
  /** Shown but not editable (the reason is said above the form). */
  readOnly?: boolean;
  /** The glossary's terms in the left-hand text (highlighted with their renderings in this language). */
  glossary?: GlossaryHighlights | null;
  /** Shown under this language's body, inside its editor (the translation memory's matches). */
  bodyExtras?: ReactNode;
}) {
  const t = useTranslations('TranslationEditor');
  const td = useTranslations('Desk');
  const tf = useTranslations('FieldErrors');
  const loadMedia = useMediaPicker(locale);
  const error = (field: string) => {
    const code = fieldErrors?.[field];
    if (!code) return null;
    return (
      <p className="field-error" id={`${field}-error`}>
        {codeText(tf, '', code, 'invalid')}
      </p>
    );
  };
  const described = (field: string, hint?: boolean) =>
    [hint ? `${field}-hint` : '', fieldErrors?.[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const row = (field: string, source: ReactNode, editor: ReactNode) => (
    <div className="field-row" key={field}>
      {left && (
        <div className="source-cell" lang={left.locale}>
          <span className="source-label" aria-hidden="true">
            {t(`field.${field}` as 'field.title')}
          </span>
          {source}
        </div>
      )}
      <div className="target-cell">{editor}</div>
    </div>
  );

  return (
    <div className={left ? 'side-by-side' : 'single'}>
      {row(
        'title',
        <p className="source-title">
          <HighlightedText text={left?.title ?? ''} unit="title" glossary={glossary} renderingLocale={locale} />
        </p>,
        <>
          <label htmlFor="field-title">{t('field.title')}</label>
          <input
            id="field-title"
            lang={locale}
            value={draft.title}
            required
            maxLength={translatedFieldLimits.title}
            aria-describedby={described('title')}
            onChange={(event) => onChange({ title: event.target.value })}
          />
          {error('title')}
        </>,
      )}
      {row(
        'summary',
        <p>
          <HighlightedText text={left?.summary ?? ''} unit="summary" glossary={glossary} renderingLocale={locale} />
        </p>,
        <>
          <label htmlFor="field-summary">{t('field.summary')}</label>
          <textarea
            id="field-summary"
            lang={locale}
            rows={3}
            maxLength={translatedFieldLimits.summary}
            value={draft.summary}
            aria-describedby={described('summary')}
            onChange={(event) => onChange({ summary: event.target.value })}
          />
          {error('summary')}
        </>,
      )}
      {row(
        'body',
        left && (
          <SourceBody
            body={left.body}
            html={left.bodyHtml}
            locale={left.locale}
            label={t('field.body')}
            renderingLocale={locale}
            ranges={Object.entries(glossary?.matches ?? {}).flatMap(([unit, matches]) =>
              unit.startsWith('body:')
                ? matches.map((match) => {
                    const rendering = glossary?.hints.find((hint) => hint.entryId === match.entryId)?.rendering ?? null;
                    return {
                      path: unit.slice('body:'.length),
                      start: match.start,
                      end: match.end,
                      rendering,
                      label: td('glossary.highlight', { rendering: rendering ?? '—' }),
                    };
                  })
                : [],
            )}
          />
        ),
        <>
          <span className="label" id="field-body-label">
            {t('field.body')}
          </span>
          <EditorProvider
            key={bodyKey}
            initial={draft.body}
            locale={locale}
            label={t('field.body')}
            describedBy={described('body')}
            editable={!readOnly}
            onChange={onBodyChange}
          >
            <Toolbar loadMedia={loadMedia} />
            <BodyContent />
            {bodyExtras}
          </EditorProvider>
          {error('body')}
        </>,
      )}
      {row(
        'slug',
        <p className="mono">{left?.slug}</p>,
        <>
          <label htmlFor="field-slug">{t('field.slug')}</label>
          <p className="hint" id="slug-hint">
            {t('slugHint')}
          </p>
          <input
            id="field-slug"
            value={draft.slug}
            // What the server will propose when the field is left empty (the same transliteration).
            placeholder={slugify(draft.title)}
            maxLength={translatedFieldLimits.slug}
            aria-describedby={described('slug', true)}
            onChange={(event) => onChange({ slug: event.target.value })}
          />
          {error('slug')}
        </>,
      )}
      {row(
        'seoDescription',
        <p>{left?.seoDescription}</p>,
        <>
          <label htmlFor="field-seo">{t('field.seoDescription')}</label>
          <textarea
            id="field-seo"
            lang={locale}
            rows={2}
            maxLength={translatedFieldLimits.seoDescription}
            value={draft.seoDescription}
            aria-describedby={described('seoDescription')}
            onChange={(event) => onChange({ seoDescription: event.target.value })}
          />
          {error('seoDescription')}
        </>,
      )}
      {hasCover &&
        row(
          'coverAlt',
          <p>{left?.coverAlt}</p>,
          <>
            <label htmlFor="field-cover-alt">{t('field.coverAlt')}</label>
            <input
              id="field-cover-alt"
              lang={locale}
              value={draft.coverAlt}
              maxLength={translatedFieldLimits.coverAlt}
              aria-describedby={described('coverAlt')}
              onChange={(event) => onChange({ coverAlt: event.target.value })}
            />
            {error('coverAlt')}
          </>,
        )}
    </div>
  );
}
