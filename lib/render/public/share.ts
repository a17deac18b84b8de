import { html, type SafeHtml } from '../html';
import type { PageContext } from './context';

/**
 * Share links as plain addresses: nothing loads from these services until a reader clicks one (no script, no
 * button image, no counter), and the link tells the service only the article's public address and title.
 */
export function shareTargets(url: string, title: string): { name: string; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${t}%20${u}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: 'VK', href: `https://vk.com/share.php?url=${u}&title=${t}` },
  ];
}

export function shareLinks(ctx: PageContext, title: string, url: string): SafeHtml {
  const { t } = ctx;
  return html`<section class="box share" aria-labelledby="share-heading">
    <h2 id="share-heading">${t('ArticlePage.share')}</h2>
    <ul>
      ${shareTargets(url, title).map(
        (target) => html`<li><a href="${target.href}" rel="noopener noreferrer nofollow">${target.name}</a></li>`,
      )}
      <li>
        <a href="mailto:?subject=${encodeURIComponent(title)}&amp;body=${encodeURIComponent(url)}"
          >${t('ArticlePage.shareByEmail')}</a
        >
      </li>
    </ul>
  </section>`;
}
