'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { createArticleAction } from '@/lib/workspace/articles/actions';
import { routing, type Locale } from '@/i18n/routing';
import type { TranslationDraft } from '@/lib/workspace/articles/types';
import { codeText } from '@/lib/workspace/action-result';
import { SettingsFields, type SettingsOptions, type SettingsValues } from './settings-fields';
import { emptyBody } from './structure';
import { TranslationFields } from './translation-fields';

/**
 * A new article (or a page of the site: no category, tags or byline): the source language first, then its fields;
 * it is saved as a draft and opens in the editor.
 */
export function NewArticleForm({
  options,
  defaultLocale,
  kind = 'article',
}: {
  options: SettingsOptions;
  defaultLocale: Locale;
  kind?: 'article' | 'page';
}) {
  const t = useTranslations('NewArticle');
  const tl = useTranslations('LanguageNames');
  const router = useRouter();
  const [sourceLocale, setSourceLocale] = useState<Locale>(defaultLocale);
  const [draft, setDraft] = useState<TranslationDraft>({
    title: '',
    summary: '',
    body: emptyBody,
    slug: '',
    seoDescription: '',
    coverAlt: '',
  });
  const [settings, setSettings] = useState<SettingsValues>({
    categoryId: null,
    tagIds: [],
    authorIds: [],
    coverMediaId: null,
  });
  const [error, setError] = useState<{ code: string; fields?: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await createArticleAction({
        ...draft,
        ...settings,
        categoryId: settings.categoryId ?? '',
        coverMediaId: settings.coverMediaId ?? '',
        sourceLocale,
        kind,
      });
      if (result.ok) router.push(`/admin/articles/${result.data.articleId}/translate/${sourceLocale}`);
      else setError({ code: result.error, fields: result.fieldErrors });
    } catch {
      setError({ code: 'network' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="translation-form">
      {error && (
        <p role="alert" className="error">
          {codeText(t, 'error.', error.code, 'error.unknown')}
        </p>
      )}
      <fieldset>
        <legend>{t('sourceLanguage')}</legend>
        {routing.locales.map((locale) => (
          <label key={locale}>
            <input
              type="radio"
              name="sourceLocale"
              value={locale}
              checked={sourceLocale === locale}
              onChange={() => setSourceLocale(locale)}
            />
            {tl(locale)}
          </label>
        ))}
      </fieldset>
      <TranslationFields
        key={sourceLocale}
        left={null}
        locale={sourceLocale}
        draft={draft}
        bodyKey={0}
        onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
        onBodyChange={(body) => setDraft((current) => ({ ...current, body }))}
        fieldErrors={error?.fields}
        hasCover={Boolean(settings.coverMediaId)}
      />
      {kind === 'article' && (
        <>
          <h2>{t('settingsHeading')}</h2>
          <SettingsFields options={options} values={settings} onChange={setSettings} />
        </>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('create')}
        </button>
      </div>
    </form>
  );
}
