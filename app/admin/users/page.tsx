import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CreateStaffForm } from '@/components/workspace/users/create-staff-form';
import { SignInPolicyForm } from '@/components/workspace/users/policy-form';
import { WorkspaceShell } from '@/components/workspace/shell';
import { workspacePage } from '@/lib/workspace/page';
import { signInPolicy } from '@/lib/workspace/settings';
import { listStaff } from '@/lib/workspace/users';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('UsersPage'))('title') };
}

export default async function UsersPage() {
  const actor = await workspacePage('/admin/users', 'manage:users');
  const [staff, policy, t, tw, format] = await Promise.all([
    listStaff(actor),
    signInPolicy(),
    getTranslations('UsersPage'),
    getTranslations('Workspace'),
    getFormatter(),
  ]);
  const now = new Date();
  return (
    <WorkspaceShell actor={actor} current="/admin/users">
      <h1>{t('title')}</h1>
      <table className="grid">
        <caption className="hint">{t('count', { count: staff.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('email')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('languages')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col">{t('lastLogin')}</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((user) => (
            <tr key={user.id}>
              <td>
                <Link href={`/admin/users/${user.id}`}>{user.displayName}</Link>
              </td>
              <td>{user.email}</td>
              <td>{tw(`role.${user.role}`)}</td>
              <td>{user.role === 'translator' ? user.languages.join(', ') : t('allLanguages')}</td>
              <td>
                {user.disabled && <span className="badge off">{t('disabled')}</span>}{' '}
                {user.lockedUntil && user.lockedUntil > now && <span className="badge warn">{t('locked')}</span>}{' '}
                {!user.hasPassword && <span className="badge">{t('invited')}</span>}{' '}
                {user.totpEnabled && <span className="badge">{t('twoFactor')}</span>}{' '}
                {user.passkeys > 0 && <span className="badge">{t('passkeys', { count: user.passkeys })}</span>}
              </td>
              <td>{user.lastLoginAt ? format.dateTime(user.lastLoginAt, 'withZone') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('createHeading')}</h2>
      <CreateStaffForm />
      <h2>{t('policyHeading')}</h2>
      <SignInPolicyForm policy={policy} />
    </WorkspaceShell>
  );
}
