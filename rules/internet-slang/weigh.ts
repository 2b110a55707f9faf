/**
 * finalize's pass (weighed): one finding a span, slang quoted and talked about dropped, one echo of the customer's own slang
 * (the previous message) let through per term, and the rest reported only when their weights add up to the threshold.
 * Held: what the scan notes of findings that do not take their entry's weight or echo by their entry (unknown abbreviations).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { isLatinAlnum } from '../../src/match/automaton.js'
import { isMention } from '../../src/context/mention.js'
import { lists } from './data.js'

/** What the scan notes of its findings, per linter. */
export interface Held {
  /** Weights of findings that do not take their entry's (unknown abbreviations, config phrases). */
  weightOf: WeakMap<Finding, number>
  /** Unknown abbreviations echo by their own text, not by their entry. */
  unknown: WeakSet<Finding>
}
export const newHeld = (): Held => ({ weightOf: new WeakMap<Finding, number>(), unknown: new WeakSet<Finding>() })

/** Whether `term` occurs in `hay`, as a whole token when it is Latin (nb is not in nba). */
function containsTerm(hay: string, term: string): boolean {
  const latinStart = isLatinAlnum(term.charCodeAt(0))
  const latinEnd = isLatinAlnum(term.charCodeAt(term.length - 1))
  for (let i = hay.indexOf(term); i >= 0; i = hay.indexOf(term, i + 1)) {
    if (latinStart && isLatinAlnum(hay.charCodeAt(i - 1))) continue
    if (latinEnd && isLatinAlnum(hay.charCodeAt(i + term.length))) continue
    return true
  }
  return false
}

/** A finding's weight: its own (held), its entry's, or a config phrase's (the threshold), else 1. */
const weight = (f: Finding, held: Held, threshold: number) => held.weightOf.get(f) ?? f.entry.weight ?? (f.entry.tags.includes('config') ? threshold : 1)

/** Whether the finding repeats a term of the customer's previous message. */
function isEcho(f: Finding, ctx: LintContext, previous: string, held: Held): boolean {
  if (containsTerm(previous, ctx.text.slice(f.start, f.end))) return true
  return !held.unknown.has(f) && f.entry.normalized.some((p) => containsTerm(previous, p))
}

/** rl35: the customer's turn opens a playful register (美女小姐姐在吗, 好哒): light slang answering it weighs half. */
const PLAYFUL = lists.get('playfulPrevious') ?? []
const playful = (previous: string | undefined) => previous !== undefined && PLAYFUL.some((w) => previous.includes(w))

/** The findings reported: all that are kept when their weights reach `threshold`, else none. */
export function weighed(findings: Finding[], ctx: LintContext, threshold: number, echo: boolean, held: Held): Finding[] {
  const sorted = findings.slice().sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Finding[] = []
  const echoed = new Set<unknown>()
  let total = 0
  let lastStart = -1
  let lastEnd = -1
  const matched = playful(ctx.previous)
  for (const f of sorted) {
    // A config phrase and the token scan can find the same span; it is one problem.
    if (f.start === lastStart && f.end === lastEnd) continue
    lastStart = f.start
    lastEnd = f.end
    // ex33: slang quoted and talked about (您说的“绝绝子”是主播的口头禅, 不少人说「yyds」, 文章里说的“yyds”是网友评价; sets bc, u,
    // aa) is no slang of the agent's; the shared mention check returns at once for a reply with no quotation mark.
    if (isMention(ctx.text, f.start, f.end)) continue
    if (echo && ctx.previous) {
      const key = held.unknown.has(f) ? ctx.text.slice(f.start, f.end) : f.entry
      if (!echoed.has(key) && isEcho(f, ctx, ctx.previous, held)) {
        echoed.add(key)
        continue
      }
    }
    const w = weight(f, held, threshold)
    total += matched && w < 2 ? w / 2 : w
    kept.push(f)
  }
  return total >= threshold ? kept : []
}
