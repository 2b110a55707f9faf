/**
 * Blame by cause and consequence: the customer is made the agent of the problem (是您自己没在规定时间内申请，系统才关闭的; 您没领券，价格才不一样;
 * 您要是早点说就不会发错了; 您直接寄回来我们没法处理) rather than named with a fixed phrase. Each judge reads one sentence around its anchor;
 * the cues it needs are listed in lexicon.yaml. This file is the table of those judges by tag (CAUSE_JUDGES, read after
 * index.ts's own) and the tags whose spans are built from context; the judges sit in modules named for what they check:
 * agent.ts (what they share), omission.ts, cleft.ts, consequence.ts, counterfactual.ts, told-late.ts, link.ts,
 * misuse.ts, normal.ts.
 */
import { type Judge } from './agent.js'
import { evenNot, heedless, omit } from './omission.js'
import { becauseFault, cleft, cleftSubjectFirst, handlingFault } from './cleft.js'
import { consequence } from './consequence.js'
import { counterfactual } from './counterfactual.js'
import { askAgain, askedScroll, toldScroll, late, takenByOthers, toldBare, toldDefied, toldEarlier, toldYouDone, unreachable, away } from './told-late.js'
import { causeFrame, inferredFault, notOursGap, othersCan, whatLink, yourHands, yoursOf } from './link.js'
import { misdone, misuse, shopWasFine } from './misuse.js'
import { bearIt, causeMadeBy, guessAfterCause, irony, normalized, othersAfterGuess } from './normal.js'

// The readings other files of the rule import from here (index.ts, shapes.ts and the phrase judges).
export { badOutcomeAfter, cleftedAgent, presumed, wantedSpan } from './agent.js'
export { ASSERT_HEADS, GUESS_HEADS } from './cleft.js'
export { framedRhetorical, guessAnswersComplaint, guessDefended } from './consequence.js'
export { DELINKED, SHIRKED } from './link.js'
export { GUESS_BACKED, knowAskedBack } from './misuse.js'

export const CAUSE_JUDGES: Record<string, Judge> = {
  guessAfterCause,
  causeMadeBy,
  evenNot,
  causeFrame,
  inferredFault,
  handlingFault,
  heedless,
  bearIt,
  othersAfterGuess,
  irony,
  misdone,
  shopWasFine,
  misuse,
  normalized,
  yourHands,
  omit,
  cleft,
  cleftSubjectFirst,
  becauseFault,
  consequence,
  refusal: consequence,
  counterfactual,
  toldYouDone,
  toldDefied,
  toldBare,
  toldEarlier,
  unreachable,
  away,
  takenByOthers,
  askAgain,
  askedScroll,
  toldScroll,
  late,
  yoursOf,
  notOursGap,
  whatLink,
  othersCan,
}

/** Tags of the judges above whose spans are built from context, not from the phrase itself. */
export const CONTEXT_BUILT = new Set(['toldDefied', 'guessAfterCause', 'evenNot', 'causeFrame', 'inferredFault', 'handlingFault', 'irony', 'toldEarlier', 'misdone', 'misuse', 'normalized', 'yourHands', 'omit', 'cleft', 'cleftSubjectFirst', 'becauseFault', 'consequence', 'refusal', 'counterfactual', 'yoursOf', 'notOursGap', 'whatLink',
  // blame-customer's scan: a count of telling (跟您说三遍了) gives way to a lexicon phrase it overlaps (您问了好几遍).
  'toldCount'])
