/**
 * The separator-tolerant matcher: the lexicon's phrases matched over the squeezed view of a reply (squeeze.ts), so that
 * 微-信, 加 v and Q Q find what 微信, 加v and QQ find, and squeezedFound, the scan pass that reports its hits.
 */
import type { CompiledEntry, Entry, Finding, LintContext } from '../../src/types.js'
import { Automaton } from '../../src/match/automaton.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { hasFoldedInside, hasSeparatorInside, indexHiddenWords, originalSpan, type HiddenWords, type SqueezedView } from './squeeze.js'
import { kindOf, type Make } from './entries.js'

/**
 * The same phrases, matched over a view of the reply with separators squeezed out, so that
 * 微-信, 加 v and Q Q find what 微信, 加v and QQ find. Built once per linter.
 */
export function separatorTolerant(entries: readonly Entry[], channels: readonly string[]) {
  const automaton = new Automaton()
  // What a pattern stands for, as flat rows (entry index × 2, + 1 for an exception) grouped by
  // pattern id, rather than an object and an array per phrase kept for the linter's life.
  const rowIds: number[] = []
  const rowCodes: number[] = []
  const phrases: string[] = []
  const put = (phrase: string, entry: number, exception: boolean) => {
    const n = normalizePhrase(phrase)
    if (n.length < 2) return
    rowIds.push(automaton.add(n))
    rowCodes.push(entry * 2 + (exception ? 1 : 0))
    if (!exception) phrases.push(n)
  }
  let maxException = 0
  entries.forEach((entry, e) => {
    // A phrase that needs a word before or after it (公众号 after 搜, 私信 after 闲鱼) is no
    // problem alone: the squeezed view does not read constructions, so it leaves them out.
    // rl37a: …nor one that needs the buyer's previous turn or the reply's start (可以的 after 能加你微信吗): 可以 的哦 alone
    // answers nothing.
    const c = entry.construction
    if (c?.next || c?.before || c?.previous || c?.replyStart) return
    for (const p of entry.phrases) put(p, e, false)
    for (const x of entry.exceptions) {
      put(x, e, true)
      maxException = Math.max(maxException, normalizePhrase(x).length)
    }
  })
  // The channels too: the account after one is read on the squeezed view (v x 12345678).
  const words: HiddenWords = indexHiddenWords(phrases, channels.filter((w) => w.length >= 2))
  automaton.build()
  // Rows by pattern, in the order they were put (a stable counting sort).
  const rowStart = new Uint32Array(automaton.size + 1)
  for (const id of rowIds) rowStart[id + 1]!++
  for (let i = 0; i < automaton.size; i++) rowStart[i + 1]! += rowStart[i]!
  const rows = new Uint32Array(rowIds.length)
  const fill = rowStart.slice(0, automaton.size)
  rowIds.forEach((id, i) => (rows[fill[id]!++] = rowCodes[i]!))

  const hits = (view: SqueezedView) => {
    const found: { entry: Entry; start: number; end: number }[] = []
    // Exceptions by start: one that contains a hit starts at most maxException before its end.
    const exceptionsAt = new Map<number, { entry: Entry; end: number }[]>()
    automaton.scan(view.codes, false, (id, start, end) => {
      for (let r = rowStart[id]!; r < rowStart[id + 1]!; r++) {
        const entry = entries[rows[r]! >> 1]!
        if ((rows[r]! & 1) === 0) found.push({ entry, start, end })
        else if (exceptionsAt.has(start)) exceptionsAt.get(start)!.push({ entry, end })
        else exceptionsAt.set(start, [{ entry, end }])
      }
    })
    const excepted = (h: { entry: Entry; start: number; end: number }) => {
      for (let s = h.start; s >= Math.max(0, h.end - maxException); s--) {
        if (exceptionsAt.get(s)?.some((x) => x.entry === h.entry && x.end >= h.end)) return true
      }
      return false
    }
    return found.filter(
      (h) =>
        !excepted(h) &&
        !h.entry.notBefore.some((w) => view.text.endsWith(normalizePhrase(w), h.start)) &&
        !h.entry.notAfter.some((w) => view.text.startsWith(normalizePhrase(w), h.end)),
    )
  }
  return { words, hits }
}

/** Hits on the squeezed view with a separator or a look-alike inside: the automaton's own hits are not reported twice. */
export function squeezedFound(out: Finding[], ctx: LintContext, view: SqueezedView, tolerant: ReturnType<typeof separatorTolerant>, entryFor: (tag: string) => CompiledEntry | undefined, make: Make): void {
  for (const h of tolerant.hits(view)) {
    const [start, end] = originalSpan(view, h.start, h.end)
    // Hits without a separator or look-alike inside are the automaton's; reporting them here would double them.
    if (!hasSeparatorInside(ctx.text, start, end) && !hasFoldedInside(view, h.start, h.end)) continue
    const f = make(entryFor(kindOf(h.entry)), start, end)
    if (f) out.push(f)
  }
}
