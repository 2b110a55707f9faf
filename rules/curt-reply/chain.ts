/**
 * cu36 (sets BQ; the pool's 你自己看说明书，上面都写了): a reply made only of brush-off clauses — 这个谁知道，到时候再说 / 看说明书，上面都写了
 * / 没区别，都一样，随便买哪个. Each clause, fillers aside, is one member of class brushoff.chain; a whole-reply phrase among them is
 * then the whole reply, as curt as said alone. Read only for a whole-reply hit that is not alone; the hit's own clause must be a member
 * clause too, so a grunt (哦，知道了) chains nothing.
 */
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { classWords } from '../../src/vocab/index.js'
import { AROUND_WHOLE, isWordChar, onlyFillers } from './fillers.js'

const CHAIN = [...new Set(classWords('brushoff.chain', 'rules/curt-reply/chain.ts').map(normalizePhrase))].sort((a, b) => b.length - a.length)
/** A reply of more clauses than this, or longer, says more than brush-offs. */
const MAX_CLAUSES = 4
const MAX_LENGTH = 40

/** Whether [from, to) is one member of the chain with fillers only about it. */
function memberClause(text: string, from: number, to: number): boolean {
  for (const w of CHAIN) {
    let at = text.indexOf(w, from)
    while (at >= 0 && at + w.length <= to) {
      if (onlyFillers(text, from, to, at, at + w.length, AROUND_WHOLE)) return true
      at = text.indexOf(w, at + 1)
    }
  }
  return false
}

/** Whether the whole-reply hit [start, end) stands in a reply of chain clauses only (two at least). */
export function chainedWhole(text: string, start: number, end: number): boolean {
  if (text.length > MAX_LENGTH || end - start > MAX_LENGTH) return false
  const clauses: Array<[number, number]> = []
  let i = 0
  while (i < text.length) {
    while (i < text.length && !isWordChar(text.charCodeAt(i))) i++
    const s = i
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++
    if (i > s) clauses.push([s, i])
    if (clauses.length > MAX_CLAUSES) return false
  }
  return clauses.length >= 2 && clauses.every(([s, e]) => memberClause(text, s, e))
}
