'use client';
import { useTranslations } from 'next-intl';
import { staffCommandAction, updateStaffAction } from '@/lib/workspace/users-actions';
import { codeText } from '@/lib/workspace/action-result';
import { ActionForm } from '../action-form';
import { SetPasswordLinkNotice } from './set-password-link';
import { StaffFields } from './staff-fields';

interface Staff {
  id: string;
  displayName: string;
  role: string;
  languages: string[];
  disabled: boolean;
  locked: boolean;
  totpEnabled: boolean;
}

export function EditStaffForm({ staff }: { staff: Staff }) {
  const t = useTranslations('StaffForm');
  return (
    <ActionForm action={updateStaffAction} label={t('editHeading')} success={() => t('saved')}>
      <input type="hidden" name="id" value={staff.id} />
      <StaffFields prefix="edit" defaults={staff} />
      <div className="actions">
        <button type="submit">{t('save')}</button>
      </div>
    </ActionForm>
  );
}

/** One button per command; each is its own POST with its own result. */
export function StaffCommands({ staff }: { staff: Staff }) {
  const t = useTranslations('StaffForm');
  const commands: ('enable' | 'disable' | 'unlock' | 'reset-2fa' | 'new-link')[] = [
    staff.disabled ? 'enable' : 'disable',
    ...(staff.locked ? (['unlock'] as const) : []),
    ...(staff.totpEnabled ? (['reset-2fa'] as const) : []),
    'new-link',
  ];
  // One form for every command (the clicked button names it), so its confirmation survives the buttons changing.
  return (
    <div className="actions">
      <ActionForm
        action={staffCommandAction}
        success={(data) =>
          data.link ? <SetPasswordLinkNotice {...data.link} /> : codeText(t, 'commandDone.', data.command)
        }
      >
        <input type="hidden" name="id" value={staff.id} />
        <div className="actions">
          {commands.map((command) => (
            <button
              key={command}
              type="submit"
              name="command"
              value={command}
              className={command === 'disable' ? 'danger' : 'secondary'}
            >
              {codeText(t, 'command.', command)}
            </button>
          ))}
        </div>
      </ActionForm>
      <details>
        <summary>{t('command.delete')}</summary>
        <p>{t('deleteWarning')}</p>
        <ActionForm action={staffCommandAction} success={() => t('commandDone.delete')}>
          <input type="hidden" name="id" value={staff.id} />
          <input type="hidden" name="command" value="delete" />
          <button type="submit" className="danger">
            {t('confirmDelete')}
          </button>
        </ActionForm>
      </details>
    </div>
  );
}
