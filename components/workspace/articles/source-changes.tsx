'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { markUpToDateAction } from '@/lib/workspace/articles/actions';
import type { Locale } from '@/i18n/routing';
import type { FieldChange } from '@/lib/workspace/articles/types';
import { FieldChanges } from './field-changes';

/** "Outdated": what changed in the source since this translation was made, and the way to clear the flag. */
export function SourceChanges({
  articleId,
  locale,
  changes,
}: {
  articleId: string;
  locale: Locale;
  changes: FieldChange[];
}) {
  const t = useTranslations('TranslationEditor');
  const [cleared, setCleared] = useState(false);
  if (cleared) {
    return (
      <p role="status" className="notice ok">
        {t('upToDate')}
      </p>
    );
  }
  return (
    <section className="notice warn" aria-labelledby="outdated-heading">
      <h2 id="outdated-heading">{t('outdatedHeading')}</h2>
      <p>{t('outdatedBody')}</p>
      <FieldChanges changes={changes} />
      <button
        type="button"
        className="secondary"
        onClick={() =>
          void markUpToDateAction({ articleId, locale }).then((result) => {
            if (result.ok) setCleared(true);
          })
        }
      >
        {t('markUpToDate')}
      </button>
    </section>
  );
}
