'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import {
  createTaxonomyEntryAction,
  deleteTaxonomyEntryAction,
  updateTaxonomyEntryAction,
} from '@/lib/workspace/taxonomy/actions';
import { TAXONOMY_LIMITS } from '@/lib/workspace/taxonomy/fields';
import { kindPath, kinds, type TaxonomyKind } from '@/lib/workspace/taxonomy/kinds';
import { ActionForm, FieldError } from '../action-form';
import { LanguageFieldsets, type TranslationDefaults } from './language-fieldsets';
import styles from './taxonomy.module.css';

/** A category's position or an author's pen-name mark; what a kind has besides its texts. */
export interface EntrySettings {
  position?: number;
  isPenName?: boolean;
}

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

/** The fields of one entry of a kind: the pen-name mark first (it decides what may be written), texts, position. */
function EntryFields({
  kind,
  prefix,
  settings,
  defaults,
}: {
  kind: TaxonomyKind;
  prefix: string;
  settings: EntrySettings;
  defaults?: TranslationDefaults;
}) {
  const { fields, person } = kinds[kind];
  return (
    <>
      <input type="hidden" name="kind" value={kind} />
      {kind === 'author' && <PenNameField prefix={prefix} checked={settings.isPenName ?? false} />}
      <LanguageFieldsets prefix={prefix} fields={fields} defaults={defaults} person={person} />
      {kind === 'category' && <PositionField prefix={prefix} value={settings.position ?? 0} />}
    </>
  );
}

export function CreateEntryForm({ kind, settings }: { kind: TaxonomyKind; settings: EntrySettings }) {
  const t = useTranslations('TaxonomyForm');
  const tp = useTranslations('TaxonomyPage');
  return (
    <ActionForm
      action={createTaxonomyEntryAction}
      label={tp(kinds[kind].messages.create)}
      success={({ id }) => (
        <p>
          {t('created')} <Link href={kindPath(kind, id)}>{t('open')}</Link>
        </p>
      )}
    >
      <EntryFields kind={kind} prefix="new" settings={settings} />
      <div className="actions">
        <button type="submit">{t('create')}</button>
      </div>
    </ActionForm>
  );
}

export function EditEntryForm({
  kind,
  entry,
}: {
  kind: TaxonomyKind;
  entry: EntrySettings & { id: string; translations: TranslationDefaults };
}) {
  const t = useTranslations('TaxonomyForm');
  const tp = useTranslations('TaxonomyPage');
  return (
    <ActionForm
      action={updateTaxonomyEntryAction}
      label={tp(kinds[kind].messages.entryTitle)}
      success={() => t('saved')}
    >
      <input type="hidden" name="id" value={entry.id} />
      <EntryFields kind={kind} prefix="edit" settings={entry} defaults={entry.translations} />
      <div className="actions">
        <button type="submit">{t('save')}</button>
      </div>
    </ActionForm>
  );
}

/** Delete behind a disclosure: the warning (what else changes) is read before the one button that does it. */
export function DeleteEntryForm({ kind, id, articleCount }: { kind: TaxonomyKind; id: string; articleCount: number }) {
  const t = useTranslations('TaxonomyForm');
  const warning = useTranslations(kinds[kind].formMessages);
  return (
    <details>
      <summary>{t('deleteSummary')}</summary>
      <p>{warning('deleteWarning', { count: articleCount })}</p>
      <ActionForm action={deleteTaxonomyEntryAction}>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <button type="submit" className="danger">
          {t('confirmDelete')}
        </button>
      </ActionForm>
    </details>
  );
}
