'use client';
import { useTranslations } from 'next-intl';
import { updateMediaTextAction } from '@/lib/workspace/media/actions';
import { routing, type Locale } from '@/i18n/routing';
import { ActionForm, FieldError } from '../action-form';

const locales = routing.locales;
const blockLabel = { display: 'block', fontWeight: 600 } as const;

/**
 * Alt text (images only) and caption in every language, one fieldset each. Languages the user may not edit are shown
 * disabled: their fields are not sent, so the server leaves them as they are.
 */
export function MediaTextForm({
  id,
  nameId,
  kind,
  translations,
  editable,
  altMax,
  captionMax,
  creditMax,
}: {
  id: string;
  /** The element naming the file, so each save button says which file it is for. */
  nameId: string;
  kind: 'image' | 'document';
  translations: Record<Locale, { alt: string; caption: string; credit: string }>;
  editable: readonly Locale[];
  altMax: number;
  captionMax: number;
  creditMax: number;
}) {
  const t = useTranslations('MediaForm');
  return (
    <ActionForm
      action={updateMediaTextAction}
      success={(data) => (data.changedLocales.length > 0 ? t('saved') : t('unchanged'))}
      hideSuccessWhilePending
      errorNamespaces={['MediaErrors']}
    >
      <input type="hidden" name="id" value={id} />
      {locales.map((locale) => {
        const language = t(`language.${locale}`);
        const field = (name: 'alt' | 'caption' | 'credit') => `media-${id}-${name}-${locale}`;
        const allowed = editable.includes(locale);
        return (
          <fieldset key={locale} disabled={!allowed}>
            <legend>{language}</legend>
            {!allowed && <p className="hint">{t('notYourLanguage')}</p>}
            {kind === 'image' && (
              <>
                <label htmlFor={field('alt')} style={blockLabel}>
                  {t('altLabel', { language })}
                </label>
                <p className="hint" id={`${field('alt')}-hint`}>
                  {t('altHint')}
                </p>
                <textarea
                  id={field('alt')}
                  name={`alt-${locale}`}
                  lang={locale}
                  rows={2}
                  maxLength={altMax}
                  defaultValue={translations[locale].alt}
                  aria-describedby={`${field('alt')}-hint ${field('alt')}-error`}
                />
                <FieldError name={`alt-${locale}`} id={`${field('alt')}-error`} errorNamespaces={['MediaErrors']} />
              </>
            )}
            <label htmlFor={field('caption')} style={blockLabel}>
              {t('captionLabel', { language })}
            </label>
            <textarea
              id={field('caption')}
              name={`caption-${locale}`}
              lang={locale}
              rows={2}
              maxLength={captionMax}
              defaultValue={translations[locale].caption}
              aria-describedby={`${field('caption')}-error`}
            />
            <FieldError name={`caption-${locale}`} id={`${field('caption')}-error`} errorNamespaces={['MediaErrors']} />
            {kind === 'image' && (
              <>
                <label htmlFor={field('credit')} style={blockLabel}>
                  {t('creditLabel', { language })}
                </label>
                <p className="hint" id={`${field('credit')}-hint`}>
                  {t('creditHint')}
                </p>
                <input
                  id={field('credit')}
                  name={`credit-${locale}`}
                  lang={locale}
                  maxLength={creditMax}
                  defaultValue={translations[locale].credit}
                  aria-describedby={`${field('credit')}-hint ${field('credit')}-error`}
                />
                <FieldError
                  name={`credit-${locale}`}
                  id={`${field('credit')}-error`}
                  errorNamespaces={['MediaErrors']}
                />
              </>
            )}
          </fieldset>
        );
      })}
      {editable.length > 0 && (
        <div className="actions">
          <button type="submit" aria-describedby={nameId}>
            {t('save')}
          </button>
        </div>
      )}
    </ActionForm>
  );
}
