// The console's one stylesheet, inlined into every page: no external assets, one round trip.
// Colours are chosen for WCAG AA contrast (4.5:1 or better) on white.
export const CONSOLE_CSS = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f6f6f4}
a{color:#0b4fa8}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid #b45309;outline-offset:2px}
header{background:#1f2933;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center}
header a{color:#fff}
header .brand{font-weight:700;margin-right:auto;text-decoration:none}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .9rem}
nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
header form{margin:0}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0 1rem}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
section>h2:first-child{margin-top:0}
section,.card{background:#fff;border:1px solid #d6d6d0;border-radius:6px;padding:1rem;margin:0 0 1rem}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #e2e2dc;vertical-align:top}
th{background:#f0f0ec}
label{display:block;font-weight:600;margin:.5rem 0 .25rem}
input,select,textarea,button{font:inherit}
input[type=text],input[type=email],input[type=url],input[type=password],input[type=search],select,textarea{width:100%;max-width:32rem;padding:.45rem .5rem;border:1px solid #6b6b66;border-radius:4px;background:#fff;color:#1b1b1b}
textarea{max-width:100%;min-height:8rem}
button,.button{display:inline-block;margin-top:.5rem;padding:.45rem 1rem;border:1px solid #0b4fa8;border-radius:4px;background:#0b4fa8;color:#fff;cursor:pointer;text-decoration:none}
button.secondary{background:#fff;color:#0b4fa8}
button.danger{background:#a4161a;border-color:#a4161a}
.inline{display:inline}
.row{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end}
.muted{color:#55554f}
.notice{padding:.6rem .8rem;border-radius:4px;margin:0 0 1rem;border:1px solid}
.notice.ok{background:#e8f5e9;border-color:#2e7d32}
.notice.error{background:#fdecea;border-color:#a4161a}
.badge{display:inline-block;padding:0 .4rem;border-radius:3px;font-size:.85rem;background:#e7e7e2}
.badge.error,.badge.failed,.badge.bounced,.badge.complained{background:#fdecea;color:#7f1013}
.badge.ok,.badge.sent,.badge.delivered,.badge.active{background:#e8f5e9;color:#1b5e20}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(8rem,1fr));gap:.5rem;margin:0;padding:0;list-style:none}
.stats li{background:#f0f0ec;border-radius:4px;padding:.5rem}
.stats strong{display:block;font-size:1.4rem}
.side-by-side{display:grid;grid-template-columns:1fr;gap:1rem}
@media (min-width:60rem){.side-by-side{grid-template-columns:1fr 1fr}}
iframe{width:100%;height:32rem;border:1px solid #d6d6d0;border-radius:4px;background:#fff}
.removed blockquote{margin:.25rem 0 .75rem;padding:.5rem .75rem;border-left:4px solid #b45309;background:#fff7e6}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
td,th,li,p,h1,h2,h3,blockquote,q{overflow-wrap:anywhere}
code,pre{white-space:pre-wrap;overflow-wrap:anywhere}
img{max-width:100%;height:auto}
@media (max-width:40rem){
main{padding:.5rem}
section,.card{padding:.75rem}
.table-wrap table,.table-wrap tbody,.table-wrap tr,.table-wrap td,.table-wrap th{display:block;width:100%}
.table-wrap thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.table-wrap tr{border-bottom:1px solid #d6d6d0;padding:.5rem 0}
.table-wrap td,.table-wrap tbody th{border:0;padding:.1rem 0}
.table-wrap td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
.table-wrap td:empty{display:none}
}
`;

// Inside preview frames: each removed passage stands out (mark mode wraps it in data-spoiler).
export const SPOILER_HIGHLIGHT_CSS = `[data-spoiler]{background:#fff1c2;outline:3px solid #b45309;outline-offset:2px}
[data-spoiler]::before{content:"Spoiler (" attr(data-spoiler) ") ";display:block;font:700 12px system-ui,sans-serif;color:#7a3306}
span[data-spoiler]::before{display:inline}`;
