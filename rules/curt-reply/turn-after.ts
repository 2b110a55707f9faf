import { z } from 'zod'
import type { Finding, LintContext } from '../../src/types.js'
import { answeredInTurn } from './previous-turn.js'
import afterData from './after.yaml'

/**
 * tt28: the rest of the agent's turn (LintOptions.agentAfter). Real transcripts split one reply over several messages
 * (抱歉哦亲 / 赠品都是指定的哈 / 无法修改): a short message the turn then answers is not the whole reply. What counts as
 * the answer is read as agentBefore is (previous-turn.ts answeredInTurn): not templates only (a closer, an opener, a
 * wait, an apology: turns.yaml noAnswer), not a pasted link or number nor a can't-tell or a hold (noAnswerLine,
 * noAnswerSaid), and no template curt to the customer's turn.
 */
const data = z.object({ keeps: z.array(z.string().min(1)) }).strict().parse(afterData)
const KEEPS = new Set(data.keeps)

/** The findings that stand once the rest of the turn is read: none but the kept kinds when it answers the customer. */
export function afterTurn(findings: Finding[], ctx: LintContext): Finding[] {
  if (findings.length === 0 || ctx.agentAfter === undefined || !answeredInTurn(ctx.agentAfter, ctx.previous)) return findings
  return findings.filter((f) => f.entry.tags.some((t) => KEEPS.has(t)))
}
