import type en from '@/messages/en.json';
import type { Locale } from './routing';

export type Messages = typeof en;

/** The interface text of one language (typed from en.json; the parity test keeps the others in step). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return ((await import(`../messages/${locale}.json`)) as { default: Messages }).default;
}
