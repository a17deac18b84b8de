'use client';
import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { setHomePinAction, updatePagePlacementAction } from '@/lib/workspace/edition/actions';
import { ActionForm, FieldError } from '../action-form';

const errors = ['SiteErrors'] as const;

/** The story at the top of one language's home page: one of its newest published articles, or none (the newest leads). */
export function PinForm({
  locale,
  language,
  pinned,
  candidates,
}: {
  locale: Locale;
  language: string;
  pinned: string | null;
  candidates: { articleId: string; title: string }[];
}) {
  const t = useTranslations('FrontPage');
  const id = `pin-${locale}`;
  return (
    <ActionForm
      action={setHomePinAction}
      label={t('pinLabel', { language })}
      success={() => t('saved')}
      errorNamespaces={errors}
    >
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor={id}>{t('pinLabel', { language })}</label>
      <select id={id} name="articleId" defaultValue={pinned ?? ''} lang={locale} aria-describedby={`${id}-error`}>
        <option value="">{t('noPin')}</option>
        {candidates.map((candidate) => (
          <option key={candidate.articleId} value={candidate.articleId}>
            {candidate.title}
          </option>
        ))}
      </select>
      <FieldError name="articleId" id={`${id}-error`} errorNamespaces={errors} />
      <div className="actions">
        <button type="submit">{t('savePin', { language })}</button>
      </div>
    </ActionForm>
  );
}

/** Where one page is listed, and its order there (smallest first). */
export function PlacementForm({
  articleId,
  title,
  placement,
  position,
  max,
}: {
  articleId: string;
  title: string;
  placement: string;
  position: number;
  max: number;
}) {
  const t = useTranslations('FrontPage');
  const id = `placement-${articleId}`;
  return (
    <ActionForm action={updatePagePlacementAction} label={t('placementLabel', { title })} success={() => t('saved')}>
      <input type="hidden" name="articleId" value={articleId} />
      <label htmlFor={`${id}-where`}>{t('placement')}</label>
      <select id={`${id}-where`} name="placement" defaultValue={placement}>
        {(['masthead', 'footer', 'unlisted'] as const).map((value) => (
          <option key={value} value={value}>
            {t(`placementOption.${value}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-position`}>{t('position')}</label>
      <input
        id={`${id}-position`}
        name="position"
        type="number"
        min={0}
        max={max}
        defaultValue={position}
        aria-describedby={`${id}-position-error`}
      />
      <FieldError name="position" id={`${id}-position-error`} />
      <div className="actions">
        <button type="submit" aria-label={t('savePlacement', { title })}>
          {t('save')}
        </button>
      </div>
    </ActionForm>
  );
}
