import { html } from '../html';
import { inlineStyle } from '../security';
import type { PageContext } from './context';

/** Its own small stylesheet (allowed by hash like the page's): a bar nobody can mistake for the live page. */
const bannerStyle = inlineStyle(
  '.preview-banner{margin:0;padding:.6rem 1rem;background:#7a1f00;color:#fff;font-weight:700;text-align:center}',
);

/**
 * A public page as the workspace's preview shows it: exactly what readers would get, with a banner on top saying it
 * is not published (or that these are unpublished changes and readers still see the live version).
 */
export function withPreviewBanner(ctx: PageContext, page: string, kind: 'draft' | 'changes'): string {
  const banner = html`${bannerStyle}<p class="preview-banner" role="status">${ctx.t(`PreviewBanner.${kind}`)}</p>`;
  return page.replace(/<body>/, `<body>${banner.value}`);
}
