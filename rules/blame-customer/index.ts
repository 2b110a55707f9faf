/**
 * blame-customer: accusing the buyer, reproaching them or shifting the fault onto them. The lexicon's phrases (lexicon.yaml)
 * are judged by their tag, each by a judge named for what it checks (the table below, then cause.ts's CAUSE_JUDGES for the
 * readings of a cause: omissions, handling, "of course"…); scan adds the constructions read over the whole reply (shapes.ts)
 * and the counts of telling (told.ts); oneReport (finalize.ts) makes one accusation one report.
 */
import { defineRule, type CompiledEntry, type Finding, type LintContext } from '../../src/types.js'
// The count-of-telling construction is shared with curt-reply, which reports the same words as impatience.
import { TOLD_CHARS } from '../curt-reply/patterns.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import lexicon from './lexicon.yaml'
import { quoted } from './context.js'
import { SHAPE, SHAPE_WORDS, askReproached, choiceThrown, frankTurn, guessCleared, pointerAsked, shouldFirst } from './shapes.js'
import { CAUSE_JUDGES } from './cause.js'
import { throwBack } from './throw-back.js'
import { lecture, pastLecture, selfLecture, shouldHave } from './lecture.js'
import { consent, excessAct, ownBody, ownChoice, ownThing } from './own.js'
import { pageNote, pageSaid, selfLook } from './page.js'
import { lookClearly, lookDemanded, repeat, saidClearly, toldCount, toldCounts, toldYou, understand } from './told.js'
import { generalized, neglect, seen, whyGap, whyNot } from './neglect.js'
import { fault, sporadic } from './fault.js'
import { accuse, doubted, howUsed } from './doubt.js'
import { notOurs, yours } from './denial.js'
import { deserved, insult, intent, onlyShows, priceHeld, priceNormal, rhetorical, unlessAided, unlessHelped } from './insult.js'
import { oneReport } from './finalize.js'

export { thirdPartyCause } from './denial.js'

const parsed = parseLexicon(lexicon, 'rules/blame-customer/lexicon.yaml')

type Judge = (f: Finding, ctx: LintContext) => Finding | null

/** The phrase judges by tag (cause.ts's CAUSE_JUDGES after them); the first tag of an entry with a judge decides. */
const JUDGES: Record<string, Judge> = {
  pastLecture,
  consent,
  fault,
  neglect,
  seen,
  doubted,
  howUsed,
  yours,
  notOurs,
  shouldHave,
  whyNot,
  whyGap,
  generalized,
  toldYou,
  toldCount,
  throwBack,
  repeat,
  understand,
  sporadic,
  accuse,
  onlyShows,
  insult,
  deserved,
  rhetorical,
  lookClearly,
  lookDemanded,
  pageSaid,
  lecture,
  selfLecture,
  pageNote,
  ownBody,
  ownThing,
  excessAct,
  ownChoice,
  selfLook,
  saidClearly,
  unlessHelped,
  unlessAided,
  priceHeld,
  priceNormal,
  intent,
}

const OWN_IT = ['抱歉给您带来不便了，我们这边帮您处理']

export default defineRule({
  meta: {
    id: 'blame-customer',
    category: 'tone',
    description: {
      zh: '指责顾客：质问、反问、把责任推给顾客（“你自己没看…吗”“谁让你…”“我不是说过了吗”），包括“您”字的客气说法',
      en: 'Blaming the customer: accusations, rhetorical questions and shifting the fault onto the buyer, polite forms included',
    },
    // A QA reviewer treats blaming the buyer as a service red line (服务禁语): it turns a
    // problem into a complaint. Context checks drop the hypothetical and self-critical
    // readings, so what remains is reported as an error; hedged forms are warnings.
    defaultSeverity: 'error',
    fixable: false,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是在指责顾客（不是词表命中，请人工确认）；先说店铺能做什么。',
        en: 'Statistical judgement: {actual} reads like blaming the customer (not a list match; check it); start with what the shop can do.',
      },
    },
  },
  lexicon: parsed,
  create: () => ({
    /** Counts of telling (跟您说三遍了) have no fixed phrase: curt-reply's finder reads them around 次 / 遍. */
    // bl30: …and the constructions of shapes.ts (a document said so, a choice at ordering…) their own words.
    scanWhen: (text: string) => TOLD_CHARS.test(text) || SHAPE_WORDS.test(text),
    scan(ctx: LintContext, entryFor: (tag: string) => CompiledEntry | undefined): Finding[] {
      const out: Finding[] = []
      // Only the constructions whose words the reply holds (the gate opens for 次 / 遍 alone as well).
      const shapes = SHAPE_WORDS.which(ctx.text)
      const asked = shapes & SHAPE.pointerAsked ? entryFor('pointerAsked') : undefined
      if (asked) out.push(...pointerAsked(ctx, asked))
      const chosen = shapes & SHAPE.choiceThrown ? entryFor('choiceThrown') : undefined
      if (chosen) out.push(...choiceThrown(ctx, chosen))
      const needless = shapes & SHAPE.askReproached ? entryFor('askReproached') : undefined
      if (needless) out.push(...askReproached(ctx, needless))
      const should = shapes & SHAPE.shouldFirst ? entryFor('shouldFirst') : undefined
      if (should) out.push(...shouldFirst(ctx, should))
      const frank = shapes & SHAPE.frankTurn ? entryFor('frankTurn') : undefined
      if (frank) out.push(...frankTurn(ctx, frank))
      const cleared = shapes & (SHAPE.guessCleared | SHAPE.guessPresumed) ? entryFor('guessCleared') : undefined
      if (cleared) out.push(...guessCleared(ctx, cleared))
      const entry = entryFor('toldCount')
      if (entry && TOLD_CHARS.test(ctx.text)) out.push(...toldCounts(ctx, entry))
      // bl37: the constructions, like the phrases, are not the agent's own words inside quotation marks (同事说「是您自己选错」…).
      return out.filter((f) => !quoted(ctx, f.start))
    },
    judge(f: Finding, ctx: LintContext): Finding | null {
      if (quoted(ctx, f.start)) return null
      for (const tag of f.entry.tags) {
        const judge = JUDGES[tag] ?? CAUSE_JUDGES[tag]
        if (judge) return judge(f, ctx)
      }
      // Phrases added by config: owning the problem is always a fitting answer.
      return f.expected.length ? f : { ...f, expected: OWN_IT }
    },
    finalize: oneReport,
  }),
})
