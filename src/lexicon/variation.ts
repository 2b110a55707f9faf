import { z } from 'zod'
import data from './variation.yaml'
import { validatedBuiltin } from './validated.js'
import { precompiledResult } from './precompiled.js'
import { classWords, isClassRef, vocab, type WordClasses } from '../vocab/index.js'

/**
 * Regular variation generated from a lexicon's phrases when the lexicon loads (data in
 * variation.yaml). A phrase is a small template:
 *
 *   我(已经)回答过了          optional part: 我回答过了, 我已经回答过了
 *   我(已经|都|@adv.x)回答过了 optional alternatives, literal or a word class
 *   [包|保]退                 required alternatives
 *   年轻{num}岁               a numeral slot: 年轻十岁, 年轻5岁, 年轻两岁
 *   <问>一下客服 / <@verb.x>   a verb slot: 问, 问问, 问一问, 问一下, 问下, 问了, 问过
 *   \( \) \[ \] \{ \} \< \> \\ \|   the character itself
 *
 * and, unless the entry or lexicon switches them off, every phrase also matches with another
 * sentence-final particle (穿得下的 ~ 穿得下啦) and in its Cantonese/Taiwan forms (唔会, 冇问题).
 * All of it becomes plain phrases of the one automaton: nothing is done per reply.
 */

const ParticleModeSchema = z.enum(['swap', 'optional', 'off'])

/** An entry's or a lexicon's choice of generated variation. */
export const VariationSettingsSchema = z
  .object({
    /**
     * A final particle (的/啦/哦/呢…): `swap` (default) also matches with the other particles,
     * `optional` with none as well, `off` only as written.
     */
    particles: ParticleModeSchema.optional(),
    /** Cantonese/Taiwan forms (唔=不, 冇=没, 係=是…); on by default. */
    dialect: z.boolean().optional(),
  })
  .strict()
export type VariationSettings = z.infer<typeof VariationSettingsSchema>

const single = z.string().length(1)
const DataSchema = z
  .object({
    particles: z.object({ swap: z.array(single).min(1), add: z.array(single).default([]), cantonese: z.array(single).default([]), assertive: z.array(single).default([]), minStem: z.number().int().min(1) }).strict(),
    numeral: z.object({ chars: z.array(single).min(1), maxLength: z.number().int().min(1).max(3) }).strict(),
    verb: z.object({ forms: z.array(z.string().regex(/^V/, 'a form starts with the verb V')).min(1) }).strict(),
    dialect: z.array(
      z
        .object({
          from: z.string().min(1),
          to: z.array(z.string().min(1)).min(1),
          unlessNext: z.array(z.string().min(1)).default([]),
          /** Words in which `from` stays as it is (从来, 存在: Cantonese keeps them). */
          keepIn: z.array(z.string().min(1)).default([]),
          inside: z.boolean().default(false),
        })
        .strict(),
    ),
    maxVariants: z.number().int().min(1),
  })
  .strict()
export type VariationData = z.infer<typeof DataSchema>

/** The variation data's own validation (zod's result); the build runs it on the shipped data. */
export const validateVariation = (input: unknown) => DataSchema.safeParse(input)

