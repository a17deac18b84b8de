'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { createTagAction, deleteTagAction, updateTagAction } from '@/app/admin/tags/actions';
import { tagFields } from '@/lib/workspace/taxonomy/fields';
import { ActionForm } from '../action-form';
import { DeleteEntry } from './delete-entry';
import { LanguageFieldsets, type TranslationDefaults } from './language-fieldsets';

export function CreateTagForm() {
  const t = useTranslations('TaxonomyForm');
  const tp = useTranslations('TaxonomyPage');
  return (
    <ActionForm
      action={createTagAction}
      label={tp('newTag')}
      success={({ id }) => (
        <p>
          {t('created')} <Link href={`/admin/tags/${id}`}>{t('open')}</Link>
        </p>
      )}
    >
      <LanguageFieldsets prefix="new" fields={tagFields} />
      <div className="actions">
        <button type="submit">{t('create')}</button>
      </div>
    </ActionForm>
  );
}

export function EditTagForm({ tag }: { tag: { id: string; translations: TranslationDefaults } }) {
  const t = useTranslations('TaxonomyForm');
  const tp = useTranslations('TaxonomyPage');
  return (
    <ActionForm action={updateTagAction} label={tp('tagTitle')} success={() => t('saved')}>
      <input type="hidden" name="id" value={tag.id} />
      <LanguageFieldsets prefix="edit" fields={tagFields} defaults={tag.translations} />
      <div className="actions">
        <button type="submit">{t('save')}</button>
      </div>
    </ActionForm>
  );
}

export function DeleteTag({ id, articleCount }: { id: string; articleCount: number }) {
  const t = useTranslations('TagForm');
  return <DeleteEntry action={deleteTagAction} id={id} warning={t('deleteWarning', { count: articleCount })} />;
}
