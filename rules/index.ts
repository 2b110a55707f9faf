import type { RuleDefinition } from '../src/types.js'
import absolutePromise from './absolute-promise/index.js'
import internetSlang from './internet-slang/index.js'

/** The built-in rules, in the order the README lists them. */
export const builtinRules: readonly RuleDefinition[] = [
  absolutePromise,
  internetSlang,
] as RuleDefinition[]
