import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { Locale } from '@/i18n/routing';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The localized 404 document for URLs that match no page. Built as a string because route handlers cannot render
 * React, and a 404 needs no script at all.
 */
export async function notFoundDocument(locale: Locale): Promise<string> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: 'NotFoundPage' });
  const site = createTranslator({ locale, messages, namespace: 'Metadata' });
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t('title'))} · ${escapeHtml(site('siteName'))}</title>
<style>body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;line-height:1.55;color:#1c1c1c;max-width:46rem;margin:0 auto;padding:1rem}a{color:#0b4f8a}a:focus-visible{outline:3px solid #c25e00}</style>
</head>
<body>
<header><a href="/${locale}">${escapeHtml(site('siteName'))}</a></header>
<main id="content">
<h1>${escapeHtml(t('title'))}</h1>
<p>${escapeHtml(t('description'))}</p>
<p><a href="/${locale}">${escapeHtml(t('backHome'))}</a></p>
</main>
</body>
</html>
`;
}
