'use client';
import { useTranslations } from 'next-intl';
import { routing } from '@/i18n/routing';
import { deleteGlossaryEntryAction, reviewGlossaryProposalAction, saveGlossaryEntryAction } from '@/lib/desk/actions';
import type { GlossaryEntryView } from '@/lib/desk/types';
import { ActionForm, FieldError } from '../workspace/action-form';

const errors = ['DeskErrors'] as const;

/**
 * A glossary entry's fields: the term and its accepted variants (one per line) in each language, "do not translate"
 * and a note. Editors save it approved; translators' new entries are proposals an editor approves.
 */
export function GlossaryEntryForm({ entry, proposing }: { entry?: GlossaryEntryView; proposing: boolean }) {
  const t = useTranslations('Desk');
  const tl = useTranslations('LanguageNames');
  const prefix = entry ? `glossary-${entry.id}` : 'glossary-new';
  return (
    <ActionForm
      action={saveGlossaryEntryAction}
      errorNamespaces={errors}
      label={entry ? t('glossary.editHeading') : t('glossary.addHeading')}
      success={(data) => t(data.status === 'proposed' ? 'glossary.proposed' : 'glossary.saved')}
    >
      {entry && <input type="hidden" name="id" value={entry.id} />}
      <FieldError name="terms" id={`${prefix}-terms-error`} errorNamespaces={errors} />
      <div className="glossary-terms">
        {routing.locales.map((locale) => (
          <fieldset key={locale}>
            <legend>{tl(locale)}</legend>
            <label htmlFor={`${prefix}-term-${locale}`}>{t('glossary.term')}</label>
            <input
              id={`${prefix}-term-${locale}`}
              name={`term.${locale}`}
              lang={locale}
              maxLength={200}
              defaultValue={entry?.terms[locale]?.term ?? ''}
              aria-describedby={`${prefix}-term-${locale}-error`}
            />
            <FieldError name={`term.${locale}`} id={`${prefix}-term-${locale}-error`} errorNamespaces={errors} />
            <label htmlFor={`${prefix}-variants-${locale}`}>{t('glossary.variants')}</label>
            <textarea
              id={`${prefix}-variants-${locale}`}
              name={`variants.${locale}`}
              lang={locale}
              rows={2}
              defaultValue={entry?.terms[locale]?.variants.join('\n') ?? ''}
              aria-describedby={`${prefix}-variants-hint`}
            />
          </fieldset>
        ))}
      </div>
      <p className="hint" id={`${prefix}-variants-hint`}>
        {t('glossary.variantsHint')}
      </p>
      <label className="inline">
        <input type="checkbox" name="doNotTranslate" defaultChecked={entry?.doNotTranslate ?? false} />{' '}
        {t('glossary.doNotTranslate')}
      </label>
      <label htmlFor={`${prefix}-note`}>{t('glossary.note')}</label>
      <textarea id={`${prefix}-note`} name="note" rows={2} maxLength={1000} defaultValue={entry?.note ?? ''} />
      <div className="actions">
        <button type="submit">{t(proposing ? 'glossary.propose' : entry ? 'glossary.save' : 'glossary.add')}</button>
      </div>
    </ActionForm>
  );
}

/** An editor's approve and reject buttons for a proposal. */
export function ReviewProposal({ id }: { id: string }) {
  const t = useTranslations('Desk');
  return (
    <div className="actions">
      <ActionForm action={reviewGlossaryProposalAction} errorNamespaces={errors} label={t('glossary.approve')}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="decision" value="approve" />
        <button type="submit">{t('glossary.approve')}</button>
      </ActionForm>
      <ActionForm action={reviewGlossaryProposalAction} errorNamespaces={errors} label={t('glossary.reject')}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="decision" value="reject" />
        <button type="submit" className="secondary">
          {t('glossary.reject')}
        </button>
      </ActionForm>
    </div>
  );
}

export function DeleteGlossaryEntry({ id }: { id: string }) {
  const t = useTranslations('Desk');
  return (
    <details className="discard">
      <summary>{t('glossary.deleteSummary')}</summary>
      <ActionForm action={deleteGlossaryEntryAction} label={t('glossary.delete')} success={() => t('glossary.deleted')}>
        <input type="hidden" name="id" value={id} />
        <button type="submit" className="danger">
          {t('glossary.delete')}
        </button>
      </ActionForm>
    </details>
  );
}