export function parseVariation(input: unknown, source: string): VariationData {
  // The shipped data comes validated in the Node builds (src/lexicon/precompiled.ts).
  const result = precompiledResult<ReturnType<typeof validateVariation>>(input) ?? validatedBuiltin(`variation ${source}`, () => validateVariation(input))
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${source}: ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid variation data:\n${lines.join('\n')}`)
  }
  const d = result.data
  for (const c of d.particles.add) if (d.particles.swap.includes(c)) throw new Error(`Invalid variation data:\n${source}: particles.add: ${c} is in swap too`)
  for (const c of d.particles.assertive) if (!d.particles.swap.includes(c) && !d.particles.cantonese.includes(c)) throw new Error(`Invalid variation data:\n${source}: particles.assertive: ${c} is in neither swap nor cantonese`)
  return d
}

export const variationData: VariationData = parseVariation(data, 'src/lexicon/variation.yaml')

/** The engine's defaults, under a lexicon's `variation` and an entry's. */
export const DEFAULT_VARIATION: Required<VariationSettings> = { particles: 'swap', dialect: true }

/** Characters that are syntax in a phrase template. */
const SYNTAX = new Set('()[]{}<>|\\')

type Node = { kind: 'text'; text: string } | { kind: 'choice'; options: string[]; optional: boolean } | { kind: 'num' } | { kind: 'verb'; verbs: string[] }

/** Whether a phrase uses template syntax (most do not, and skip the parser). */
function hasSyntax(phrase: string): boolean {
  for (let i = 0; i < phrase.length; i++) if (SYNTAX.has(phrase[i]!)) return true
  return false
}

function parseTemplate(phrase: string, classes: WordClasses, where: string): Node[] {
  const nodes: Node[] = []
  let text = ''
  const flush = () => {
    if (text) nodes.push({ kind: 'text', text })
    text = ''
  }
  const fail = (message: string, at: number): never => {
    throw new Error(`${where}: phrase ${JSON.stringify(phrase)}: ${message} (at character ${at + 1}; write \\${phrase[at] ?? ''} for the character itself)`)
  }
  /** Alternatives of a group, each a literal or `@class` (expanded here). */
  const alternatives = (body: string, at: number): string[] => {
    const out: string[] = []
    let current = ''
    const end = () => {
      const alt = current.trim()
      if (!alt) fail('an empty alternative in a group', at)
      if (isClassRef(alt)) out.push(...classWords(alt.slice(1), `${where}: phrase ${JSON.stringify(phrase)}`, classes))
      else out.push(alt)
      current = ''
    }
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!
      if (c === '\\' && i + 1 < body.length) current += body[++i]
      else if (c === '|') end()
      else if (SYNTAX.has(c)) fail(`${JSON.stringify(c)} inside a group`, at + 1 + i)
      else current += c
    }
    end()
    return out
  }
  const close = (open: number, closer: string): number => {
    for (let j = open + 1; j < phrase.length; j++) {
      if (phrase[j] === '\\') j++
      else if (phrase[j] === closer) return j
      else if ('([{<'.includes(phrase[j]!)) fail(`groups do not nest`, j)
    }
    return fail(`${JSON.stringify(phrase[open])} is not closed`, open)
  }
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i]!
    if (c === '\\') {
      if (i + 1 >= phrase.length) fail('a phrase cannot end in \\', i)
      text += phrase[++i]
    } else if (c === '(' || c === '[') {
      const j = close(i, c === '(' ? ')' : ']')
      flush()
      nodes.push({ kind: 'choice', options: alternatives(phrase.slice(i + 1, j), i), optional: c === '(' })
      i = j
    } else if (c === '{') {
      const j = close(i, '}')
      const name = phrase.slice(i + 1, j)
      if (name !== 'num') fail(`unknown slot {${name}}; the slot is {num}`, i)
      flush()
      nodes.push({ kind: 'num' })
      i = j
    } else if (c === '<') {
      const j = close(i, '>')
      flush()
      nodes.push({ kind: 'verb', verbs: alternatives(phrase.slice(i + 1, j), i) })
      i = j
    } else if (SYNTAX.has(c)) fail(`${JSON.stringify(c)} with no group open`, i)
    else text += c
  }
  flush()
  if (!nodes.some((n) => n.kind !== 'choice' || !n.optional)) fail('a phrase needs something that is not optional', 0)
  return nodes
}

function numerals(d: VariationData): string[] {
  let level = d.numeral.chars.slice()
  const out = level.slice()
  for (let n = 2; n <= d.numeral.maxLength; n++) {
    level = level.flatMap((a) => d.numeral.chars.map((b) => a + b))
    out.push(...level)
  }
  return out
}
let numeralCache: string[] | undefined

function verbForms(verb: string, d: VariationData): string[] {
  return d.verb.forms.map((f) => f.replace(/V/g, verb))
}

/** The phrases a template stands for, in order, without duplicates. */
function expandTemplate(phrase: string, classes: WordClasses, where: string, d: VariationData): string[] {
  if (!hasSyntax(phrase)) return [phrase]
  const nodes = parseTemplate(phrase, classes, where)
  let out = ['']
  for (const node of nodes) {
    const parts =
      node.kind === 'text'
        ? [node.text]
        : node.kind === 'choice'
          ? node.optional
            ? ['', ...node.options]
            : node.options
          : node.kind === 'num'
            ? (numeralCache ??= numerals(d))
            : node.verbs.flatMap((v) => verbForms(v, d))
    if (out.length * parts.length > d.maxVariants) {
      throw new Error(`${where}: phrase ${JSON.stringify(phrase)} stands for more than ${d.maxVariants} phrases; split it into entries or narrow its slots`)
    }
    out = out.flatMap((a) => parts.map((b) => a + b))
  }
  return [...new Set(out.filter(Boolean))]
}

const dialectIndexes = new WeakMap<VariationData, Map<string, VariationData['dialect']>>()
/** The mappings by the first character of `from`, longest first (a phrase is read once, left to right). */
function dialectIndex(d: VariationData): Map<string, VariationData['dialect']> {
  let index = dialectIndexes.get(d)
  if (!index) {
    index = new Map()
    for (const r of [...d.dialect].sort((a, b) => b.from.length - a.from.length)) {
      const list = index.get(r.from[0]!)
      if (list) list.push(r)
      else index.set(r.from[0]!, [r])
    }
    dialectIndexes.set(d, index)
  }
  return index
}

/** Cantonese/Taiwan forms of one phrase (the phrase itself first). */
function dialectForms(phrase: string, d: VariationData): string[] {
  // Places where a mapping applies, longest `from` first at each position.
  const sites: { at: number; length: number; to: string[] }[] = []
  const byFirst = dialectIndex(d)
  for (let i = 0; i < phrase.length; ) {
    const rules = byFirst.get(phrase[i]!)
    const rule = rules?.find((r) => phrase.startsWith(r.from, i))
    if (!rule) {
      i++
      continue
    }
    const end = i + rule.from.length
    const next = phrase.slice(end)
    const kept = rule.keepIn.some((w) => {
      const k = w.indexOf(rule.from)
      return k >= 0 && i - k >= 0 && phrase.startsWith(w, i - k)
    })
    const ok = !kept && !rule.unlessNext.some((w) => next.startsWith(w)) && (!rule.inside || (i > 0 && end < phrase.length))
    if (ok) sites.push({ at: i, length: rule.from.length, to: rule.to })
    i = end
  }
  if (!sites.length) return [phrase]
  // All places or none (a Hong Kong reply writes 唔会冇货, not 唔会没货): every combination
  // would multiply the patterns for forms nobody types. A mapping with two forms (给: 畀, 俾)
  // gives one variant per form.
  const forms = Math.max(...sites.map((s) => s.to.length))
  const combos: string[][] = Array.from({ length: forms }, (_, k) => sites.map((s) => s.to[Math.min(k, s.to.length - 1)]!))
  const out: string[] = [phrase]
  for (const combo of combos) {
    let s = ''
    let pos = 0
    sites.forEach((site, k) => {
      s += phrase.slice(pos, site.at) + (combo[k] || phrase.slice(site.at, site.at + site.length))
      pos = site.at + site.length
    })
    out.push(s + phrase.slice(pos))
  }
  return out
}

/** Final-particle forms of one phrase (the phrase itself first). */
function particleForms(phrase: string, mode: 'swap' | 'optional' | 'off', d: VariationData, cantonese: boolean): string[] {
  if (mode === 'off') return [phrase]
  const last = phrase[phrase.length - 1]!
  const stem = phrase.slice(0, -1)
  if (!(d.particles.swap.includes(last) || d.particles.cantonese.includes(last)) || stem.length < d.particles.minStem) return [phrase]
  const assertive = d.particles.assertive.includes(last)
  const members = cantonese ? d.particles.cantonese : d.particles.swap
  const swap = assertive ? members : members.filter((p) => !d.particles.assertive.includes(p))
  const out = [phrase, ...swap.map((p) => stem + p), ...(assertive && !cantonese ? d.particles.add.map((p) => stem + p) : [])]
  if (mode === 'optional') out.push(stem)
  return out
}

/**
 * Every phrase a lexicon word list stands for: templates expanded, then (when `settings` are
 * given) Cantonese/Taiwan forms and final particles. The written phrases come first, in order.
 */
export function expandPhrases(
  phrases: readonly string[],
  where: string,
  classes: WordClasses = vocab,
  settings?: Required<VariationSettings>,
  d: VariationData = variationData,
): string[] {
  const out = new Set<string>()
  const bases = phrases.map((phrase, i) => {
    const at = `${where}.${i}`
    const base = isClassRef(phrase) ? [...classWords(phrase.slice(1), at, classes)] : expandTemplate(phrase, classes, at, d)
    for (const p of base) out.add(p)
    return base
  })
  if (!settings) return [...out]
  // A swapped variant is generated even where the stem is listed too (很正常的 beside 很正常):
  // a rule may judge the bare stem otherwise (absolute-promise's 穿得下 needs more around it).
  for (const base of bases) {
    for (const p of base) {
      const forms = settings.dialect ? dialectForms(p, d) : [p]
      forms.forEach((f, k) => {
        for (const g of particleForms(f, settings.particles, d, k > 0)) out.add(g)
      })
    }
  }
  return [...out]
}
