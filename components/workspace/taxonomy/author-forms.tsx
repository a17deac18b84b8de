'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { createAuthorAction, deleteAuthorAction, updateAuthorAction } from '@/app/admin/authors/actions';
import { authorFields } from '@/lib/workspace/taxonomy/fields';
import { ActionForm } from '../action-form';
import { DeleteEntry } from './delete-entry';
import { LanguageFieldsets, type TranslationDefaults } from './language-fieldsets';

/** The pen-name mark, with what it means for what may be written here. */
function PenNameField({ prefix, checked }: { prefix: string; checked: boolean }) {
  const t = useTranslations('AuthorForm');
  return (
    <>
      <label>
        <input type="checkbox" name="isPenName" defaultChecked={checked} aria-describedby={`${prefix}-pen-name-hint`} />{' '}
        {t('isPenName')}
      </label>
      <p className="hint" id={`${prefix}-pen-name-hint`}>
        {t('penNameHint')}
      </p>
    </>
  );
}

export function CreateAuthorForm() {
  const t = useTranslations('TaxonomyForm');
  const tp = useTranslations('TaxonomyPage');
  return (
    <ActionForm
      action={createAuthorAction}
      label={tp('newAuthor')}
      success={({ id }) => (
        <p>
          {t('created')} <Link href={`/admin/authors/${id}`}>{t('open')}</Link>
        </p>
      )}
    >
      <PenNameField prefix="new" checked={false} />
      <LanguageFieldsets prefix="new" fields={authorFields} person />
      <div className="actions">
        <button type="submit">{t('create')}</button>
      </div>
    </ActionForm>
  );
}

export function EditAuthorForm({
  author,
}: {
  author: { id: string; isPenName: boolean; translations: TranslationDefaults };
}) {
  const t = useTranslations('TaxonomyForm');
  const tp = useTranslations('TaxonomyPage');
  return (
    <ActionForm action={updateAuthorAction} label={tp('authorTitle')} success={() => t('saved')}>
      <input type="hidden" name="id" value={author.id} />
      <PenNameField prefix="edit" checked={author.isPenName} />
      <LanguageFieldsets prefix="edit" fields={authorFields} defaults={author.translations} person />
      <div className="actions">
        <button type="submit">{t('save')}</button>
      </div>
    </ActionForm>
  );
}

export function DeleteAuthor({ id, articleCount }: { id: string; articleCount: number }) {
  const t = useTranslations('AuthorForm');
  return <DeleteEntry action={deleteAuthorAction} id={id} warning={t('deleteWarning', { count: articleCount })} />;
}
