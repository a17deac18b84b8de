'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { SignInNotice as Notice } from '@/lib/auth/sign-in-guard';
import { dismissSignInNoticeAction } from '@/lib/workspace/account-actions';

/**
 * Failed attempts to sign in to this account from other places since its previous sign-in, shown on every page of
 * the session until the user dismisses it: an owner who is being targeted should know.
 */
export function SignInNotice({ notice }: { notice: Notice }) {
  const t = useTranslations('SignInNotice');
  const format = useFormatter();
  const [dismissed, dismiss, pending] = useActionState(dismissSignInNoticeAction, null);
  // Gone at once (the page rendered with this action's answer still read the session from before it).
  if (dismissed?.ok) return null;
  return (
    <section className="notice warn" aria-labelledby="sign-in-notice-heading">
      <h2 id="sign-in-notice-heading">{t('heading')}</h2>
      <p>
        {notice.since
          ? t('failuresSince', {
              count: notice.failures,
              since: format.dateTime(new Date(notice.since), 'withZone'),
            })
          : t('failures', { count: notice.failures })}{' '}
        {t('addresses', { addresses: notice.addresses.join(', ') })}
      </p>
      {notice.locked && <p>{t('locked')}</p>}
      <p>{t('advice')}</p>
      <form action={dismiss}>
        <button type="submit" className="secondary" disabled={pending}>
          {t('dismiss')}
        </button>
      </form>
    </section>
  );
}
