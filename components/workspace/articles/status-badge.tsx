'use client';
import { useTranslations } from 'next-intl';
import { codeText } from '@/lib/workspace/action-result';
import type { LanguageState } from '@/lib/workspace/articles/types';

/** A language's state in words (never colour alone), with "outdated" added when the source moved on. */
export function StatusBadge({ state, outdated }: { state: LanguageState; outdated: boolean }) {
  const t = useTranslations('Workflow');
  return (
    <>
      <span className={`badge state-${state}`}>{codeText(t, 'status.', state)}</span>
      {outdated && <span className="badge warn"> {t('status.outdated')}</span>}
    </>
  );
}
