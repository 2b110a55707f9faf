// Compile time of a config with many custom phrases and exceptions (issue 13.9).
// For each size it times createLinter with N phrases and N exceptions, and as the baseline in
// the same run the same N phrases with no exceptions; it reports both, their ratio, and the
// heap after compiling. KEFU_LINT_ENTRY points at another build (default ../dist/index.js).
//   node --expose-gc bench/custom-compile-bench.mjs [sizes…]   e.g. 2500 5000 10000
import { pathToFileURL } from 'node:url'

const entry = process.env.KEFU_LINT_ENTRY ? pathToFileURL(process.env.KEFU_LINT_ENTRY).href : '../dist/index.js'
const { createLinter } = await import(entry)
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0)
if (!sizes.length) sizes.push(2500, 5000, 10000)

// Distinct CJK phrases of 3 characters; each exception is its phrase with a character before
// and after, so every exception contains exactly one phrase (as a real exception list does).
const cjk = (i, salt) => String.fromCharCode(0x4e00 + ((i * 7919 + salt) % 20000))
const phrase = (i) => cjk(i, 1) + cjk(i, 2) + cjk(i, 3)
const exception = (i) => cjk(i, 5) + phrase(i) + cjk(i, 6)

function config(kind, n, withExceptions) {
  const phrases = Array.from({ length: n }, (_, i) => phrase(i))
  const exceptions = withExceptions ? Array.from({ length: n }, (_, i) => exception(i)) : []
  const rule =
    kind === 'existence'
      ? { id: 'shop/many', kind, phrases, exceptions }
      : { id: 'shop/many', kind, swap: Object.fromEntries(phrases.map((p) => [p, `好${p.slice(1)}`])), exceptions }
  return { custom: [rule] }
}

function time(fn) {
  globalThis.gc?.()
  const t = process.hrtime.bigint()
  const linter = fn()
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  globalThis.gc?.()
  return { ms, heapMB: process.memoryUsage().heapUsed / 2 ** 20, linter }
}

console.log('kind          N  no exceptions ms  with N exceptions ms  ratio  heap MB')
for (const kind of ['existence', 'substitution']) {
  for (const n of sizes) {
    const base = time(() => createLinter(config(kind, n, false)))
    const withEx = time(() => createLinter(config(kind, n, true)))
    // The exceptions really apply: a reply holding exception 0 is not flagged, phrase 0 alone is.
    const flagged = withEx.linter.lint(`亲${phrase(0)}`).messages.some((m) => m.ruleId === 'shop/many')
    const excepted = withEx.linter.lint(`亲${exception(0)}`).messages.some((m) => m.ruleId === 'shop/many')
    if (!flagged || excepted) throw new Error(`${kind} ${n}: exceptions do not work as intended`)
    console.log(`${kind.padEnd(12)} ${String(n).padStart(5)}  ${base.ms.toFixed(0).padStart(16)}  ${withEx.ms.toFixed(0).padStart(20)}  ${(withEx.ms / base.ms).toFixed(2).padStart(5)}  ${withEx.heapMB.toFixed(0).padStart(7)}`)
  }
}
