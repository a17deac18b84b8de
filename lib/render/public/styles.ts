/**
 * The whole stylesheet of the public site, inlined into every page: one request per page, no font downloads (system
 * fonts cover Cyrillic and Turkmen Latin: a serif for headlines, the system sans for text). Colours meet WCAG AA on
 * white; focus is always visible; nothing is wider than a 320 px screen (long words break, tables and the sections
 * menu scroll inside themselves). The print rules drop the menus and show where links lead.
 */
export const publicCss = `
:root{--t:#16181d;--m:#4f5561;--a:#0d4a86;--b:#12355b;--l:#dcdfe4;--s:#f3f5f8;--serif:Georgia,"Noto Serif","DejaVu Serif","Times New Roman",serif;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;line-height:1.55;color:var(--t);background:#fff}
*{box-sizing:border-box}body{margin:0;overflow-wrap:break-word}a{color:var(--a)}img{max-width:100%;height:auto;display:block}
a:focus-visible,main:focus,summary:focus-visible{outline:3px solid #b34a00;outline-offset:2px}
.skip{position:absolute;left:-999em}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem 1rem;z-index:1}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}.read{max-width:44rem;margin-left:auto;margin-right:auto}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.top{border-top:4px solid var(--b);border-bottom:1px solid var(--l)}
.bar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1rem;padding:.6rem 1rem}
.brand{display:flex;align-items:center;gap:.75rem;color:var(--t);text-decoration:none;min-width:0}
.brand img{width:auto;height:2.5rem;flex:none}.brand b{display:block;font:700 1.1rem/1.2 var(--serif);color:var(--t)}
.brand span span{display:block;color:var(--m);font-size:.82rem;line-height:1.3}
.tools{display:flex;align-items:center;gap:.25rem 1rem;font-size:.9rem;flex-wrap:wrap}
.langs ul{display:flex;gap:.75rem;list-style:none;margin:0;padding:0;white-space:nowrap}.langs [aria-current]{font-weight:700;color:var(--t);text-decoration:none}
.na{color:var(--m);text-decoration:line-through}
.menu{border-top:1px solid var(--l);overflow-x:auto}.menu ul{display:flex;gap:1.25rem;list-style:none;margin:0 auto;padding:.55rem 1rem;white-space:nowrap;font-size:.92rem}
.menu a{color:var(--t);text-decoration:none;font-weight:600}.menu a:hover,.menu [aria-current]{color:var(--a);text-decoration:underline}
.menu .pg{margin-left:auto}.menu .pg~.pg{margin-left:0}
h1,h2,h3{font-family:var(--serif);line-height:1.2;color:var(--t)}h2 a,h3 a{color:inherit;text-decoration:none}h2 a:hover,h3 a:hover{text-decoration:underline}
main{padding-bottom:1rem}
.kicker{display:inline-block;font:700 .75rem/1.2 system-ui,sans-serif;letter-spacing:.06em;text-transform:uppercase;color:var(--a);text-decoration:none;margin:0 0 .3rem}
.meta{color:var(--m);font-size:.88rem;margin:.25rem 0}.meta a{color:var(--m)}
.lead{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem 2rem;padding:1.5rem 0;border-bottom:1px solid var(--l)}
.lead h2{font-size:clamp(1.5rem,3vw,2.1rem);margin:.1rem 0 .5rem}.lead p.sum{font-size:1.08rem;margin:.3rem 0}
.pin{font-size:.8rem;color:var(--m)}
.sec{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:0 1rem;border-bottom:2px solid var(--t);margin:2rem 0 1rem}
.sec h2{font-size:1.3rem;margin:0 0 .3rem}.sec a.more{font-size:.88rem;margin-bottom:.3rem}
.grid{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:minmax(0,1fr);gap:1.5rem}
.card h3{font-size:1.12rem;margin:.15rem 0 .3rem}.card p{margin:.25rem 0}.card .sum{color:#2d3139;font-size:.95rem}
.card img,.lead img{aspect-ratio:16/9;object-fit:cover;width:100%;background:var(--s)}
.row{list-style:none;margin:0;padding:0}.row>li{display:grid;grid-template-columns:minmax(0,1fr) 6.5rem;gap:1rem;padding:1rem 0;border-bottom:1px solid var(--l)}
.row>li.bare{grid-template-columns:minmax(0,1fr)}.row h2,.row h3{font-size:1.12rem;margin:.1rem 0 .3rem}.row img{aspect-ratio:4/3;object-fit:cover;width:100%;background:var(--s)}
.row p{margin:.2rem 0}.row .sum{font-size:.93rem;color:#2d3139}
.head{padding:1.25rem 0 .25rem}.head h1{font-size:clamp(1.6rem,4vw,2.2rem);margin:.2rem 0}.head p{color:var(--m);margin:.2rem 0}
article h1{font-size:clamp(1.75rem,5vw,2.6rem);line-height:1.15;margin:.3rem 0 .6rem}
.standfirst{font-size:1.15rem;line-height:1.5;color:#2d3139;margin:.5rem 0 1rem}
.byline{display:flex;flex-wrap:wrap;gap:.2rem .9rem;border-top:1px solid var(--l);border-bottom:1px solid var(--l);padding:.5rem 0;margin:1rem 0;font-size:.9rem;color:var(--m)}
.byline a{color:var(--t);font-weight:600}
figure{margin:1.25rem 0}figcaption{color:var(--m);font-size:.85rem;margin-top:.4rem}figcaption small{display:block;font-size:.78rem}
.body{font-size:1.08rem;line-height:1.7}.body h2{font-size:1.45rem;margin:2rem 0 .5rem}.body h3{font-size:1.2rem}
.body blockquote{border-left:4px solid var(--b);margin:1.5rem 0;padding:.2rem 0 .2rem 1rem;font-family:var(--serif);font-size:1.15rem}
.body table{border-collapse:collapse;display:block;overflow-x:auto;max-width:100%}.body td,.body th{border:1px solid var(--l);padding:.3rem .5rem}
.tags{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:1.5rem 0}.tags a{display:inline-block;background:var(--s);border-radius:1rem;padding:.15rem .7rem;font-size:.85rem;text-decoration:none}
.box{background:var(--s);border-left:4px solid var(--b);padding:.75rem 1rem;margin:1.5rem 0;font-size:.9rem}.box h2{font-size:1rem;margin:0 0 .4rem;font-family:inherit}
.box p{margin:.3rem 0}.box cite{font-style:normal}.share ul{display:flex;flex-wrap:wrap;gap:.4rem 1rem;list-style:none;margin:0;padding:0}
.also{margin:2rem 0 0}
.pager{display:flex;justify-content:space-between;gap:1rem;margin:1.5rem 0}
.search input{font:inherit;padding:.4rem;max-width:100%;width:24rem;border:1px solid var(--m)}.search button{font:inherit;padding:.4rem .9rem;background:var(--b);color:#fff;border:0}
mark{background:#fff1a8}
.foot{background:#14171c;color:#d5d9e0;margin-top:3rem;padding:2rem 0 1.5rem;font-size:.9rem}.foot a{color:#fff}
.cols{display:grid;grid-template-columns:minmax(0,1fr);gap:1.5rem}.foot h2{font:700 .8rem/1.2 system-ui,sans-serif;letter-spacing:.06em;text-transform:uppercase;color:#aab1bd;margin:0 0 .5rem}
.foot ul{list-style:none;margin:0;padding:0}.foot li{margin:.25rem 0}.foot p{margin:.3rem 0}.foot .fp{font-family:ui-monospace,monospace;font-size:.82rem;overflow-wrap:anywhere}
.fine{border-top:1px solid #333a44;margin-top:1.5rem;padding-top:1rem;color:#aab1bd}
@media(min-width:48rem){.brand img{height:3rem}.brand b{font-size:1.4rem}.lead{grid-template-columns:minmax(0,3fr) minmax(0,2fr);align-items:center}.grid{grid-template-columns:repeat(3,minmax(0,1fr))}.row>li{grid-template-columns:minmax(0,1fr) 11rem}.cols{grid-template-columns:minmax(0,2fr) minmax(0,1fr) minmax(0,1fr)}}
@media print{.top .tools,.menu,.share,.foot,.skip,.pager{display:none}.top{border:0}body{font-size:11pt}a{color:#000}.body a[href^="http"]:after{content:" (" attr(href) ")";font-size:9pt}img{max-width:60%}}
`
  .replace(/\n/g, '')
  .trim();
