/**
 * The whole stylesheet of the public site, inlined into every page: one request per page, no font downloads (system
 * fonts cover Cyrillic and Turkmen Latin). Colours meet WCAG AA on white; focus is always visible.
 */
export const publicCss = `
:root{--t:#1c1c1c;--m:#4d4d4d;--a:#0b4f8a;--l:#d6d6d6;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;line-height:1.55;color:var(--t);background:#fff}
*{box-sizing:border-box}body{margin:0}a{color:var(--a)}img{max-width:100%;height:auto}
a:focus-visible,main:focus{outline:3px solid #b34a00;outline-offset:2px}
.skip{position:absolute;left:-999em}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem 1rem}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
.top{border-bottom:1px solid var(--l);padding:.75rem 0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline;justify-content:space-between}
.brand{font-size:1.4rem;font-weight:700;color:var(--t);text-decoration:none}.tagline{margin:0;color:var(--m);font-size:.9rem}
.langs ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}.langs [aria-current]{font-weight:700}
.na{color:var(--m);font-size:.85rem}
.cards{list-style:none;margin:0;padding:0}.cards>li{border-bottom:1px solid var(--l);padding:.9rem 0}
.cards h2,.cards h3{font-size:1.15rem;margin:0 0 .2rem}.lead h2{font-size:1.6rem;margin:.5rem 0}
.meta{color:var(--m);font-size:.9rem;margin:.2rem 0}.summary{margin:.3rem 0}
article h1{font-size:1.9rem;line-height:1.25;margin:1rem 0 .5rem}
.body blockquote{border-left:4px solid var(--l);margin:1rem 0;padding-left:1rem}
.body table{border-collapse:collapse}.body td,.body th{border:1px solid var(--l);padding:.3rem .5rem}
figure{margin:1rem 0}figcaption{color:var(--m);font-size:.85rem}
.pager{display:flex;justify-content:space-between;gap:1rem;margin:1.5rem 0}
footer{border-top:1px solid var(--l);margin-top:2rem;padding:1rem 0;color:var(--m);font-size:.9rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`
  .replace(/\n/g, '')
  .trim();
