/**
 * curt-reply: dismissive or shirking replies. The lexicon's phrases (lexicon.yaml) and the pattern pass (patterns.ts) find
 * candidates that judge (judge.ts) reads kind by kind against the reply and the customer's turn (asked.ts, clause.ts,
 * shape.ts); scan adds the whole-reply shapes (stark.ts) and the template-only reply read against the turn
 * (previous-turn.ts); oneRefusal (held.ts) reports a reply's brush-off once and lets the rest of the turn answer.
 */
import { defineRule, type CompiledEntry, type Finding, type LintContext } from '../../src/types.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { isMention } from '../../src/context/mention.js'
import { findPatterns, PATTERN_CHARS, SELF } from './patterns.js'
import lexicon from './lexicon.yaml'
import { heardOut, reasonBefore } from './heard.js'
import { curtToTurn, mayBeTemplateOnly } from './previous-turn.js'
import { settledBefore } from './asked.js'
import { doneEased } from './clause.js'
import { judge } from './judge.js'
import { STARK_GATE, starkReply, bareWait, marksOnly } from './stark.js'
import { handedAfterCant, handedBack, turnHeld, weakStark, oneRefusal } from './held.js'

const ID = 'curt-reply'
const LEXICON = parseLexicon(lexicon, `rules/${ID}/lexicon.yaml`)

type EntryFor = (tag: string) => CompiledEntry | undefined
const finding = (entry: CompiledEntry, start: number, end: number): Finding => ({ ruleId: ID, entry, start, end, severity: entry.severity ?? 'warning', expected: entry.expected })

/**
 * The rule's own pass, in order: a stark short no (没有发票。), a reply of marks only (？), a bare wait (系统问题，等着), a reply
 * of templates only read against the customer's turn (好的呢 to a complaint), then the pattern pass (没有就是没有, 爱退不退,
 * 自己整呗) judged like the lexicon's entries. The lexicon's own hits go to judge directly; finalize is oneRefusal.
 */
function scan(ctx: LintContext, entryFor: EntryFor): Finding[] {
  const out: Finding[] = []
  const stark = starkReply(ctx)
  if (stark) starkFound(ctx, stark, entryFor, out)
  marksFound(ctx, entryFor, out)
  const wait = !stark && bareWait(ctx)
  if (wait) waitFound(ctx, wait, entryFor, out)
  if (!stark && !wait) turnFound(ctx, entryFor, out)
  // The gate lets short replies and template-only replies in; the pattern pass still needs one of its characters.
  if (PATTERN_CHARS.test(ctx.text)) patternsFound(ctx, entryFor, out)
  return out
}

function starkFound(ctx: LintContext, stark: NonNullable<ReturnType<typeof starkReply>>, entryFor: EntryFor, out: Finding[]): void {
  // cr28: a reason or a way given earlier in the turn (agentBefore) explains the stark no after it.
  const starkEntry = !reasonBefore(ctx) && entryFor('stark')
  if (!starkEntry) return
  const f = finding(starkEntry, stark.span[0], stark.span[1])
  if (isMention(ctx.text, f.start, f.end)) {
    // quoted: not said to the buyer
  } else if (stark.weak) {
    const held = { ...f, end: f.start + 1 }
    weakStark.set(held, [f.start, f.end])
    out.push(held)
  } else out.push(f)
}

/** ？ / 。。。 / ?? as the whole reply: marks only, the buyer answered with a shrug or a stare. */
function marksFound(ctx: LintContext, entryFor: EntryFor, out: Finding[]): void {
  const marks = marksOnly(ctx.text)
  const marksEntry = marks && entryFor('marksOnly')
  if (marks && marksEntry) out.push(finding(marksEntry, marks[0], marks[1]))
}

function waitFound(ctx: LintContext, wait: [number, number], entryFor: EntryFor, out: Finding[]): void {
  const waitEntry = entryFor('waitBare')
  if (waitEntry && !isMention(ctx.text, wait[0], wait[1])) out.push(finding(waitEntry, wait[0], wait[1]))
}

/**
 * A reply of templates only (好的呢 / 请问还有其他可以帮到您的吗 / 请您耐心等待) read against the customer's turn
 * (previous-turn.ts, turns.yaml): curt to a complaint, a chaser or an open question it leaves unanswered.
 * lead22: not after an answer the agent sent in the same turn (LintOptions.agentBefore): a closer or an ack after it
 * is not the whole reply (real transcripts split the two; the third real corpus).
 */
function turnFound(ctx: LintContext, entryFor: EntryFor, out: Finding[]): void {
  const turn = curtToTurn(ctx)
  const turnEntry = turn && entryFor('previousTurn')
  if (turn && turnEntry && !isMention(ctx.text, turn.span[0], turn.span[1]) && !settledBefore(turn.kind, ctx) && !heardOut(turn.kind, ctx)) {
    // Held at its first character until finalize (like handBack): the engine drops a hit inside a longer one,
    // and a phrase found in the same template (您可以直接联系) keeps its own span.
    const held = finding(turnEntry, turn.span[0], turn.span[0] + 1)
    turnHeld.set(held, turn.span)
    out.push(held)
  }
}

/** Refusals by repetition (没有就是没有, 想怎么样就怎么样吧, 爱退不退) and jobs handed back (patterns.ts), judged like their entries. */
function patternsFound(ctx: LintContext, entryFor: EntryFor, out: Finding[]): void {
  for (const hit of findPatterns(ctx.text)) {
    const entry = entryFor(hit.kind)
    if (!entry) continue
    // mendC31: a done act restated, then the buyer reassured or the agent helping (…就是付过款了，系统会自动发货的，您放心): a fact.
    if (hit.done && doneEased(ctx, hit.end)) continue
    const f = judge(finding(entry, hit.start, hit.end), ctx)
    if (f && (hit.kind === 'handBack' || hit.kind === 'fixSelf')) {
      // Reported as 自己 alone until finalize, so that a phrase around it (您自己联系快递员) keeps its own span:
      // the engine drops a hit inside a longer one before finalize sees them.
      const self = ctx.text.indexOf(SELF, f.start)
      const held = { ...f, start: self, end: self + SELF.length }
      handedBack.set(held, [f.start, f.end])
      if (handedAfterCant.has(f)) handedAfterCant.add(held)
      out.push(held)
    } else if (f) out.push(f)
  }
}

export default defineRule({
  meta: {
    id: ID,
    category: 'tone',
    description: {
      zh: '推诿或不耐烦的回复：单独的不知道/不清楚/没办法、不归我管、你去问快递、跟我们没关系、您随便吧、说了没有就是没有、爱买不买…（说明原因并给出办法的婉拒不算）',
      en: 'Dismissive or shirking replies (a bare “don’t know”, “not my job”, “ask the courier”, “suit yourself”, refusal by repetition, “take it or leave it”); polite refusals that offer a way forward are fine',
    },
    defaultSeverity: 'warning',
    fixable: false,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}听起来像推诿或不耐烦（不是词表命中，请人工确认）；请说明原因并给出解决办法。',
        en: 'Statistical judgement: {actual} sounds dismissive (not a list match; check it); explain and offer a way forward.',
      },
    },
  },
  lexicon: LEXICON,
  // A short reply may be stark (starkReply); a longer one needs a character patterns.ts looks at.
  create: () => ({ judge, scan, scanWhen: (text: string) => text.length <= STARK_GATE || PATTERN_CHARS.test(text) || mayBeTemplateOnly(text), finalize: oneRefusal }),
})
