/**
 * Findings held at a shorter span until finalize (so the engine keeps a phrase found inside them), and oneRefusal, the
 * finalize pass that reports a reply's brush-off once under its strongest reading.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { mergeOverlapping } from '../shared/cues.js'
import { afterTurn } from './turn-after.js'

/**
 * Findings of a bare phrase that stands alone only up to a space (没办法 生鲜就这样, 不知道 等通知):
 * fast chat agents end a sentence with a space. With another finding in the reply it is the same
 * brush-off (不知道 问快递), reported once.
 */
export const spaced = new WeakSet<Finding>()
/** Findings of a job handed back (自己整呗), held at their 自己 until finalize, with the clause span they report. */
export const handedBack = new WeakMap<Finding, [number, number]>()
/** cu35: jobs handed back that only the shop's can't before them makes curt (judge.ts): dropped beside any other finding. */
export const handedAfterCant = new WeakSet<Finding>()
/** Findings of a reply read against the customer's turn (previous-turn.ts), held at one character until finalize. */
export const turnHeld = new WeakMap<Finding, [number, number]>()
/**
 * Stark findings read only by the refusal.service class (no previous turn, or a can-question), held at their first character until finalize with the span they report
 * (the engine drops a hit inside a longer one): the weakest reading, dropped beside any other finding of the reply.
 */
export const weakStark = new WeakMap<Finding, [number, number]>()
/** cu36: whole-reply findings admitted only as one clause of a reply of brush-off clauses (chain.ts): reported once. */
export const chained = new WeakSet<Finding>()
/**
 * 改不了 is the weakest kind: next to a stronger finding of the same reply (系统设置的，改不了;
 * 改不了，就这样) it is the same refusal, reported once.
 */
export function oneRefusal(all: Finding[], ctx: LintContext): Finding[] {
  // A job handed back found by shape (自己整呗) gives way to a phrase in its clause (自己去营业厅办 → 去营业厅办),
  // whose span the reviewer knows; alone it takes its whole clause back.
  if (all.some((f) => handedBack.has(f))) {
    const others = all.filter((f) => !handedBack.has(f))
    all = all.flatMap((f) => {
      const span = handedBack.get(f)
      if (!span) return [f]
      if (handedAfterCant.has(f) && others.length) return []
      return others.some((g) => g.start < span[1] && span[0] < g.end) ? [] : [{ ...f, start: span[0], end: span[1] }]
    })
  }
  // cu36: 看说明书，上面都写了 / 没区别，都一样，随便买哪个 — the clauses of one brush-off, reported once: under another finding of the
  // reply, or under the first clause.
  if (all.some((f) => chained.has(f))) {
    const firm = all.filter((f) => !chained.has(f))
    all = firm.length ? firm : [all.find((f) => chained.has(f))!]
  }
  // 我讲过了，等通知 / 不知道 等通知: a bare wait next to another finding of the reply is the same brush-off,
  // reported once under the other's span.
  if (all.length > 1 && all.some((f) => f.entry.tags[0] !== 'waitBare')) all = all.filter((f) => f.entry.tags[0] !== 'waitBare')
  // fxB: 都说了下周一发，等着就行 — the told-you reported before a wait kept curt by it (tag waitTold, cu35) is the same
  // impatience: the told-you and the wait in one reply are reported once, under the told-you (test/told-split).
  if (all.length > 1) all = all.filter((f) => !(f.entry.tags.includes('waitTold') && all.some((g) => g !== f && !g.entry.tags.includes('waitTold') && g.end <= f.start)))
  // 没办法 生鲜就这样: a verdict by construction (tag weak) beside another finding is the same brush-off.
  if (all.length > 1 && all.some((f) => !f.entry.tags.includes('weak'))) all = all.filter((f) => !f.entry.tags.includes('weak'))
  // 这个我们处理不了 / 现在改不了 with no previous turn: the phrase found in it keeps its own span.
  if (all.length > 1 && all.some((f) => !weakStark.has(f))) all = all.filter((f) => !weakStark.has(f))
  all = all.map((f) => {
    const span = weakStark.get(f)
    return span ? { ...f, start: span[0], end: span[1] } : f
  })
  // A reply read as only templates against the customer's turn (previous-turn.ts) is the weakest reading: any
  // finding of a phrase in it is the same brush-off, reported under the phrase.
  if (all.length > 1 && all.some((f) => f.entry.tags[0] !== 'previousTurn')) all = all.filter((f) => f.entry.tags[0] !== 'previousTurn')
  all = all.map((f) => {
    const span = turnHeld.get(f)
    return span ? { ...f, start: span[0], end: span[1] } : f
  })
  const findings = all.some((f) => !spaced.has(f)) ? all.filter((f) => !spaced.has(f)) : all
  const others = findings.filter((f) => f.entry.tags[0] !== 'cannot')
  // tt28: not when the rest of the agent's turn (LintOptions.agentAfter) answers the customer (turn-after.ts).
  return afterTurn(mergeOverlapping(others.length ? others : findings), ctx)
}
