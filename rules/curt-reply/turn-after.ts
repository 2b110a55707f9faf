import { z } from 'zod'
import type { Finding, LintContext } from '../../src/types.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { answeredInTurn, NO_ANSWER, REPLY_KINDS } from './previous-turn.js'
import afterData from './after.yaml'

/**
 * tt28: the rest of the agent's turn (LintOptions.agentAfter). Real transcripts split one reply over several messages
 * (抱歉哦亲 / 赠品都是指定的哈 / 无法修改): a short message the turn then answers is not the whole reply. A later message
 * answers as one sent before would (previous-turn.ts answeredInTurn, the agentBefore reader: not templates only — a
 * closer, an opener, a wait, an apology, turns.yaml noAnswer —, not a pasted link or number, a can't-tell or a hold,
 * noAnswerLine / noAnswerSaid, and no template curt to the customer's turn), and is none of after.yaml's noAnswerSaid.
 * Each message is read alone: a closer or a face sent after the grunt answers nothing, whatever else is joined to it.
 */
const words = z.array(z.string().min(1)).min(1)
const data = z.object({ keeps: z.array(z.string().min(1)), noAnswer: z.array(z.enum(REPLY_KINDS)), noAnswerSaid: words, noAnswerLine: words }).strict().parse(afterData)
/** turns.yaml noAnswer, and the kinds that answer nothing only when they come after (after.yaml noAnswer). */
const NO_ANSWER_AFTER: ReadonlySet<string> = new Set([...NO_ANSWER, ...data.noAnswer])
const KEEPS = new Set(data.keeps)
const NO_ANSWER_SAID = data.noAnswerSaid.map(normalizePhrase)
const NO_ANSWER_LINE = data.noAnswerLine.map((p) => new RegExp(`^(?:${p})$`, 'u'))

/** Whether a message the agent sent later in the turn answers the customer's turn. */
function answers(message: string, previous: string | undefined): boolean {
  const m = message.trim()
  return !NO_ANSWER_SAID.some((w) => m.includes(w)) && !NO_ANSWER_LINE.some((re) => re.test(m)) && answeredInTurn(m, previous, NO_ANSWER_AFTER)
}

/** The findings that stand once the rest of the turn is read: only the kept kinds when a later message answers. */
export function afterTurn(findings: Finding[], ctx: LintContext): Finding[] {
  const after = ctx.agentAfter
  if (findings.length === 0 || after === undefined || !after.split('\n').some((m) => answers(m, ctx.previous))) return findings
  return findings.filter((f) => f.entry.tags.some((t) => KEEPS.has(t)))
}
