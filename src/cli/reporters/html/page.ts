import { createHash } from 'node:crypto'
import { esc } from './format.js'

/**
 * The page shell: one stylesheet and one small script, both inline, admitted by hash in a
 * Content-Security-Policy that forbids every other script, style and any network fetch. Should a
 * reply ever slip through escaping, the browser would still refuse to run or load it.
 */

const FONT =
  'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", ' +
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif'

export const CSS = `
:root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg2:#f6f8fa;--error:#cf222e;--warning:#9a6700;--info:#0969da}
*{box-sizing:border-box}
body{margin:0;font:14px/1.55 ${FONT};color:var(--fg);background:#fff}
main{max-width:1040px;margin:0 auto;padding:24px 20px 64px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:40px 0 10px;padding-bottom:6px;border-bottom:1px solid var(--line)}
h3{font-size:15px;margin:22px 0 6px}h2 small,h3 small{font-weight:400;color:var(--muted);font-size:13px;margin-left:6px}
.sub,.note{color:var(--muted)}.note{font-size:13px;margin:6px 0}
nav{margin:12px 0 0;font-size:13px}nav a{margin-right:14px}
a{color:#0969da;text-decoration:none}a:hover{text-decoration:underline}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(128px,1fr));gap:10px;margin-top:14px}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 14px;background:var(--bg2)}
.card b{display:block;font-size:22px;font-variant-numeric:tabular-nums}.card span{color:var(--muted);font-size:12px}
.card.error b{color:var(--error)}.card.warning b{color:var(--warning)}.card.info b{color:var(--info)}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:var(--bg2);font-weight:600;white-space:nowrap}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
th button{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit}
th small{display:block;font-weight:400;font-size:11px;color:var(--muted)}
table.sortable th{vertical-align:bottom}
th .arrow::after{content:" ↕";color:#8c959f}
th[aria-sort=ascending] .arrow::after{content:" ▲";color:var(--fg)}th[aria-sort=descending] .arrow::after{content:" ▼";color:var(--fg)}
th.wrap{white-space:normal;min-width:6em}table.groups td:first-child{white-space:nowrap}
.chart{display:block;max-width:900px;margin:10px 0}
.chart text{font-family:${FONT};fill:var(--fg)}.chart .tick{font-size:11px;fill:var(--muted)}.chart .label,.chart .value{font-size:12px}
.chart .axis{font-size:12px;fill:var(--muted)}.chart .grid{stroke:#e6eaef;stroke-width:1}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px;margin:6px 0;padding:0;list-style:none}
.swatch{vertical-align:-1px;margin-right:4px}
.sev{display:inline-block;font-size:11px;line-height:16px;padding:0 6px;border-radius:8px;color:#fff;font-weight:600}
.sev.error{background:var(--error)}.sev.warning{background:#bf8700}.sev.info{background:var(--info)}
ol.replies{padding-left:0;list-style:none;counter-reset:r}
li.reply{border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:10px 0;counter-increment:r}
li.reply .meta{font-size:12px;color:var(--muted)}li.reply .meta::before{content:"#" counter(r) " ";font-weight:700;color:var(--fg)}
.prev{margin:8px 0 4px;padding:4px 10px;border-left:3px solid var(--line);color:var(--muted);white-space:pre-wrap;word-break:break-word}
.prev .who,.text .who{font-size:12px;font-weight:600;margin-right:6px}
.text{margin:6px 0;white-space:pre-wrap;word-break:break-word;font-size:15px}
mark{border-radius:3px;padding:0 1px}mark.error{background:#ffd8d3;box-shadow:inset 0 -2px var(--error)}
mark.warning{background:#fff1c2;box-shadow:inset 0 -2px #bf8700}mark.info{background:#ddf4ff;box-shadow:inset 0 -2px var(--info)}
.gap{color:var(--muted)}
ul.msgs{margin:4px 0 0;padding-left:18px;font-size:13px}ul.msgs li{margin:2px 0}
.repeats{font-size:12px;color:var(--muted);margin-top:4px}
table.phrases{table-layout:fixed}table.phrases th:nth-child(1){width:38%}table.phrases th:nth-child(2){width:10%}
q{quotes:"「" "」"}.expected{color:#1a7f37}
pre{background:var(--bg2);border:1px solid var(--line);border-radius:6px;padding:10px;overflow:auto;font-size:12px;max-height:420px}
footer{margin-top:48px;color:var(--muted);font-size:12px}
@media print{nav{display:none}li.reply{break-inside:avoid}}
`

/** Sorts a table by the clicked column: numbers by data-v, text by Chinese collation. */
export const JS = `
(function(){
function val(c){var v=c.getAttribute('data-v');return v===null?c.textContent:v}
document.querySelectorAll('table.sortable th button').forEach(function(b){
b.addEventListener('click',function(){
var th=b.parentNode,t=th.closest('table'),i=th.cellIndex,num=th.getAttribute('data-type')==='num';
var first=num?'descending':'ascending',other=num?'ascending':'descending';
var dir=th.getAttribute('aria-sort')===first?other:first;
t.querySelectorAll('th[aria-sort]').forEach(function(h){h.removeAttribute('aria-sort')});
th.setAttribute('aria-sort',dir);
var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows),s=dir==='ascending'?1:-1;
rows.sort(function(x,y){var a=val(x.cells[i]),z=val(y.cells[i]);return s*(num?parseFloat(a)-parseFloat(z):String(a).localeCompare(String(z),'zh'))});
rows.forEach(function(r){body.appendChild(r)});
});});
})();
`

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`

export const CSP = [
  "default-src 'none'",
  `style-src ${hash(CSS)}`,
  `script-src ${hash(JS)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
<script>${JS}</script>
</body>
</html>
`
}
