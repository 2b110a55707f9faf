// Entry for the experiment's bundle of the run-time gates (scripts/scorer/gates.mjs builds it).
export { gateOf, gateBits, clauseAround, GATES } from '../../src/scorer/gates.js'
export { startReply, clauseStart, clauseEnd } from '../../src/context/text.js'
export { startMentions } from '../../src/context/mention.js'
