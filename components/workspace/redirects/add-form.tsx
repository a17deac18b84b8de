'use client';
import { useTranslations } from 'next-intl';
import { addRedirectAction } from '@/lib/workspace/redirects/actions';
import { ActionForm, FieldError } from '../action-form';

export function AddRedirectForm() {
  const t = useTranslations('RedirectForm');
  return (
    <ActionForm
      action={addRedirectAction}
      label={t('add')}
      success={(data) => t('added', { from: data.fromPath })}
      errorNamespaces={['RedirectErrors']}
    >
      <label htmlFor="redirect-from">{t('from')}</label>
      <p className="hint" id="redirect-from-hint">
        {t('fromHint')}
      </p>
      <input
        id="redirect-from"
        name="from"
        required
        maxLength={3000}
        placeholder="/article/3f2504e0-4f89-11d3-9a0c-0305e82c3301"
        aria-describedby="redirect-from-hint redirect-from-error"
      />
      <FieldError name="from" id="redirect-from-error" />
      <label htmlFor="redirect-to">{t('to')}</label>
      <p className="hint" id="redirect-to-hint">
        {t('toHint')}
      </p>
      <input
        id="redirect-to"
        name="to"
        required
        maxLength={1000}
        placeholder="/en/articles/annual-report"
        aria-describedby="redirect-to-hint redirect-to-error"
      />
      <FieldError name="to" id="redirect-to-error" />
      <div className="actions">
        <button type="submit">{t('add')}</button>
      </div>
    </ActionForm>
  );
}
