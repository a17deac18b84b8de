'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { updateSettingsAction } from '@/lib/workspace/articles/actions';
import { ActionForm } from '../action-form';
import { SettingsFields, type SettingsOptions, type SettingsValues } from './settings-fields';

export function SettingsForm({
  articleId,
  options,
  initial,
}: {
  articleId: string;
  options: SettingsOptions;
  initial: SettingsValues;
}) {
  const t = useTranslations('ArticleSettings');
  const [values, setValues] = useState(initial);
  return (
    <ActionForm action={updateSettingsAction} label={t('heading')} success={() => t('saved')}>
      <input type="hidden" name="articleId" value={articleId} />
      <SettingsFields options={options} values={values} onChange={setValues} />
      <div className="actions">
        <button type="submit">{t('save')}</button>
      </div>
    </ActionForm>
  );
}
