'use client';
import { useTranslations } from 'next-intl';
import { codeText } from '@/lib/workspace/action-result';
import { importRedirectsCsvAction } from '@/lib/workspace/redirects/actions';
import { ActionForm, FieldError } from '../action-form';

export function ImportRedirectsForm() {
  const t = useTranslations('RedirectForm');
  const te = useTranslations('RedirectErrors');
  return (
    <ActionForm
      action={importRedirectsCsvAction}
      label={t('import')}
      pending={t('importing')}
      hideSuccessWhilePending
      errorNamespaces={['RedirectErrors']}
      success={(result) => (
        <>
          <p>{t('imported', { added: result.added, refused: result.refused.length })}</p>
          {result.refused.length > 0 && (
            <ul>
              {result.refused.slice(0, 100).map((refusal) => (
                <li key={refusal.line}>
                  {t('refusedLine', { line: refusal.line, reason: codeText(te, '', refusal.error) })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    >
      <label htmlFor="redirect-csv">{t('csvFile')}</label>
      <p className="hint" id="redirect-csv-hint">
        {t('csvHint')}
      </p>
      <input
        id="redirect-csv"
        name="file"
        type="file"
        accept=".csv,text/csv,text/plain"
        required
        aria-describedby="redirect-csv-hint redirect-csv-error"
      />
      <FieldError name="file" id="redirect-csv-error" />
      <div className="actions">
        <button type="submit">{t('import')}</button>
      </div>
    </ActionForm>
  );
}
