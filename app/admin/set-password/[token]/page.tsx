import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SetPasswordForm } from '@/components/workspace/set-password-form';
import { setPasswordLinkTarget } from '@/lib/workspace/users';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('SetPasswordPage'))('title') };
}

/** Opening the link changes nothing (GET); the password is set by the form's POST, which uses the link up. */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [target, t] = await Promise.all([setPasswordLinkTarget(token), getTranslations('SetPasswordPage')]);
  return (
    <main id="main" className="narrow">
      <h1>{t('title')}</h1>
      {target ? (
        <>
          <p>{t('intro', { name: target.displayName, email: target.email })}</p>
          <SetPasswordForm token={token} email={target.email} />
        </>
      ) : (
        <>
          <p role="alert" className="error">
            {t('invalidLink')}
          </p>
          <p>
            <Link href="/admin/login">{t('toSignIn')}</Link>
          </p>
        </>
      )}
    </main>
  );
}
