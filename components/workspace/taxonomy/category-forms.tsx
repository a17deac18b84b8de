'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { createCategoryAction, deleteCategoryAction, updateCategoryAction } from '@/app/admin/categories/actions';
import { categoryFields, TAXONOMY_LIMITS } from '@/lib/workspace/taxonomy/fields';
import { ActionForm, FieldError } from '../action-form';
import { DeleteEntry } from './delete-entry';
import { LanguageFieldsets, type TranslationDefaults } from './language-fieldsets';
import styles from './taxonomy.module.css';

function PositionField({ prefix, value }: { prefix: string; value: number }) {
  const t = useTranslations('CategoryForm');
  return (
    <>
      <label htmlFor={`${prefix}-position`}>{t('position')}</label>
      <p className="hint" id={`${prefix}-position-hint`}>
        {t('positionHint')}
      </p>
      <input
        id={`${prefix}-position`}
        name="position"
        type="number"
        className={styles.number}
        min={0}
        max={TAXONOMY_LIMITS.position}
        step={1}
        defaultValue={value}
        required
        aria-describedby={`${prefix}-position-hint ${prefix}-position-error`}
      />
      <FieldError name="position" id={`${prefix}-position-error`} />
    </>
  );
}

export function CreateCategoryForm({ nextPosition }: { nextPosition: number }) {
  const t = useTranslations('TaxonomyForm');
  const tp = useTranslations('TaxonomyPage');
  return (
    <ActionForm
      action={createCategoryAction}
      label={tp('newCategory')}
      success={({ id }) => (
        <p>
          {t('created')} <Link href={`/admin/categories/${id}`}>{t('open')}</Link>
        </p>
      )}
    >
      <LanguageFieldsets prefix="new" fields={categoryFields} />
      <PositionField prefix="new" value={nextPosition} />
      <div className="actions">
        <button type="submit">{t('create')}</button>
      </div>
    </ActionForm>
  );
}

export function EditCategoryForm({
  category,
}: {
  category: { id: string; position: number; translations: TranslationDefaults };
}) {
  const t = useTranslations('TaxonomyForm');
  const tp = useTranslations('TaxonomyPage');
  return (
    <ActionForm action={updateCategoryAction} label={tp('categoryTitle')} success={() => t('saved')}>
      <input type="hidden" name="id" value={category.id} />
      <LanguageFieldsets prefix="edit" fields={categoryFields} defaults={category.translations} />
      <PositionField prefix="edit" value={category.position} />
      <div className="actions">
        <button type="submit">{t('save')}</button>
      </div>
    </ActionForm>
  );
}

export function DeleteCategory({ id, articleCount }: { id: string; articleCount: number }) {
  const t = useTranslations('CategoryForm');
  return <DeleteEntry action={deleteCategoryAction} id={id} warning={t('deleteWarning', { count: articleCount })} />;
}
