import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import { env } from '@/lib/env';
import { errorFields, logger } from '@/lib/log';

/**
 * Sends a set-password link when SMTP is configured (SMTP_URL); without it the admin passes the link on by hand,
 * which is also the safer channel for staff whose mailbox may be watched. A mail failure never blocks the action.
 */
export async function sendSetPasswordMail(to: string, name: string, url: string, expiresAt: Date): Promise<boolean> {
  const settings = env();
  if (!settings.SMTP_URL) return false;
  try {
    const { createTransport } = await import('nodemailer');
    const locale = settings.DEFAULT_LOCALE;
    const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: 'SetPasswordMail' });
    const until = new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: settings.SITE_TIME_ZONE,
    });
    await createTransport(settings.SMTP_URL).sendMail({
      from: settings.MAIL_FROM,
      to,
      subject: t('subject'),
      text: t('body', { name, url, until: until.format(expiresAt) }),
    });
    return true;
  } catch (error) {
    logger('mail').error(errorFields(error), 'set-password link not sent');
    return false;
  }
}
