'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Locale } from '@/i18n/routing';
import { compareWithLiveAction } from '@/lib/workspace/articles/actions';
import type { FieldChange } from '@/lib/workspace/articles/types';
import { FieldChanges } from './field-changes';

/** The unpublished changes against what readers see, asked of the server when opened (so it shows the last save). */
export function LiveChanges({ articleId, locale, version }: { articleId: string; locale: Locale; version: number }) {
  const t = useTranslations('TranslationEditor');
  const [changes, setChanges] = useState<{ version: number; list: FieldChange[] } | null>(null);
  return (
    <details
      className="live-changes"
      onToggle={(event) => {
        if (!event.currentTarget.open || changes?.version === version) return;
        void compareWithLiveAction({ articleId, locale }).then((result) => {
          if (result.ok) setChanges({ version, list: result.data });
        });
      }}
    >
      <summary>{t('liveDiffHeading')}</summary>
      {changes ? <FieldChanges changes={changes.list} /> : <p className="hint">…</p>}
    </details>
  );
}
