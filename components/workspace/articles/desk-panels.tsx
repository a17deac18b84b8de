'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { TiptapNode } from '@/lib/content/schema';
import { importXliffAction, machineDraftAction } from '@/lib/desk/actions';
import { bodyCounts, translationProgress } from '@/lib/desk/blocks';
import type { GlossaryHighlights } from '@/lib/desk/types';
import { codeText } from '@/lib/workspace/action-result';

/** A plain text with its glossary terms marked (title, summary…), each followed by its rendering. */
export function HighlightedText({
  text,
  unit,
  glossary,
  renderingLocale,
}: {
  text: string;
  unit: string;
  glossary: GlossaryHighlights | null;
  renderingLocale: Locale;
}) {
  const t = useTranslations('Desk');
  const matches = glossary?.matches[unit] ?? [];
  if (!matches.length || !glossary) return <>{text}</>;
  const parts: ReactNode[] = [];
  let position = 0;
  for (const match of matches) {
    const hint = glossary.hints.find((candidate) => candidate.entryId === match.entryId);
    parts.push(text.slice(position, match.start));
    parts.push(
      <mark
        key={match.start}
        className="glossary-term"
        title={t('glossary.highlight', { rendering: hint?.rendering ?? '—' })}
      >
        {text.slice(match.start, match.end)}
      </mark>,
    );
    if (hint?.rendering) {
      parts.push(
        <span key={`${match.start}-r`} className="glossary-rendering" lang={renderingLocale}>
          {hint.rendering}
        </span>,
      );
    }
    position = match.end;
  }
  parts.push(text.slice(position));
  return <>{parts}</>;
}

