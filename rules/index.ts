import type { RuleDefinition } from '../src/types.js'
import absolutePromise from './absolute-promise/index.js'
import internetSlang from './internet-slang/index.js'
import exaggeration from './exaggeration/index.js'
import blameCustomer from './blame-customer/index.js'
import offPlatform from './off-platform/index.js'
import reviewManipulation from './review-manipulation/index.js'
import privacyLeak from './privacy-leak/index.js'
import curtReply from './curt-reply/index.js'
import competitorDisparagement from './competitor-disparagement/index.js'

/** The built-in rules, in the order the README lists them. */
export const builtinRules: readonly RuleDefinition[] = [
  absolutePromise,
  internetSlang,
  exaggeration,
  blameCustomer,
  offPlatform,
  reviewManipulation,
  privacyLeak,
  curtReply,
  competitorDisparagement,
] as RuleDefinition[]
