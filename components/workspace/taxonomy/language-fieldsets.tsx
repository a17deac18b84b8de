'use client';
import { useTranslations } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import { fieldKey, TAXONOMY_LIMITS, type TextField } from '@/lib/workspace/taxonomy/fields';
import { FieldError } from '../action-form';
import styles from './taxonomy.module.css';

export type TranslationDefaults = Partial<Record<Locale, Partial<Record<TextField, string>>>>;

const labelKeys = {
  name: 'nameIn',
  slug: 'slugIn',
  description: 'descriptionIn',
  bio: 'bioIn',
} as const;

/**
 * One fieldset per language, side by side: legend and inputs carry the language (`lang`), labels name it too so
 * every label on the page is unique. Form fields are `name.ru`, `slug.tk`, …; a language left blank is absent.
 */
export function LanguageFieldsets({
  prefix,
  fields,
  defaults,
  person = false,
}: {
  prefix: string;
  fields: readonly TextField[];
  defaults?: TranslationDefaults;
  /** The name is a person's (an author): labelled as such. */
  person?: boolean;
}) {
  const t = useTranslations('TaxonomyForm');
  const tl = useTranslations('LanguageNames');
  const hasSlug = fields.includes('slug');
  return (
    <>
      <p className="hint" id={`${prefix}-languages-hint`}>
        {t('languagesHint')}
      </p>
      {hasSlug && (
        <p className="hint" id={`${prefix}-slug-hint`}>
          {t('slugHint')}
        </p>
      )}
      <FieldError name="translations" id={`${prefix}-languages-error`} />
      <div className={styles.languages}>
        {routing.locales.map((locale) => (
          <fieldset key={locale} aria-describedby={`${prefix}-languages-hint`}>
            <legend lang={locale}>{tl(locale)}</legend>
            {fields.map((field) => {
              const id = `${prefix}-${field}-${locale}`;
              const name = fieldKey(field, locale);
              const label = t(field === 'name' && person ? 'personNameIn' : labelKeys[field], { language: tl(locale) });
              const describedBy = [field === 'slug' ? `${prefix}-slug-hint` : '', `${id}-error`].join(' ').trim();
              const common = {
                id,
                name,
                defaultValue: defaults?.[locale]?.[field] ?? '',
                maxLength: TAXONOMY_LIMITS[field],
                'aria-describedby': describedBy,
              };
              return (
                <div key={field}>
                  <label htmlFor={id}>{label}</label>
                  {field === 'description' || field === 'bio' ? (
                    <textarea {...common} lang={locale} rows={field === 'bio' ? 5 : 3} />
                  ) : field === 'slug' ? (
                    <input
                      {...common}
                      className={styles.slug}
                      autoCapitalize="none"
                      autoCorrect="off"
                      spellCheck={false}
                    />
                  ) : (
                    <input {...common} lang={locale} />
                  )}
                  <FieldError name={name} id={`${id}-error`} />
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
    </>
  );
}