/** The glossary's terms found in the source, each with its approved rendering in the language being edited. */
export function GlossaryHints({
  glossary,
  sourceLocale,
  targetLocale,
}: {
  glossary: GlossaryHighlights;
  sourceLocale: Locale;
  targetLocale: Locale;
}) {
  const t = useTranslations('Desk');
  const tl = useTranslations('LanguageNames');
  return (
    <section className="glossary-hints" aria-labelledby="glossary-hints-heading">
      <h3 id="glossary-hints-heading">{t('glossary.panelHeading')}</h3>
      {glossary.hints.length === 0 ? (
        <p className="hint">{t('glossary.noTerms')}</p>
      ) : (
        <ul>
          {glossary.hints.map((hint) => (
            <li key={hint.entryId}>
              <span lang={sourceLocale}>{hint.term}</span> →{' '}
              {hint.rendering ? (
                <strong lang={targetLocale}>{hint.rendering}</strong>
              ) : (
                <em>{t('glossary.noRendering', { language: tl(targetLocale) })}</em>
              )}
              {hint.doNotTranslate && <span className="badge"> {t('glossary.doNotTranslateBadge')}</span>}
              {hint.note && <span className="hint"> ({hint.note})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Words in each language and blocks translated, recomputed (at low priority) as the translator types. */
export function CountsSummary({
  sourceBody,
  sourceLocale,
  targetBody,
  targetLocale,
}: {
  sourceBody: TiptapNode | null;
  sourceLocale: Locale | null;
  targetBody: TiptapNode;
  targetLocale: Locale;
}) {
  const t = useTranslations('Desk');
  const body = useDeferredValue(targetBody);
  const target = useMemo(() => bodyCounts(body, targetLocale), [body, targetLocale]);
  const source = useMemo(
    () => (sourceBody && sourceLocale ? bodyCounts(sourceBody, sourceLocale) : null),
    [sourceBody, sourceLocale],
  );
  const progress = useMemo(
    () => (sourceBody ? translationProgress({ doc: sourceBody }, { doc: body }) : null),
    [sourceBody, body],
  );
  const targetWords = new Map(target.blocks.map((block) => [block.path, block.words]));
  return (
    <div className="counts">
      <p role="status" aria-live="off">
        {source && progress
          ? t('counts.summary', {
              sourceWords: source.words,
              targetWords: target.words,
              translated: progress.translated,
              total: progress.total,
            })
          : t('counts.summary', { sourceWords: target.words, targetWords: target.words, translated: 0, total: 0 })}
      </p>
      {source && (
        <details>
          <summary>{t('counts.perBlock')}</summary>
          <table className="grid">
            <thead>
              <tr>
                <th scope="col">{t('counts.blockColumn')}</th>
                <th scope="col">{t('counts.sourceColumn')}</th>
                <th scope="col">{t('counts.targetColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {source.blocks.map((block, index) => (
                <tr key={block.path}>
                  <td>{index + 1}</td>
                  <td>{block.words}</td>
                  <td>{targetWords.get(block.path) ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}

/**
 * "Draft with machine translation" (present only when the organisation configured a provider): unsaved text is saved
 * first, then the empty blocks are filled on the server and the page shows the result.
 */
export function MachineDraftButton({
  articleId,
  locale,
  provider,
  beforeDraft,
}: {
  articleId: string;
  locale: Locale;
  provider: string;
  beforeDraft: () => Promise<number | null>;
}) {
  const t = useTranslations('Desk');
  const te = useTranslations('DeskErrors');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="machine-draft">
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          void (async () => {
            try {
              const baseVersion = await beforeDraft();
              if (baseVersion === null) return;
              const result = await machineDraftAction({ articleId, locale, baseVersion });
              if (result.ok) window.location.reload();
              else setError(result.error);
            } finally {
              setBusy(false);
            }
          })();
        }}
      >
        {busy ? t('mt.drafting') : t('mt.draft')}
      </button>
      <p className="hint">{t('mt.hint', { provider })}</p>
      {error && (
        <p role="alert" className="error">
          {codeText(te, '', error, 'mtFailed')}
        </p>
      )}
    </div>
  );
}

type ImportState = { ok: boolean; error?: string; units?: string[] } | null;

/** XLIFF for outside translators: download the source and this language, import the translated file back. */
export function XliffPanel({
  articleId,
  sourceLocale,
  targetLocale,
  version,
  disabled,
}: {
  articleId: string;
  sourceLocale: Locale;
  targetLocale: Locale;
  version: () => number;
  disabled: boolean;
}) {
  const t = useTranslations('Desk');
  const te = useTranslations('DeskErrors');
  const ta = useTranslations('ActionErrors');
  const tl = useTranslations('LanguageNames');
  const [state, action, pending] = useActionState(async (_previous: ImportState, form: FormData) => {
    form.set('baseVersion', String(version()));
    const result = (await importXliffAction(null, form)) as ImportState & { fieldErrors?: Record<string, string> };
    if (result?.ok) window.location.reload();
    const error = result?.fieldErrors?.file ?? result?.error;
    return { ok: Boolean(result?.ok), error, units: result?.units };
  }, null);
  const href = `/admin/articles/${articleId}/xliff?source=${sourceLocale}&target=${targetLocale}`;
  return (
    <details className="xliff-panel">
      <summary>{t('xliff.heading')}</summary>
      <p className="hint">{t('xliff.hint')}</p>
      <p>
        <a href={href} download>
          {t('xliff.export', { source: tl(sourceLocale), target: tl(targetLocale) })}
        </a>
      </p>
      <form action={action} aria-label={t('xliff.import')}>
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="sourceLocale" value={sourceLocale} />
        <input type="hidden" name="targetLocale" value={targetLocale} />
        <label htmlFor="xliff-file">{t('xliff.file')}</label>
        <input id="xliff-file" name="file" type="file" accept=".xlf,.xliff,application/x-xliff+xml,text/xml" required />
        <div className="actions">
          <button type="submit" disabled={pending || disabled}>
            {pending ? t('xliff.importing') : t('xliff.import')}
          </button>
        </div>
        {state && !state.ok && state.error && (
          <div role="alert" className="error">
            <p>{codeText(te, '', state.error, '') || codeText(ta, '', state.error, 'unknown')}</p>
            {state.units && state.units.length > 0 && (
              <ul className="mono">
                {state.units.map((unit) => (
                  <li key={unit}>{unit}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {state?.ok && <p role="status">{t('xliff.imported')}</p>}
      </form>
    </details>
  );
}
