import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { BrandImageForms } from '@/components/workspace/edition/brand-forms';
import { IdentityForm } from '@/components/workspace/edition/identity-form';
import { WorkspaceShell } from '@/components/workspace/shell';
import { getSiteIdentity } from '@/lib/workspace/edition/identity';
import { mediaForPicker } from '@/lib/workspace/media/read';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('SiteSettings'))('title') };
}

/** Admins: the organisation's identity on the public site (names, logo, icon, contacts, mirrors, social image). */
export default async function SiteSettingsPage() {
  const actor = await workspacePage('/admin/settings', 'manage:settings');
  const locale = await getLocale();
  const [identity, images, t] = await Promise.all([
    getSiteIdentity(actor),
    mediaForPicker(actor, locale),
    getTranslations('SiteSettings'),
  ]);
  const { logo, icon, ...text } = identity;
  return (
    <WorkspaceShell actor={actor} current="/admin/settings">
      <h1>{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <BrandImageForms slot="logo" current={logo ? `/${logo.path}` : null} />
      <BrandImageForms slot="icon" current={icon ? `/${icon.path}` : null} />
      <h2>{t('identityHeading')}</h2>
      <IdentityForm
        identity={text}
        images={images.map((image) => ({ id: image.id, label: image.alt || image.src.split('/').pop() || image.id }))}
      />
    </WorkspaceShell>
  );
}
