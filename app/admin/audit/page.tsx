import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FilterSelect } from '@/components/workspace/filter-select';
import { Pager } from '@/components/workspace/pager';
import { WorkspaceShell } from '@/components/workspace/shell';
import { codeText } from '@/lib/workspace/action-result';
import { AUDIT_PAGE_SIZE, listAuditEvents } from '@/lib/workspace/audit';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AuditPage'))('title') };
}

type Params = { action?: string; actor?: string; target?: string; from?: string; to?: string; page?: string };

function day(value: string | undefined, endOfDay = false): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T${endOfDay ? '23:59:59.999' : '00:00:00'}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The append-only log (a database trigger refuses updates and deletes), newest first, filterable by GET. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await workspacePage('/admin/audit', 'read:audit');
  const params = await searchParams;
  // Bounded: a huge page number would overflow the database's offset.
  const page = Math.min(100_000, Math.max(1, Number.parseInt(params.page ?? '1', 10) || 1));
  const [{ rows, total, actions }, t, te, format] = await Promise.all([
    listAuditEvents(actor, {
      action: params.action?.slice(0, 100),
      actor: params.actor?.slice(0, 320),
      target: params.target?.slice(0, 100),
      from: day(params.from),
      to: day(params.to, true),
      page,
    }),
    getTranslations('AuditPage'),
    getTranslations('AuditEvents'),
    getFormatter(),
  ]);
  // The code stays (stable, filterable, the same in every language); its name in the reader's language stands next
  // to it. An unknown code has no name.
  const actionName = (action: string) => codeText(te, 'action.', action.replace('.', '-'));
  const targetName = (type: string) => codeText(te, 'target.', type) || type;
  // What a sign-in or passkey event carries besides its code: how, which passkey, why refused, the rule chosen.
  const details = (values: Record<string, unknown>) =>
    ['method', 'passkey', 'why', 'policy']
      .filter((key) => typeof values[key] === 'string' && values[key])
      .map((key) => `${key}: ${String(values[key])}`)
      .join('; ');
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const link = (to: number) => `/admin/audit?${new URLSearchParams({ ...params, page: String(to) }).toString()}`;
  return (
    <WorkspaceShell actor={actor} current="/admin/audit">
      <h1>{t('title')}</h1>
      <form method="get" className="filters" aria-label={t('filters')}>
        <FilterSelect
          id="audit-action"
          name="action"
          label={t('action')}
          anyLabel={t('anyAction')}
          value={params.action}
          options={actions.map((action) => ({ value: action, label: action, title: actionName(action) }))}
        />
        <div>
          <label htmlFor="audit-actor">{t('actor')}</label>
          <input id="audit-actor" name="actor" type="search" defaultValue={params.actor} />
        </div>
        <div>
          <label htmlFor="audit-target">{t('target')}</label>
          <input id="audit-target" name="target" type="search" defaultValue={params.target} />
        </div>
        <div>
          <label htmlFor="audit-from">{t('from')}</label>
          <input id="audit-from" name="from" type="date" defaultValue={params.from} />
        </div>
        <div>
          <label htmlFor="audit-to">{t('to')}</label>
          <input id="audit-to" name="to" type="date" defaultValue={params.to} />
        </div>
        <button type="submit">{t('apply')}</button>
      </form>
      <table className="grid">
        <caption className="hint">{t('count', { count: total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('time')}</th>
            <th scope="col">{t('action')}</th>
            <th scope="col">{t('description')}</th>
            <th scope="col">{t('details')}</th>
            <th scope="col">{t('actor')}</th>
            <th scope="col">{t('target')}</th>
            <th scope="col">{t('address')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{format.dateTime(row.createdAt, 'withZoneSeconds')}</td>
              <td className="mono">{row.action}</td>
              <td>{actionName(row.action)}</td>
              <td>{details(row.details)}</td>
              <td>{row.actorLabel}</td>
              <td>
                {row.targetType && <span className="badge">{targetName(row.targetType)}</span>} {row.targetLabel}
              </td>
              <td>{row.ip}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        page={page}
        pages={pages}
        href={link}
        labels={{ nav: t('pages'), previous: t('newer'), next: t('older'), position: t('pageOf', { page, pages }) }}
      />
    </WorkspaceShell>
  );
}
