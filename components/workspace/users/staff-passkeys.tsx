'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { resetStaffPasskeyAction } from '@/lib/workspace/passkey-actions';
import { ActionForm } from '../action-form';

interface StaffPasskey {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/**
 * A member of staff's passkeys, each removable by an admin when its device is lost (their sessions end). One form for
 * every row (the clicked button names the passkey), so its confirmation survives the row's removal.
 */
export function StaffPasskeys({ userId, passkeys }: { userId: string; passkeys: StaffPasskey[] }) {
  const t = useTranslations('StaffForm');
  const format = useFormatter();
  return (
    <ActionForm action={resetStaffPasskeyAction} label={t('passkeysForm')} success={() => t('passkeyResetDone')}>
      <input type="hidden" name="userId" value={userId} />
      {passkeys.length === 0 ? (
        <p className="hint">{t('passkeysNone')}</p>
      ) : (
        <table className="grid">
          <caption className="hint">{t('passkeysCaption', { count: passkeys.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('passkeyName')}</th>
              <th scope="col">{t('passkeyAdded')}</th>
              <th scope="col">{t('passkeyLastUsed')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('passkeyReset')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {passkeys.map((key) => (
              <tr key={key.id}>
                <td>{key.name}</td>
                <td>{format.dateTime(key.createdAt, { dateStyle: 'medium' })}</td>
                <td>{key.lastUsedAt ? format.dateTime(key.lastUsedAt, 'withZone') : t('passkeyNeverUsed')}</td>
                <td>
                  <button
                    type="submit"
                    name="passkeyId"
                    value={key.id}
                    className="danger"
                    aria-label={t('passkeyResetLabel', { name: key.name })}
                  >
                    {t('passkeyReset')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ActionForm>
  );
}
