'use client';
import { useFormatter, useTranslations } from 'next-intl';
import type { SaveState } from './use-saving';
import { FieldChanges } from './field-changes';

type Conflict = Extract<SaveState, { kind: 'conflict' }>['conflict'];

/**
 * A refused save because someone else saved first: what they changed, and the two ways on. The user's text stays
 * in the form until they choose; nothing is overwritten silently.
 */
export function ConflictPanel({
  conflict,
  onKeepMine,
  onTakeTheirs,
}: {
  conflict: Conflict;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const t = useTranslations('TranslationEditor');
  const format = useFormatter();
  return (
    <section role="alert" className="notice warn" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">{t('conflictHeading')}</h2>
      <p>
        {t('conflictBody', {
          name: conflict.updatedBy ?? '?',
          at: format.dateTime(new Date(conflict.updatedAt), 'withZoneSeconds'),
        })}
      </p>
      <h3>{t('theirChanges')}</h3>
      <FieldChanges changes={conflict.changes} />
      <div className="actions">
        <button type="button" onClick={onKeepMine}>
          {t('keepMine')}
        </button>
        <button type="button" className="secondary" onClick={onTakeTheirs}>
          {t('takeTheirs')}
        </button>
      </div>
    </section>
  );
}
