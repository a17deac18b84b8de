import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trustedHtml } from '@/lib/render/html';

describe('html templates', () => {
  it('escapes every interpolated string, attribute or text', () => {
    const hostile = `"><script>alert(1)</script><img src=x onerror='x'>&`;
    const out = html`<a title="${hostile}">${hostile}</a>`.value;
    expect(out).not.toContain('<script>');
    expect(out).not.toContain(`"><`);
    expect(out).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&#39;x&#39;&gt;&amp;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&#39;x&#39;&gt;&amp;</a>',
    );
  });

  it('joins arrays, drops null/undefined/false, and nests templates without escaping them twice', () => {
    const items = ['a&b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}${null}${undefined}${false}</ul>`.value).toBe('<ul><li>a&amp;b</li><li>c</li></ul>');
  });

  it('passes only trusted, server-rendered HTML through', () => {
    expect(html`<div>${trustedHtml('<p>ok</p>')}</div>`.value).toBe('<div><p>ok</p></div>');
    expect(escapeHtml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
  });

  it('strips the indentation of the template source, keeping line breaks', () => {
    const indented = html`<p>
        ${'x'}
      </p>`;
    expect(indented.value).toBe('<p>\nx\n</p>');
  });
});
