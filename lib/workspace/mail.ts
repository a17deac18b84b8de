import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages, type Messages } from '@/i18n/messages';
import type { AlertMail } from '@/lib/auth/sign-in-guard';
import { env } from '@/lib/env';
import { errorFields, logger } from '@/lib/log';

/**
 * E-mail when SMTP is configured (SMTP_URL), in the site's default language: set-password links (without SMTP the
 * admin passes the link on by hand, which is also the safer channel for staff whose mailbox may be watched) and
 * alerts about failed sign-ins. A mail failure never blocks what caused it.
 */
type Translate = ReturnType<typeof createTranslator<Messages>>;

async function send(
  to: string,
  compose: (t: Translate, dateTime: (date: Date) => string) => { subject: string; text: string },
): Promise<boolean> {
  const settings = env();
  if (!settings.SMTP_URL) return false;
  try {
    const { createTransport } = await import('nodemailer');
    const locale = settings.DEFAULT_LOCALE;
    const t = createTranslator({ locale, messages: await loadMessages(locale) });
    const format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: settings.SITE_TIME_ZONE,
    });
    const { subject, text } = compose(t, (date) => format.format(date));
    await createTransport(settings.SMTP_URL).sendMail({ from: settings.MAIL_FROM, to, subject, text });
    return true;
  } catch (error) {
    logger('mail').error(errorFields(error), 'mail not sent');
    return false;
  }
}

export function sendSetPasswordMail(to: string, name: string, url: string, expiresAt: Date): Promise<boolean> {
  return send(to, (t, dateTime) => ({
    subject: t('SetPasswordMail.subject'),
    text: t('SetPasswordMail.body', { name, url, until: dateTime(expiresAt) }),
  }));
}

/** Tells the owner of an account that someone is failing to sign in to it, and what still works. */
export function sendSecurityAlert(mail: AlertMail): Promise<boolean> {
  return send(mail.to, (t) => ({
    subject: t('SecurityMail.subject'),
    text: [
      t('SecurityMail.greeting', { name: mail.name }),
      t('SecurityMail.failures', { count: mail.failures, addresses: mail.addresses.join(', ') }),
      t(`SecurityMail.alert.${mail.alert === 'codes-stopped' ? 'codesStopped' : mail.alert}`),
      t('SecurityMail.closing', { url: new URL('/admin/account', env().PUBLIC_BASE_URL).toString() }),
    ].join('\n\n'),
  }));
}
