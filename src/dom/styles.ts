/**
 * The checker's look, as one constructed stylesheet adopted by the document: a strict CSP
 * (no 'unsafe-inline') blocks `<style>` elements and style attributes, not the CSSOM.
 */

export const COLORS = { error: '#d93025', warning: '#e37400', info: '#1a73e8' } as const

const CSS_TEXT = `
::highlight(kefu-lint-error){text-decoration:underline wavy ${COLORS.error};text-decoration-skip-ink:none;text-underline-offset:3px}
::highlight(kefu-lint-warning){text-decoration:underline wavy ${COLORS.warning};text-decoration-skip-ink:none;text-underline-offset:3px}
::highlight(kefu-lint-info){text-decoration:underline dotted ${COLORS.info};text-decoration-skip-ink:none;text-underline-offset:3px}
.kefu-lint-mirror{position:absolute;pointer-events:none;overflow:hidden;color:transparent!important;background:transparent!important;border-color:transparent!important;box-sizing:border-box;margin:0;z-index:2147483000}
.kefu-lint-mirror span[data-kefu-severity]{text-decoration-skip-ink:none;text-underline-offset:3px;text-decoration-line:underline}
.kefu-lint-mirror span[data-kefu-severity=error]{text-decoration-style:wavy;text-decoration-color:${COLORS.error}}
.kefu-lint-mirror span[data-kefu-severity=warning]{text-decoration-style:wavy;text-decoration-color:${COLORS.warning}}
.kefu-lint-mirror span[data-kefu-severity=info]{text-decoration-style:dotted;text-decoration-color:${COLORS.info}}
.kefu-lint-box{position:absolute;pointer-events:none;height:0;border-bottom:2px solid;z-index:2147483000}
.kefu-lint-pop{position:absolute;z-index:2147483001;max-width:340px;background:#fff;color:#202124;border:1px solid #c4c7c5;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.18);padding:10px 12px;font:14px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif}
.kefu-lint-pop[hidden],.kefu-lint-dialog[hidden]{display:none}
.kefu-lint-pop .kefu-lint-rule{font-size:12px;font-weight:600;margin-bottom:4px}
.kefu-lint-pop .kefu-lint-actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.kefu-lint-pop button,.kefu-lint-dialog button{font:inherit;font-size:13px;border:1px solid #c4c7c5;border-radius:6px;background:#f8f9fa;color:#202124;padding:2px 10px;cursor:pointer}
.kefu-lint-pop button.kefu-lint-suggestion{background:#e8f0fe;border-color:#aecbfa;color:#174ea6}
.kefu-lint-pop button:focus-visible,.kefu-lint-dialog button:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}
.kefu-lint-dialog{position:fixed;inset:0;z-index:2147483002;background:rgba(0,0,0,.35);display:flex;align-items:center;justify-content:center}
.kefu-lint-dialog>div{background:#fff;color:#202124;border-radius:10px;padding:16px 18px;max-width:420px;font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;box-shadow:0 8px 28px rgba(0,0,0,.3)}
.kefu-lint-dialog ul{margin:8px 0;padding-left:20px}
.kefu-lint-dialog .kefu-lint-actions{display:flex;gap:8px;justify-content:flex-end;margin-top:12px}
.kefu-lint-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`

let sheet: CSSStyleSheet | undefined
let users = 0

export function adoptStyles(doc: Document): void {
  users++
  if (!sheet) {
    sheet = new CSSStyleSheet()
    sheet.replaceSync(CSS_TEXT)
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
}

export function releaseStyles(doc: Document): void {
  if (--users > 0 || !sheet) return
  const s = sheet
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== s)
}
