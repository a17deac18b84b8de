import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { signOutAction } from '@/lib/workspace/account-actions';
import { can } from '@/lib/auth/permissions';
import type { WorkspaceActor } from '@/lib/workspace/guard';
import { SignInNotice } from './sign-in-notice';

/** Every signed-in workspace page: navigation by permission, who is signed in, sign out (a POST, never a link). */
export async function WorkspaceShell({
  actor,
  current,
  children,
}: {
  actor: WorkspaceActor;
  current: string;
  children: ReactNode;
}) {
  const t = await getTranslations('Workspace');
  const items = [
    { href: '/admin', label: t('navDashboard'), show: true },
    // Translators open the library too: alt text is written in their languages.
    { href: '/admin/media', label: t('navMedia'), show: true },
    // The translator's desk: everyone reads the glossary (translators propose) and the memory (TMX for CAT tools).
    { href: '/admin/glossary', label: t('navGlossary'), show: true },
    { href: '/admin/translation-memory', label: t('navMemory'), show: true },
    { href: '/admin/categories', label: t('navCategories'), show: can(actor, 'manage:taxonomy') },
    { href: '/admin/tags', label: t('navTags'), show: can(actor, 'manage:taxonomy') },
    { href: '/admin/authors', label: t('navAuthors'), show: can(actor, 'manage:taxonomy') },
    { href: '/admin/front', label: t('navFront'), show: can(actor, 'edit:article:any') },
    { href: '/admin/trash', label: t('navTrash'), show: can(actor, 'restore:article:any') },
    { href: '/admin/users', label: t('navUsers'), show: can(actor, 'manage:users') },
    { href: '/admin/redirects', label: t('navRedirects'), show: can(actor, 'manage:redirects') },
    { href: '/admin/audit', label: t('navAudit'), show: can(actor, 'read:audit') },
    { href: '/admin/backups', label: t('navBackups'), show: can(actor, 'manage:settings') },
    { href: '/admin/settings', label: t('navSettings'), show: can(actor, 'manage:settings') },
    { href: '/admin/account', label: t('navAccount'), show: true },
  ];
  return (
    <>
      <a className="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header className="shell-top">
        <Link className="shell-brand" href="/admin">
          {t('title')}
        </Link>
        <nav aria-label={t('navLabel')}>
          <ul>
            {items
              .filter((item) => item.show)
              .map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={item.href === current ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <div className="shell-user">
          <span>{t('signedInAs', { name: actor.displayName || actor.email, role: t(`role.${actor.role}`) })}</span>
          <form action={signOutAction}>
            <button type="submit" className="secondary">
              {t('signOut')}
            </button>
          </form>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {actor.signInNotice && <SignInNotice notice={actor.signInNotice} />}
        {children}
      </main>
    </>
  );
}
