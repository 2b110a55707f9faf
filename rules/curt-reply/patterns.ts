import { normalizePhrase } from '../../src/normalize/normalize.js'

/**
 * Refusals made by repeating the buyer's words back, which no phrase list can enumerate:
 *   repeat:  A就是A with A a negative (没有就是没有, 不知道就是不知道, 不能退就是不能退)
 *   resign:  A就A吧, 爱A就A, 怎么A就怎么A (退就退吧, 你爱怎么样就怎么样, 你想怎么办就怎么办)
 *   dare:    爱A不A (爱买不买, 爱退不退, 爱信不信)
 * One pass over the reply visiting only 就 and 爱; each check looks at a few characters.
 */
export type PatternKind = 'repeat' | 'resign' | 'dare'
export interface PatternHit {
  kind: PatternKind
  start: number
  end: number
}

const n = (s: string) => normalizePhrase(s)
const JIU = n('就')
const SHI = n('是')
const AI = n('爱')
const BU = n('不')
const JIU_CODE = JIU.charCodeAt(0)
const AI_CODE = AI.charCodeAt(0)
/** A repeated refusal starts with a negator: 没有就是没有, not 好就是好. */
const NEGATORS = new Set([...n('不没无别')])
/** What closes a resigned A就A: 退就退吧. */
const RESIGN_END = new Set([...n('吧呗')])
const WHATEVER = ['怎么', '怎样', '咋'].map(n)
/** 可爱不可爱, 热爱: 爱 inside a word, not 爱A不A. */
const AI_COMPOUND = new Set([...n('可喜热恋心亲疼宠博友关挚最偏酷')])
/** 说了没有就是没有: the reminder belongs to the refusal. */
const SAID = ['我说了', '说了', '说过了', '都说了', '早说了'].map(n).sort((a, b) => b.length - a.length)
const LONGEST_REPEAT = 6
const LONGEST_RESIGN = 4
const LONGEST_DARE = 2

const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff
function allHan(text: string, from: number, to: number): boolean {
  if (from < 0 || to > text.length || from >= to) return false
  for (let i = from; i < to; i++) if (!isHan(text.charCodeAt(i))) return false
  return true
}

export function findPatterns(text: string): PatternHit[] {
  const out: PatternHit[] = []
  for (let i = 0; i < text.length; i++) {
    // Code units, not one-character strings: this visits every character of every reply.
    const c = text.charCodeAt(i)
    const hit = c === JIU_CODE ? (text[i + 1] === SHI ? repeatAt(text, i) : resignAt(text, i)) : c === AI_CODE ? dareAt(text, i) : undefined
    if (hit) {
      out.push(hit)
      i = hit.end - 1
    }
  }
  return out
}

/** A就是A at 就 (index i), longest A first. */
function repeatAt(text: string, i: number): PatternHit | undefined {
  for (let len = LONGEST_REPEAT; len >= 1; len--) {
    const a = i - len
    if (!allHan(text, a, i) || !NEGATORS.has(text[a]!)) continue
    if (!text.startsWith(text.slice(a, i), i + 2)) continue
    let start = a
    const said = SAID.find((w) => text.startsWith(w, a - w.length))
    if (said) start -= said.length
    return { kind: 'repeat', start, end: i + 2 + len }
  }
  return undefined
}

/** A就A吧, 爱A就A or 怎么A就怎么A at 就 (index i); a bare 想退就退 is an offer, not resignation. */
function resignAt(text: string, i: number): PatternHit | undefined {
  for (let len = LONGEST_RESIGN; len >= 1; len--) {
    const a = i - len
    if (!allHan(text, a, i) || !text.startsWith(text.slice(a, i), i + 1)) continue
    const closed = RESIGN_END.has(text[i + 1 + len] ?? '')
    const dared = text[a - 1] === AI
    // 怎么办就怎么办: "whatever", not one thing allowed.
    const whatever = WHATEVER.some((w) => text.startsWith(w, a))
    if (!closed && !dared && !whatever) continue
    return { kind: 'resign', start: dared ? a - 1 : a, end: i + 1 + len + (closed ? 1 : 0) }
  }
  return undefined
}

/** 爱A不A at 爱 (index i). */
function dareAt(text: string, i: number): PatternHit | undefined {
  if (i > 0 && AI_COMPOUND.has(text[i - 1]!)) return undefined
  for (let len = LONGEST_DARE; len >= 1; len--) {
    const a = i + 1
    if (!allHan(text, a, a + len) || text.slice(a, a + len).includes(BU)) continue
    if (text[a + len] !== BU || !text.startsWith(text.slice(a, a + len), a + len + 1)) continue
    return { kind: 'dare', start: i, end: a + 2 * len + 1 }
  }
  return undefined
}
