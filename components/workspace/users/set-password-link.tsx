'use client';
import { useFormatter, useTranslations } from 'next-intl';

/** The one-time link, shown once to the admin to pass on (and whether it was also e-mailed). */
export function SetPasswordLinkNotice({ url, expiresAt, mailed }: { url: string; expiresAt: Date; mailed: boolean }) {
  const t = useTranslations('StaffForm');
  const format = useFormatter();
  return (
    <>
      <p>{t('linkIntro', { until: format.dateTime(new Date(expiresAt), 'withZone') })}</p>
      <p className="mono" aria-label={t('linkLabel')}>
        {url}
      </p>
      <p className="hint">{mailed ? t('linkMailed') : t('linkNotMailed')}</p>
    </>
  );
}
