/**
 * cu36 (sets BQ; the pool's 你自己看说明书，上面都写了): a reply made only of brush-off clauses — 这个谁知道，到时候再说 / 看说明书，上面都写了
 * / 没区别，都一样，随便买哪个. Each clause, fillers aside, is one member of class brushoff.chain; a whole-reply phrase among them is
 * then the whole reply, as curt as said alone. Read only for a whole-reply hit that is not alone; the hit's own clause must be a member
 * clause too, so a grunt (哦，知道了) chains nothing.
 */
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { classWords } from '../../src/vocab/index.js'
import { AROUND_WHOLE, isWordChar, NOTHING, onlyFillers, startingWith } from './fillers.js'

const CHAIN = [...new Set(classWords('brushoff.chain', 'rules/curt-reply/chain.ts').map(normalizePhrase))].sort((a, b) => b.length - a.length)
/** A reply of more clauses than this, or longer, says more than brush-offs. */
const MAX_CLAUSES = 4
const MAX_LENGTH = 40

/**
 * Whether [from, to) is one member of the chain with fillers only about it. Walked by position with the words indexed by their
 * first character: a search of the whole class per clause cost curt-reply a tenth of its time on the bench corpus.
 */
function memberClause(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    for (const w of startingWith(CHAIN, text.charCodeAt(at)) ?? NOTHING) {
      if (at + w.length <= to && text.startsWith(w, at) && onlyFillers(text, from, to, at, at + w.length, AROUND_WHOLE)) return true
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
