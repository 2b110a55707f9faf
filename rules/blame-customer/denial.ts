/**
 * The shop's denial: yours (这是你的问题), notOurs (不是我们的问题 / 跟我们没关系) and thirdPartyCause, a third party just named as the
 * cause that takes the denial (curt-reply's), handed to link.ts at load (SHIRKED, read by notOursGap).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart } from './text.js'
import { isNegated } from '../../src/context/negation.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cuesWithin, lastCue } from '../../src/context/cues.js'
import { CLAUSE_TAIL, YOURS_BEFORE, before, inSentence, norm } from './context.js'
import { CHOSE, wordsWithin } from './words.js'
import { SHIRKED } from './cause.js'

/** 怪不得我们 also means "no wonder we…": only at the end of a clause is it a denial. */
const NO_WONDER = normalizePhrase('怪不得')

/** How far before a denial a third party named as the cause may stand (快递没来揽件 这个真不怪我们). */
const THIRD_CAUSE_REACH = 24
const IS = normalizePhrase('是')

/**
 * A third party as the subject or focus of a clause shortly before `at` (是快递没来揽件, 快递丢件了),
 * with no customer named after it: the denial that follows shifts the trouble onto them, not onto
 * the customer. 选的是普通快递 names the courier as an object, so it does not count.
 */
export function thirdPartyCause(ctx: LintContext, at: number): boolean {
  const t = ctx.text
  // The longest name ending last (安装师傅, not its 师傅): 是 / a clause start / the buyer sent to them
  // (您问品牌方吧，跟我们店没关系 / 那你找安装师傅去，跟我们没关系; sets aw, p) stand before all of it.
  const party = lastCue(ctx, 'thirdParty', Math.max(0, at - THIRD_CAUSE_REACH), at)
  if (!party) return false
  if (t[party[0] - 1] !== IS && party[0] !== clauseStart(t, party[0]) && !SENT_TO.has(t[party[0] - 1] ?? '')) return false
  // bl34: 您选的是超商取货，…这部分不能怪我们 / 选的就是顺丰: a third party after the buyer's pick is what they chose, not the
  // cause the shop points at (sets be, v).
  if (t[party[0] - 1] === IS && pickedBefore(t, party[0] - 1)) return false
  return !cuesWithin(ctx, 'customer', party[1], at).length
}
const JIU = normalizePhrase('就')
/** A pick (选的, 拍的, 选择的…) ends right before `at`, or before a 就 right before it (选的就是). */
function pickedBefore(t: string, at: number): boolean {
  const end = t[at - 1] === JIU ? at - 1 : at
  return wordsWithin(t, CHOSE, Math.max(0, end - 4), end).some(([, e]) => e === end)
}
SHIRKED.thirdPartyCause = thirdPartyCause
/** bl30: right before a third party, the buyer sent to them (找 / 问 / 联系 / 跟 + 品牌方, 师傅, 银行). */
const SENT_TO = new Set([...normalizePhrase('找问系跟')])

/** 这是你的问题 (is 是 + the end of the clause), not 关于您的问题 / 您的问题我记下了. */
export function yours(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const head = t.slice(Math.max(clauseStart(t, f.start), f.start - 4), f.start).trimEnd()
  if (!YOURS_BEFORE.some((w) => head.endsWith(w))) return null
  if (isNegated(t, f.start)) return null
  const next = t[f.end]
  if (next !== undefined && !CLAUSE_TAIL.has(next)) return null
  return f
}

/** bl37: right after a denial, "and that is fine" (不是我们造成的也没关系，我们帮您处理): the shop takes it on anyway. */
const NO_MATTER = norm(['也没关系', '也没事', '也不要紧', '也不影响', '也没问题', '我们也会', '我们也可以', '也会帮您', '也可以帮您'])
export function notOurs(f: Finding, ctx: LintContext): Finding | null {
  if (NO_MATTER.some((w) => ctx.text.startsWith(w, f.end))) return null
  // 如果不是我们的问题… / 不是我们的问题的话…: a condition, not a denial.
  if (ctx.hasCue('conditional', clauseStart(ctx.text, f.start), clauseEnd(ctx.text, f.end))) return null
  if (ctx.text.startsWith(NO_WONDER, f.start) && !CLAUSE_TAIL.has(ctx.text[f.end] ?? '。')) return null
  // 仓库说是快递没来揽件 这个真不怪我们: a third party just named as the cause takes it, curt-reply's.
  if (thirdPartyCause(ctx, f.start)) return null
  // 快递的事您问快递，跟我们没关系 / 快递又不是我开的: shirking onto a third party is curt, not blame.
  // 又不是我送快递: the third party named right after is the shirk too.
  if (before(ctx, 'thirdTopic', f) || inSentence(ctx, 'sendAway', f) || before(ctx, 'thirdParty', f, 'clause') || ctx.hasCue('thirdParty', f.end, clauseEnd(ctx.text, f.end))) return null
  return f
}
