'use client';
import { useTranslations } from 'next-intl';
import { removeBrandImageAction, uploadBrandImageAction } from '@/lib/workspace/edition/actions';
import { ActionForm, FieldError } from '../action-form';

const errors = ['SiteErrors'] as const;

/** Upload (SVG, sanitised on the server, or PNG) and removal of the logo or the icon, with what is set now. */
export function BrandImageForms({ slot, current }: { slot: 'logo' | 'icon'; current: string | null }) {
  const t = useTranslations('SiteSettings');
  const id = `brand-${slot}`;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(`${slot}Heading`)}</h2>
      <p className="hint">{t(`${slot}Hint`)}</p>
      {current ? (
        // eslint-disable-next-line @next/next/no-img-element -- a small preview of a file we serve ourselves
        <img src={current} alt={t(`${slot}Current`)} style={{ maxHeight: '4rem', maxWidth: '16rem' }} />
      ) : (
        <p>{t(`${slot}None`)}</p>
      )}
      <ActionForm
        action={uploadBrandImageAction}
        label={t(`${slot}Upload`)}
        success={() => t('uploaded')}
        errorNamespaces={errors}
      >
        <input type="hidden" name="slot" value={slot} />
        <label htmlFor={`${id}-file`}>{t('file')}</label>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept="image/svg+xml,image/png,.svg,.png"
          required
          aria-describedby={`${id}-file-error`}
        />
        <FieldError name="file" id={`${id}-file-error`} errorNamespaces={errors} />
        <div className="actions">
          <button type="submit">{t(`${slot}Upload`)}</button>
        </div>
      </ActionForm>
      {current && (
        <ActionForm action={removeBrandImageAction} label={t(`${slot}Remove`)} success={() => t('removed')}>
          <input type="hidden" name="slot" value={slot} />
          <div className="actions">
            <button type="submit" className="secondary">
              {t(`${slot}Remove`)}
            </button>
          </div>
        </ActionForm>
      )}
    </section>
  );
}
