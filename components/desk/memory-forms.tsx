'use client';
import { useTranslations } from 'next-intl';
import { importTmxAction, rebuildMemoryAction } from '@/lib/desk/actions';
import { ActionForm, FieldError } from '../workspace/action-form';

const errors = ['DeskErrors'] as const;

/** Upload a TMX file: its units the memory does not hold yet are added. */
export function ImportTmxForm() {
  const t = useTranslations('Desk');
  return (
    <ActionForm
      action={importTmxAction}
      errorNamespaces={errors}
      label={t('memory.importHeading')}
      pending={t('memory.importing')}
      success={(data) => t('memory.imported', data)}
    >
      <label htmlFor="tmx-file">{t('memory.file')}</label>
      <input id="tmx-file" name="file" type="file" accept=".tmx,application/x-tmx+xml,text/xml" required />
      <FieldError name="file" id="tmx-file-error" errorNamespaces={errors} />
      <div className="actions">
        <button type="submit">{t('memory.import')}</button>
      </div>
    </ActionForm>
  );
}

export function RebuildMemoryForm() {
  const t = useTranslations('Desk');
  return (
    <ActionForm
      action={rebuildMemoryAction}
      label={t('memory.rebuild')}
      pending={t('memory.rebuilding')}
      success={(data) => t('memory.rebuilt', data)}
    >
      <p className="hint">{t('memory.rebuildHint')}</p>
      <button type="submit" className="secondary">
        {t('memory.rebuild')}
      </button>
    </ActionForm>
  );
}
