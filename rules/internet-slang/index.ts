import { z } from 'zod'
import { isLatinAlnum } from '../../src/match/automaton.js'
import { isMention } from '../../src/context/mention.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { defineRule, type CompiledEntry, type Finding, type LintContext, type Localized } from '../../src/types.js'
import { LIST_TAG, latinData, lexicon, lexiconLatin, lists } from './data.js'
import { scanLatin } from './latin.js'
import { blockedAcrossSpaces, follows, gluedToCode, isAddress, nearInSentence, opensClause, precedes, standsAlone, exclaims, type AddressLists } from './position.js'

const ID = 'internet-slang'

/**
 * Heavy slang, not any slang: every hit weighs something (lexicon `weight`), and a reply
 * is reported only when its weights add up to `threshold`. One echo of the customer's own
 * slang (the previous message of a transcript) weighs nothing.
 */
const Options = z.object({
  /** Total weight at which a reply's slang is reported (see the scale in lexicon.yaml). */
  threshold: z.number().positive().default(2),
  /** Let the agent echo a slang term the customer used in the previous message once. */
  echo: z.boolean().default(true),
  /** Report unknown pinyin-initial abbreviations (needs the English spell checker). */
  unknownAbbreviations: z.boolean().default(true),
  /** Latin tokens the shop uses that are never abbreviations (its brand, its codes). */
  allowLatin: z.array(z.string().min(1)).default([]),
})
type Options = z.infer<typeof Options>

/** Messages for hits without a standard word to offer, and for unknown abbreviations. */
const PLAIN: Localized = {
  zh: '{actual}是网络用语，部分顾客可能看不懂，建议换成规范的说法。',
  en: '{actual} is internet slang that some customers may not understand; use plain wording instead.',
}
const UNKNOWN: Localized = {
  zh: '{actual}像是拼音首字母缩写，部分顾客可能看不懂，建议写出完整的说法。',
  en: '{actual} looks like a pinyin-initial abbreviation that some customers may not understand; write the words out.',
}

/** What an entry's tags ask of the text around a hit (see context.yaml). */
interface Constraints {
  start?: string[]
  after?: string[]
  before?: string[]
  unlessNear?: string[]
  address?: 'loose' | 'strict'
  alone?: boolean
  /** An exclamation opening its clause (nb 您这眼光) will do instead of `after`/`before`. */
  exclaim?: boolean
  /** Typed in lower case only (wl, tk): in capitals it is a model code (鬼斩TK, C27FH). */
  lower?: boolean
}

const constraintCache = new Map<string, Constraints>()
function constraintsOf(entry: CompiledEntry): Constraints {
  const key = entry.tags.join('|')
  let c = constraintCache.get(key)
  if (!c) {
    c = {}
    for (const tag of entry.tags) {
      if (tag === 'address') c.address = 'loose'
      else if (tag === 'address:strict') c.address = 'strict'
      else if (tag === 'alone') c.alone = true
      else if (tag === 'exclaim') c.exclaim = true
      else if (tag === 'lower') c.lower = true
      const m = LIST_TAG.exec(tag)
      if (m) {
        const kind = m[1] as 'start' | 'after' | 'before' | 'unlessNear'
        c[kind] = [...(c[kind] ?? []), ...m[2]!.split('+').flatMap((name) => lists.get(name) ?? [])]
      }
    }
    constraintCache.set(key, c)
  }
  return c
}

const addressLists: AddressLists = {
  lead: lists.get('addressLead')!,
  subject: lists.get('addressSubject')!,
  object: lists.get('addressObject')!,
  particles: lists.get('particles')!,
}

/** Whether the hit's surroundings are what its entry requires. */
function fits(c: Constraints, text: string, start: number, end: number): boolean {
  if (c.start && !opensClause(text, start) && !follows(text, start, c.start)) return false
  if ((c.after || c.before) && !(c.after && follows(text, start, c.after)) && !(c.before && precedes(text, end, c.before)) && !(c.exclaim && exclaims(text, start, end))) return false
  if (c.unlessNear && nearInSentence(text, start, end, c.unlessNear)) return false
  if (c.address && !isAddress(text, start, end, addressLists, c.address === 'strict')) return false
  if (c.alone && !standsAlone(text, start, end, addressLists.particles)) return false
  return true
}

/** Whether original[start, end) holds a capital letter (ASCII or full-width). */
function hasUpper(original: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = original.charCodeAt(i)
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xff21 && c <= 0xff3a)) return true
  }
  return false
}

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

