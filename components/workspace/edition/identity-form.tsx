'use client';
import { useTranslations } from 'next-intl';
import { routing } from '@/i18n/routing';
import { IDENTITY_LIMITS, type IdentityText } from '@/lib/site/identity';
import { updateSiteIdentityAction } from '@/lib/workspace/edition/actions';
import { ActionForm, FieldError } from '../action-form';

const errors = ['SiteErrors'] as const;
const block = { display: 'block', fontWeight: 600 } as const;

/** A text field with its label and error, named like the action reads it (`name.ru`, `email`, …). */
function Field({
  name,
  label,
  value,
  max,
  lang,
  multiline,
  hint,
  type = 'text',
}: {
  name: string;
  label: string;
  value: string;
  max: number;
  lang?: string;
  multiline?: boolean;
  hint?: string;
  type?: string;
}) {
  const id = `site-${name.replace('.', '-')}`;
  const describedBy = [hint ? `${id}-hint` : '', `${id}-error`].join(' ').trim();
  return (
    <div>
      <label htmlFor={id} style={block}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          id={id}
          name={name}
          lang={lang}
          rows={3}
          maxLength={max}
          defaultValue={value}
          aria-describedby={describedBy}
        />
      ) : (
        <input
          id={id}
          name={name}
          type={type}
          lang={lang}
          maxLength={max}
          defaultValue={value}
          aria-describedby={describedBy}
        />
      )}
      <FieldError name={name} id={`${id}-error`} errorNamespaces={errors} />
    </div>
  );
}

/**
 * The organisation as readers see it, per language (name, tagline, description, address), how to reach it, where its
 * mirrors are, and the picture link previews show when a page has none of its own.
 */
export function IdentityForm({
  identity,
  images,
}: {
  identity: IdentityText;
  images: { id: string; label: string }[];
}) {
  const t = useTranslations('SiteSettings');
  const tl = useTranslations('LanguageNames');
  return (
    <ActionForm
      action={updateSiteIdentityAction}
      label={t('identityHeading')}
      success={() => t('saved')}
      errorNamespaces={errors}
    >
      {routing.locales.map((locale) => {
        const language = tl(locale);
        const own = identity.languages[locale];
        return (
          <fieldset key={locale}>
            <legend>{language}</legend>
            <Field
              name={`name.${locale}`}
              label={t('name', { language })}
              value={own.name}
              max={IDENTITY_LIMITS.name}
              lang={locale}
            />
            <Field
              name={`tagline.${locale}`}
              label={t('tagline', { language })}
              value={own.tagline}
              max={IDENTITY_LIMITS.tagline}
              lang={locale}
            />
            <Field
              name={`description.${locale}`}
              label={t('description', { language })}
              hint={t('descriptionHint')}
              value={own.description}
              max={IDENTITY_LIMITS.description}
              lang={locale}
              multiline
            />
            <Field
              name={`address.${locale}`}
              label={t('address', { language })}
              value={own.address}
              max={IDENTITY_LIMITS.address}
              lang={locale}
              multiline
            />
          </fieldset>
        );
      })}
      <fieldset>
        <legend>{t('contactHeading')}</legend>
        <Field
          name="email"
          type="email"
          label={t('email')}
          value={identity.contact.email}
          max={IDENTITY_LIMITS.email}
        />
        <Field name="phone" label={t('phone')} value={identity.contact.phone} max={IDENTITY_LIMITS.phone} />
        <Field
          name="signal"
          label={t('signal')}
          hint={t('signalHint')}
          value={identity.contact.signal}
          max={IDENTITY_LIMITS.signal}
        />
        <Field
          name="pgpFingerprint"
          label={t('pgp')}
          hint={t('pgpHint')}
          value={identity.contact.pgpFingerprint}
          max={80}
        />
      </fieldset>
      <fieldset>
        <legend>{t('mirrorsHeading')}</legend>
        <Field
          name="mirrors"
          label={t('mirrors')}
          hint={t('mirrorsHint', { max: IDENTITY_LIMITS.mirrors })}
          value={identity.mirrors.join('\n')}
          max={(IDENTITY_LIMITS.url + 1) * IDENTITY_LIMITS.mirrors}
          multiline
        />
      </fieldset>
      <fieldset>
        <legend>{t('socialHeading')}</legend>
        <label htmlFor="site-socialImageId" style={block}>
          {t('socialImage')}
        </label>
        <p className="hint" id="site-socialImageId-hint">
          {t('socialHint')}
        </p>
        <select
          id="site-socialImageId"
          name="socialImageId"
          defaultValue={identity.socialImageId ?? ''}
          aria-describedby="site-socialImageId-hint site-socialImageId-error"
        >
          <option value="">{t('none')}</option>
          {images.map((image) => (
            <option key={image.id} value={image.id}>
              {image.label}
            </option>
          ))}
        </select>
        <FieldError name="socialImageId" id="site-socialImageId-error" errorNamespaces={errors} />
      </fieldset>
      <div className="actions">
        <button type="submit">{t('save')}</button>
      </div>
    </ActionForm>
  );
}
