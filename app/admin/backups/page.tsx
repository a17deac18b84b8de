import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { WorkspaceShell } from '@/components/workspace/shell';
import { codeText } from '@/lib/workspace/action-result';
import { backupOverview } from '@/lib/workspace/backups';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('BackupsPage'))('title') };
}

/**
 * Admins only: the last backup's time, size and outcome, a warning when none succeeded for too long or when the
 * files are not encrypted, the schedule, and the latest backup events. Backups are taken and restored on the server
 * (the launcher's schedule, `npm run backup`, `npm run restore`), never from the browser.
 */
export default async function BackupsPage() {
  const actor = await workspacePage('/admin/backups', 'manage:settings');
  const [overview, t, te, format] = await Promise.all([
    backupOverview(actor),
    getTranslations('BackupsPage'),
    getTranslations('AuditEvents'),
    getFormatter(),
  ]);
  const { last, schedule } = overview;
  const when = (at: Date) => format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short' });
  const megabytes = (bytes: number) =>
    t('sizeMegabytes', { value: format.number(bytes / 1_048_576, { maximumFractionDigits: 1 }) });
  return (
    <WorkspaceShell actor={actor} current="/admin/backups">
      <h1>{t('title')}</h1>
      {overview.overdue && (
        <p role="alert" className="notice warn">
          {t('overdue')}
        </p>
      )}
      <h2>{t('lastHeading')}</h2>
      {last ? (
        <table className="grid">
          <tbody>
            <tr>
              <th scope="row">{t('result')}</th>
              <td>
                <span className={last.ok ? 'badge' : 'badge warn'}>{last.ok ? t('ok') : t('failed')}</span>
              </td>
            </tr>
            <tr>
              <th scope="row">{t('when')}</th>
              <td>{when(new Date(last.at))}</td>
            </tr>
            {last.bytes !== undefined && (
              <tr>
                <th scope="row">{t('size')}</th>
                <td>{megabytes(last.bytes)}</td>
              </tr>
            )}
            {last.file && (
              <tr>
                <th scope="row">{t('file')}</th>
                <td>
                  <code>{last.file}</code>
                </td>
              </tr>
            )}
            {last.encrypted !== undefined && (
              <tr>
                <th scope="row">{t('encryptedFile')}</th>
                <td>{last.encrypted ? t('yes') : t('no')}</td>
              </tr>
            )}
            {last.ms !== undefined && (
              <tr>
                <th scope="row">{t('duration')}</th>
                <td>{t('seconds', { value: format.number(last.ms / 1000, { maximumFractionDigits: 1 }) })}</td>
              </tr>
            )}
            {last.trigger && (
              <tr>
                <th scope="row">{t('trigger')}</th>
                <td>{last.trigger === 'schedule' ? t('triggerSchedule') : t('triggerManual')}</td>
              </tr>
            )}
            {last.error && (
              <tr>
                <th scope="row">{t('error')}</th>
                <td>{last.error}</td>
              </tr>
            )}
          </tbody>
        </table>
      ) : (
        <p>{t('never')}</p>
      )}
      {last && !last.ok && overview.lastSuccessAt && <p>{t('lastSuccess', { when: when(overview.lastSuccessAt) })}</p>}

      <h2>{t('scheduleHeading')}</h2>
      <p>
        {schedule.everyHours !== null
          ? t('scheduled', {
              hours: format.number(schedule.everyHours, { maximumFractionDigits: 3 }),
              keep: schedule.keep,
              folder: schedule.folder ?? '',
            })
          : t('notScheduled')}
      </p>
      <p className={schedule.encrypted ? 'notice ok' : 'notice warn'}>
        {schedule.encrypted ? t('encrypted') : t('notEncrypted')}
      </p>
      <p className="hint">{t('restoreHint')}</p>

      {overview.recent.length > 0 && (
        <>
          <h2>{t('recentHeading')}</h2>
          <table className="grid">
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('event')}</th>
                <th scope="col">{t('file')}</th>
                <th scope="col">{t('size')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.recent.map((event) => (
                <tr key={event.id}>
                  <td>{when(event.at)}</td>
                  <td>{codeText(te, 'action.', event.action.replace('.', '-')) || event.action}</td>
                  <td>
                    <code>{event.file}</code>
                  </td>
                  <td>{typeof event.details.bytes === 'number' ? megabytes(event.details.bytes) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </WorkspaceShell>
  );
}