export default defineRule<Options>({
  meta: {
    id: ID,
    category: 'tone',
    description: {
      zh: '大量网络用语（拼音缩写、网络梗、谐音字），按权重累计，轻微的一两处不报',
      en: 'Heavy internet slang (pinyin abbreviations, memes, homophone spellings), weighed so that one light word passes',
    },
    defaultSeverity: 'warning',
    fixable: true,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是网络用语（不是词表命中，请人工确认），部分顾客可能看不懂，建议用规范说法。',
        en: 'Statistical judgement: {actual} reads like internet slang (not a list match; check it) that some customers may not understand; use plain words.',
      },
    },
    options: Options,
  },
  lexicon,
  create(options, env) {
    const threshold = options.threshold
    const extraAllow = new Set(options.allowLatin.map(normalizePhrase))
    const spell = options.unknownAbbreviations ? env.spell : undefined
    /** Weights of findings that do not take their entry's (unknown abbreviations, config phrases). */
    const weightOf = new WeakMap<Finding, number>()
    /** Unknown abbreviations echo by their own text, not by their entry. */
    const unknownFindings = new WeakSet<Finding>()

    const weight = (f: Finding) => weightOf.get(f) ?? f.entry.weight ?? (f.entry.tags.includes('config') ? threshold : 1)

    const isEcho = (f: Finding, ctx: LintContext, previous: string) => {
      if (containsTerm(previous, ctx.text.slice(f.start, f.end))) return true
      return !unknownFindings.has(f) && f.entry.normalized.some((p) => containsTerm(previous, p))
    }

    return {
      judge(f: Finding, ctx: LintContext): Finding | null {
        const { text } = ctx
        if (gluedToCode(text, f.start, f.end)) return null
        if (blockedAcrossSpaces(text, f.start, f.end, f.entry.notBefore, f.entry.notAfter)) return null
        const c = constraintsOf(f.entry)
        if (!fits(c, text, f.start, f.end)) return null
        if (c.lower && hasUpper(ctx.original, f.start, f.end)) return null
        if (!f.entry.message && f.expected.length === 0) f.message = PLAIN
        return f
      },

      // The Latin-token scan skips all-digit tokens: a reply without a letter has nothing for it.
      scanWhen: /[a-z]/,
      scan(ctx, entryFor) {
        const hits = scanLatin(ctx.text, ctx.original, { data: latinData, known: lexiconLatin, extraAllow, spell })
        const out: Finding[] = []
        for (const hit of hits) {
          const entry = entryFor(hit.tag ?? 'abbr')
          if (!entry) continue
          const f: Finding = {
            ruleId: ID,
            entry,
            start: hit.start,
            end: hit.end,
            severity: entry.severity ?? 'warning',
            expected: hit.tag ? entry.expected : [],
          }
          if (hit.tag) {
            if (entry.fix && entry.expected.length) f.fix = { start: hit.start, end: hit.end, text: entry.expected[0]! }
            if (!entry.message && f.expected.length === 0) f.message = PLAIN
          } else {
            f.message = UNKNOWN
            weightOf.set(f, hit.weight!)
            unknownFindings.add(f)
          }
          out.push(f)
        }
        return out
      },

      finalize(findings, ctx) {
        const sorted = findings.slice().sort((a, b) => a.start - b.start || b.end - a.end)
        const kept: Finding[] = []
        const echoed = new Set<unknown>()
        let total = 0
        let lastStart = -1
        let lastEnd = -1
        for (const f of sorted) {
          // A config phrase and the token scan can find the same span; it is one problem.
          if (f.start === lastStart && f.end === lastEnd) continue
          lastStart = f.start
          lastEnd = f.end
          // ex33: slang quoted and talked about (您说的“绝绝子”是主播的口头禅, 不少人说「yyds」, 文章里说的“yyds”是网友评价; sets bc, u,
          // aa) is no slang of the agent's; the shared mention check returns at once for a reply with no quotation mark.
          if (isMention(ctx.text, f.start, f.end)) continue
          if (options.echo && ctx.previous) {
            const key = unknownFindings.has(f) ? ctx.text.slice(f.start, f.end) : f.entry
            if (!echoed.has(key) && isEcho(f, ctx, ctx.previous)) {
              echoed.add(key)
              continue
            }
          }
          total += weight(f)
          kept.push(f)
        }
        return total >= threshold ? kept : []
      },
    }
  },
})
