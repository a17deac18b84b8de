'use client';

import { useTranslations } from 'next-intl';

/** A server error under a language: a localized message, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('ErrorPage');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      <button type="button" onClick={reset}>
        {t('retry')}
      </button>
    </>
  );
}
