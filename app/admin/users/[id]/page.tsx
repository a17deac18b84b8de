import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EditStaffForm, StaffCommands } from '@/components/workspace/users/edit-staff-form';
import { StaffPasskeys } from '@/components/workspace/users/staff-passkeys';
import { WorkspaceShell } from '@/components/workspace/shell';
import { workspacePage } from '@/lib/workspace/page';
import { listStaffPasskeys } from '@/lib/workspace/passkeys';
import { getStaff } from '@/lib/workspace/users';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('UsersPage'))('editTitle') };
}

export default async function StaffPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await workspacePage(`/admin/users/${id}`, 'manage:users');
  const [user, passkeys, t] = await Promise.all([
    getStaff(actor, id),
    listStaffPasskeys(actor, id),
    getTranslations('UsersPage'),
  ]);
  if (!user) notFound();
  const staff = {
    id: user.id,
    displayName: user.displayName,
    role: user.role,
    languages: user.languages,
    disabled: user.disabled,
    locked: Boolean(user.lockedUntil && user.lockedUntil > new Date()),
    totpEnabled: user.totpEnabled,
  };
  return (
    <WorkspaceShell actor={actor} current="/admin/users">
      <p>
        <Link href="/admin/users">{t('backToList')}</Link>
      </p>
      <h1>{user.displayName}</h1>
      <p className="mono">{user.email}</p>
      <EditStaffForm staff={staff} />
      <h2>{t('accountHeading')}</h2>
      <StaffCommands staff={staff} />
      <h2>{t('passkeysHeading')}</h2>
      <StaffPasskeys userId={user.id} passkeys={passkeys} />
    </WorkspaceShell>
  );
}
